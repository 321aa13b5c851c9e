#include "server/crypto/totp.h"
#include "server/directory/users.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"

#include <QImage>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

QString htmlUnescape(QString text) {
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// The text of the QR code in a PNG, read with ZXing; empty when none is found.
QString decodeQr(const QByteArray &png) {
    const QImage image = QImage::fromData(png, "PNG").convertToFormat(QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    const ZXing::ImageView view(image.constBits(), image.width(), image.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(image.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    return QString::fromStdString(result.text());
}

QByteArray form(const QList<QPair<QString, QString>> &items) {
    QByteArray body;
    for (const auto &[key, value] : items) {
        if (!body.isEmpty())
            body += '&';
        // Browsers encode spaces as '+'.
        body += QUrl::toPercentEncoding(key) + '=' +
                QUrl::toPercentEncoding(value, " ").replace(' ', '+');
    }
    return body;
}

class AccountPage : public ApiTest {
protected:
    struct Page {
        int status = 0;
        QString html;
    };

    Reply postLogin(HttpClient &browser, const QByteArray &body) {
        return browser.send("POST", QStringLiteral("/account/login"), body,
                            {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    Reply postLogin(HttpClient &browser, const QString &user, const QString &password,
                    const QString &otp = {}, qint64 database = 0) {
        return postLogin(
            browser, form({{QStringLiteral("database"), QString::number(database ? database : db)},
                           {QStringLiteral("username"), user},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("otp"), otp}}));
    }

    // "vaultlink_account=<token>" from the login answer's Set-Cookie, or empty.
    static QByteArray cookieOf(const Reply &reply) {
        const QByteArray header = reply.header("set-cookie");
        return header.left(header.indexOf(';'));
    }

    Page show(HttpClient &browser, const QByteArray &cookie) {
        QHash<QByteArray, QByteArray> headers;
        if (!cookie.isEmpty())
            headers.insert("Cookie", cookie);
        const Reply reply = browser.send("GET", QStringLiteral("/account"), {}, headers);
        return {reply.status, QString::fromUtf8(reply.body)};
    }

    static QString linkText(const QString &html) {
        static const QRegularExpression re(
            QStringLiteral("<summary>Link text</summary><code>([^<]*)</code>"));
        return htmlUnescape(re.match(html).captured(1));
    }

    static QByteArray qrImage(const QString &html) {
        static const QRegularExpression re(
            QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
        return QByteArray::fromBase64(re.match(html).captured(1).toLatin1());
    }

    static bool isLoginForm(const QString &html) {
        return html.contains(QStringLiteral("action=\"/account/login\"")) &&
               !html.contains(QStringLiteral("data:image/png"));
    }
};

TEST_F(AccountPage, WithoutACookieShowsTheLoginForm) {
    data().addDatabase(QStringLiteral("Archive <old>"), false);
    HttpClient browser(server.baseUrl(), server.certificate());
    const Reply reply = browser.get(QStringLiteral("/account"));
    ASSERT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.header("content-type").startsWith("text/html"));
    const QString html = QString::fromUtf8(reply.body);
    EXPECT_TRUE(isLoginForm(html));
    EXPECT_TRUE(html.contains(QStringLiteral("<option value=\"%1\">Main</option>").arg(db)));
    EXPECT_TRUE(html.contains(QStringLiteral("Archive &lt;old&gt;"))); // names are escaped
    EXPECT_TRUE(html.contains(QStringLiteral("name=\"password\" type=\"password\"")));
}

TEST_F(AccountPage, LoginSetsASecureCookieAndTheQrCodeIsTheLinkUri) {
    HttpClient browser(server.baseUrl(), server.certificate());
    const Reply login = postLogin(browser, QStringLiteral("alice"), kAlicePassword);
    ASSERT_EQ(login.status, 303) << login.body.toStdString();
    EXPECT_EQ(login.header("location"), QByteArray("/account"));
    const QByteArray setCookie = login.header("set-cookie");
    EXPECT_TRUE(setCookie.startsWith("vaultlink_account=")) << setCookie.toStdString();
    EXPECT_TRUE(setCookie.contains("HttpOnly"));
    EXPECT_TRUE(setCookie.contains("Secure"));
    EXPECT_TRUE(setCookie.contains("SameSite=Strict"));
    const QByteArray cookie = cookieOf(login);
    ASSERT_GT(cookie.size(), qsizetype{30});

    const Page page = show(browser, cookie);
    ASSERT_EQ(page.status, 200);
    EXPECT_FALSE(isLoginForm(page.html));
    EXPECT_TRUE(page.html.contains(QStringLiteral("<b>alice</b>")));
    EXPECT_TRUE(page.html.contains(QStringLiteral("<b>Main</b>")));
    EXPECT_TRUE(page.html.contains(server.pin()));
    EXPECT_FALSE(page.html.contains(QStringLiteral("class=\"warning\"")));

    const QString uri = linkText(page.html);
    ASSERT_TRUE(uri.startsWith(QStringLiteral("vaultlink://link?"))) << uri.toStdString();
    const QByteArray png = qrImage(page.html);
    ASSERT_TRUE(png.startsWith("\x89PNG")) << "no PNG data URI in the page";
    EXPECT_EQ(decodeQr(png), uri);

    // The code in the QR is a live link code for alice.
    const QUrlQuery query{QUrl(uri)};
    EXPECT_EQ(query.queryItemValue(QStringLiteral("user")), QStringLiteral("alice"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("db")), QString::number(db));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("pin"), QUrl::FullyDecoded), server.pin());
    const Reply redeemed =
        client.post(QStringLiteral("/api/v1/link-codes/redeem"),
                    {{QStringLiteral("token"),
                      query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded)}});
    ASSERT_EQ(redeemed.status, 200) << redeemed.body.toStdString();
    EXPECT_EQ(redeemed.json().value(QStringLiteral("username")).toString(),
              QStringLiteral("alice"));
}

TEST_F(AccountPage, EveryViewShowsAFreshCode) {
    HttpClient browser(server.baseUrl(), server.certificate());
    const QByteArray cookie = cookieOf(postLogin(browser, QStringLiteral("alice"), kAlicePassword));
    const QString first = linkText(show(browser, cookie).html);
    const QString second = linkText(show(browser, cookie).html);
    EXPECT_FALSE(first.isEmpty());
    EXPECT_FALSE(second.isEmpty());
    EXPECT_NE(first, second);
    // "New code" posts back to the page.
    const Reply again =
        browser.send("POST", QStringLiteral("/account"), {},
                     {{"Cookie", cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(again.status, 303);
    EXPECT_EQ(again.header("location"), QByteArray("/account"));
}

TEST_F(AccountPage, PasswordsWithSpacesAndPlusSignsSurviveFormEncoding) {
    data().addUser(QStringLiteral("erin"), QStringLiteral("a b+c&d=e%f"));
    HttpClient browser(server.baseUrl(), server.certificate());
    const Reply login = postLogin(browser, QStringLiteral("erin"), QStringLiteral("a b+c&d=e%f"));
    EXPECT_EQ(login.status, 303) << login.body.toStdString();
}

TEST_F(AccountPage, WrongPasswordShowsTheFormAgainWithAnError) {
    HttpClient browser(server.baseUrl(), server.certificate());
    const Reply reply = postLogin(browser, QStringLiteral("alice"), QStringLiteral("wrong"));
    EXPECT_EQ(reply.status, 401);
    EXPECT_TRUE(reply.header("set-cookie").isEmpty());
    const QString html = QString::fromUtf8(reply.body);
    EXPECT_TRUE(isLoginForm(html));
    EXPECT_TRUE(html.contains(QStringLiteral("class=\"error\"")));
}

TEST_F(AccountPage, UnknownDatabaseShowsTheFormAgain) {
    HttpClient browser(server.baseUrl(), server.certificate());
    for (const QByteArray &body : {form({{QStringLiteral("database"), QString::number(db + 50)},
                                         {QStringLiteral("username"), QStringLiteral("alice")},
                                         {QStringLiteral("password"), kAlicePassword}}),
                                   form({{QStringLiteral("database"), QStringLiteral("main")},
                                         {QStringLiteral("username"), QStringLiteral("alice")},
                                         {QStringLiteral("password"), kAlicePassword}}),
                                   QByteArray("\x01\x02garbage")}) {
        const Reply reply = postLogin(browser, body);
        EXPECT_EQ(reply.status, 400) << body.toStdString();
        EXPECT_TRUE(isLoginForm(QString::fromUtf8(reply.body)));
        EXPECT_TRUE(reply.header("set-cookie").isEmpty());
    }
}

TEST_F(AccountPage, FormLoginCountsTowardsThrottling) {
    HttpClient browser(server.baseUrl(), server.certificate());
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(postLogin(browser, QStringLiteral("alice"), QStringLiteral("wrong")).status, 401);
    const Reply reply = postLogin(browser, QStringLiteral("alice"), kAlicePassword);
    EXPECT_EQ(reply.status, 429);
    EXPECT_TRUE(isLoginForm(QString::fromUtf8(reply.body)));
}

TEST_F(AccountPage, AuthenticatorUsersNeedTheirCode) {
    const QByteArray secret = enableTotp(store(), data().random, alice);
    HttpClient browser(server.baseUrl(), server.certificate());
    const Reply without = postLogin(browser, QStringLiteral("alice"), kAlicePassword);
    EXPECT_EQ(without.status, 401);
    EXPECT_TRUE(without.header("set-cookie").isEmpty());
    const qint64 step = totpStep(data().clock.nowMs());
    const QString code = totpCode(secret, step);
    QString wrongCode = QStringLiteral("000000");
    while (wrongCode == code || wrongCode == totpCode(secret, step - 1) ||
           wrongCode == totpCode(secret, step + 1))
        wrongCode = QStringLiteral("%1").arg(wrongCode.toInt() + 1, 6, 10, QLatin1Char('0'));
    EXPECT_EQ(postLogin(browser, QStringLiteral("alice"), kAlicePassword, wrongCode).status, 401);
    const Reply with = postLogin(browser, QStringLiteral("alice"), kAlicePassword, code);
    EXPECT_EQ(with.status, 303) << with.body.toStdString();
    EXPECT_FALSE(cookieOf(with).isEmpty());
    // The code is spent, here and in the API's second step.
    HttpClient other(server.baseUrl(), server.certificate());
    EXPECT_EQ(postLogin(other, QStringLiteral("alice"), kAlicePassword, code).status, 401);
    const Reply apiLogin = login(db, QStringLiteral("alice"), kAlicePassword);
    ASSERT_TRUE(isProblem(apiLogin, 401, "mfa-required"));
    EXPECT_TRUE(isProblem(
        client.post(
            QStringLiteral("/api/v1/auth/mfa"),
            {{QStringLiteral("transaction"), apiLogin.json()[QStringLiteral("transaction")]},
             {QStringLiteral("method"), QStringLiteral("totp")},
             {QStringLiteral("response"), QJsonObject{{QStringLiteral("code"), code}}}}),
        401, "mfa-failed"));
}

TEST_F(AccountPage, StandsInForThePhoneAppAndTheTelephone) {
    // A PIN user signs in with the PIN in the code field; the page lists the factors.
    setPin(store(), data().random, alice, QStringLiteral("4711"), {10, 8, 1});
    addMfaMethod(store(), alice, QStringLiteral("push"));
    setPhone(store(), alice, QStringLiteral("+49 170 5550123"));
    HttpClient browser(server.baseUrl(), server.certificate());
    EXPECT_EQ(
        postLogin(browser, QStringLiteral("alice"), kAlicePassword, QStringLiteral("1")).status,
        401);
    const QByteArray cookie = cookieOf(
        postLogin(browser, QStringLiteral("alice"), kAlicePassword, QStringLiteral("4711")));
    ASSERT_FALSE(cookie.isEmpty());
    EXPECT_TRUE(show(browser, cookie).html.contains(QStringLiteral("pin, push, phone-call")));

    // A phone asks for a push and a call; both wait on the sign-ins page.
    const auto start = [&](const char *method) {
        const Reply challenge = login(db, QStringLiteral("alice"), kAlicePassword);
        const QJsonObject body{
            {QStringLiteral("transaction"), challenge.json()[QStringLiteral("transaction")]},
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("response"), QJsonObject{}}};
        const QString approval = client.post(QStringLiteral("/api/v1/auth/mfa"), body)
                                     .json()[QStringLiteral("approval")][QStringLiteral("id")]
                                     .toString();
        return std::pair{body, approval};
    };
    auto [push, pushId] = start("push");
    auto [call, callId] = start("phone-call");
    const auto page = [&](const QByteArray &method, const QString &path, const QByteArray &body) {
        return QString::fromUtf8(
            browser
                .send(method, path, body,
                      {{"Cookie", cookie}, {"Content-Type", "application/x-www-form-urlencoded"}})
                .body);
    };
    const QString list = page("GET", QStringLiteral("/account/sign-ins"), {});
    EXPECT_TRUE(list.contains(QStringLiteral("Approve sign-in from Test phone, 127.0.0.1")));
    EXPECT_TRUE(list.contains(QStringLiteral("The phone ••• 23 rings")));
    EXPECT_TRUE(list.contains(QStringLiteral("http-equiv=\"refresh\"")));

    EXPECT_TRUE(page("POST", QStringLiteral("/account/sign-ins/") + pushId, "decision=deny")
                    .contains(QStringLiteral("Denied.")));
    EXPECT_TRUE(page("POST", QStringLiteral("/account/sign-ins/") + callId, "key=1")
                    .contains(QStringLiteral("Approved.")));
    // Answered once only.
    EXPECT_TRUE(page("POST", QStringLiteral("/account/sign-ins/") + callId, "key=1")
                    .contains(QStringLiteral("no longer waiting")));

    push[QStringLiteral("response")] = QJsonObject{{QStringLiteral("approval"), pushId}};
    const Reply denied = client.post(QStringLiteral("/api/v1/auth/mfa"), push);
    EXPECT_TRUE(isProblem(denied, 401, "mfa-failed"));
    call[QStringLiteral("response")] = QJsonObject{{QStringLiteral("approval"), callId}};
    EXPECT_EQ(client.post(QStringLiteral("/api/v1/auth/mfa"), call).status, 200);

    // Setting a PIN from the page; a short one is refused and explained.
    EXPECT_TRUE(page("POST", QStringLiteral("/account/pin"), "pin=12")
                    .contains(QStringLiteral("The PIN was not set")));
    EXPECT_TRUE(page("POST", QStringLiteral("/account/pin"), "pin=97531")
                    .contains(QStringLiteral("Your PIN is set.")));
    EXPECT_EQ(
        postLogin(browser, QStringLiteral("alice"), kAlicePassword, QStringLiteral("97531")).status,
        303);
}

TEST_F(AccountPage, WarnsWhenThePhoneCouldNotSync) {
    data().addUser(QStringLiteral("frank"), QStringLiteral("frank-pw"), false);
    const qint64 offline = data().addDatabase(QStringLiteral("Offline"), false);
    HttpClient browser(server.baseUrl(), server.certificate());
    const Page noRight = show(
        browser, cookieOf(postLogin(browser, QStringLiteral("frank"), QStringLiteral("frank-pw"))));
    EXPECT_TRUE(noRight.html.contains(QStringLiteral("class=\"warning\"")));
    EXPECT_TRUE(noRight.html.contains(QStringLiteral("can synchronize with mobile devices")));
    HttpClient browser2(server.baseUrl(), server.certificate());
    const Page noSync =
        show(browser2,
             cookieOf(postLogin(browser2, QStringLiteral("alice"), kAlicePassword, {}, offline)));
    EXPECT_TRUE(noSync.html.contains(QStringLiteral("Mobile synchronization is switched off")));
}

TEST_F(AccountPage, LogoutEndsTheWebSession) {
    HttpClient browser(server.baseUrl(), server.certificate());
    const QByteArray cookie = cookieOf(postLogin(browser, QStringLiteral("alice"), kAlicePassword));
    ASSERT_FALSE(isLoginForm(show(browser, cookie).html));
    const Reply logout =
        browser.send("POST", QStringLiteral("/account/logout"), {},
                     {{"Cookie", cookie}, {"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(logout.status, 303);
    EXPECT_TRUE(logout.header("set-cookie").contains("Max-Age=0"));
    // The old cookie no longer opens the page, even when a client keeps sending it.
    HttpClient replay(server.baseUrl(), server.certificate());
    EXPECT_TRUE(isLoginForm(show(replay, cookie).html));
}

TEST_F(AccountPage, WebSessionsExpireAfterHalfAnHour) {
    HttpClient browser(server.baseUrl(), server.certificate());
    const QByteArray cookie = cookieOf(postLogin(browser, QStringLiteral("alice"), kAlicePassword));
    data().clock.advanceSeconds(qint64{29} * 60);
    EXPECT_FALSE(isLoginForm(show(browser, cookie).html));
    data().clock.advanceSeconds(60);
    EXPECT_TRUE(isLoginForm(show(browser, cookie).html));
}

TEST_F(AccountPage, WorksWhileWebServicesAreOff) {
    saveSetting(store(), QStringLiteral("web-services"), QStringLiteral("off"));
    HttpClient browser(server.baseUrl(), server.certificate());
    const Reply login = postLogin(browser, QStringLiteral("alice"), kAlicePassword);
    ASSERT_EQ(login.status, 303) << login.body.toStdString();
    const Page page = show(browser, cookieOf(login));
    EXPECT_EQ(page.status, 200);
    EXPECT_EQ(decodeQr(qrImage(page.html)), linkText(page.html));
    EXPECT_FALSE(linkText(page.html).isEmpty());
}

TEST_F(AccountPage, AForgedCookieShowsTheLoginForm) {
    HttpClient browser(server.baseUrl(), server.certificate());
    const Page page = show(browser, "vaultlink_account=forged");
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(isLoginForm(page.html));
}

} // namespace
