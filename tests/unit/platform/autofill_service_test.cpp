// What the phones' autofill service answers (answerFill), as a table over a scripted vault, and
// the bytes it exchanges with the Java side.
#include "platform/autofill_service.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <vector>

namespace vaultlink::platform {
namespace {

class ScriptedVault final : public AutofillSource {
public:
    bool open = true;
    QList<AutofillOffer> answer;
    int asked = 0;
    bool lastTrusted = false;
    bool loginGone = false;
    QList<std::pair<qint64, QString>> confirmed; // record, package
    std::optional<Login> login(qint64 id) override {
        if (loginGone)
            return std::nullopt;
        return Login{QStringLiteral("ada"),
                     SecureBuffer::copyOf("secret-" + QByteArray::number(id))};
    }
    void confirmApp(qint64 id, const AppIdentity &app) override {
        confirmed.append({id, app.package});
    }
    bool unlocked() const override { return open; }
    // As the app's vault does (ui::VaultAutofillSource): a page an untrusted app reported asks.
    QList<AutofillOffer> offers(const AutofillQuery &query, bool trustedBrowser) override {
        ++asked;
        lastTrusted = trustedBrowser;
        QList<AutofillOffer> given = answer;
        for (AutofillOffer &offer : given)
            offer.confirm = offer.confirm || (!query.webAddress.isEmpty() && !trustedBrowser);
        return given;
    }
};

QByteArray digest(const char *what) {
    return QCryptographicHash::hash(what, QCryptographicHash::Sha256);
}

QString own() {
    return QStringLiteral("org.vaultlink.app");
}

struct Row {
    const char *why;
    const char *webAddress;
    const char *package;
    QList<QByteArray> certificates;
    bool open;
    bool hasOffers;
    AutofillAnswer::Kind expect;
    bool asked;   // the vault was looked into
    bool trusted; // … for a page a trusted browser reported
    bool confirm; // the offers need the user's confirmation
};

TEST(AutofillService, AnswersAsTheVaultAndTheReporterAllow) {
    const QList<AppIdentity> browsers = {{QStringLiteral("com.android.chrome"), {digest("g")}}};
    using K = AutofillAnswer::Kind;
    const std::vector<Row> rows = {
        {"locked: one unlock entry, no look inside",
         "https://bank.example/",
         "com.android.chrome",
         {digest("g")},
         false,
         true,
         K::Unlock,
         false,
         false,
         false},
        {"locked, an app's screen",
         "",
         "com.bank.app",
         {digest("b")},
         false,
         true,
         K::Unlock,
         false,
         false,
         false},
        {"unlocked: the offers",
         "https://bank.example/",
         "com.android.chrome",
         {digest("g")},
         true,
         true,
         K::Offers,
         true,
         true,
         false},
        {"unlocked, nothing matches: no answer",
         "https://bank.example/",
         "com.android.chrome",
         {digest("g")},
         true,
         false,
         K::Nothing,
         true,
         true,
         false},
        {"a browser not on the list: confirm",
         "https://bank.example/",
         "com.fake.browser",
         {digest("x")},
         true,
         true,
         K::Offers,
         true,
         false,
         true},
        {"Chrome's name with another certificate: confirm",
         "https://bank.example/",
         "com.android.chrome",
         {digest("x")},
         true,
         true,
         K::Offers,
         true,
         false,
         true},
        {"an app's own screen",
         "",
         "com.bank.app",
         {digest("b")},
         true,
         true,
         K::Offers,
         true,
         false,
         false},
        {"Vaultlink itself is never filled",
         "https://bank.example/",
         "org.vaultlink.app",
         {digest("v")},
         true,
         true,
         K::Nothing,
         false,
         false,
         false},
        {"neither a page nor an app", "", "", {}, true, true, K::Nothing, false, false, false},
    };
    for (const Row &row : rows) {
        SCOPED_TRACE(row.why);
        ScriptedVault vault;
        vault.open = row.open;
        if (row.hasOffers)
            vault.answer = {{7, QStringLiteral("Bank"), QStringLiteral("ada"), false, false}};
        AutofillQuery query;
        query.webAddress = QString::fromLatin1(row.webAddress);
        query.app = {QString::fromLatin1(row.package), row.certificates};
        const AutofillAnswer answer = answerFill(query, vault, browsers, own());
        EXPECT_EQ(answer.kind, row.expect);
        EXPECT_EQ(vault.asked > 0, row.asked);
        if (row.asked) {
            EXPECT_EQ(vault.lastTrusted, row.trusted);
        }
        for (const AutofillOffer &offer : answer.offers)
            EXPECT_EQ(offer.confirm, row.confirm);
        EXPECT_EQ(answer.offers.isEmpty(), row.expect != K::Offers);
    }
}

TEST(AutofillService, ReadsTheQueryStrictlyAndWritesTheAnswer) {
    const QByteArray hex = digest("b").toHex();
    const std::optional<AutofillQuery> query = decodeAutofillQuery(
        R"({"webAddress":"https://bank.example/","package":"com.bank.app","certificates":[")" +
        hex + R"("]})");
    ASSERT_TRUE(query.has_value());
    EXPECT_EQ(query->webAddress, QStringLiteral("https://bank.example/"));
    EXPECT_EQ(query->app.package, QStringLiteral("com.bank.app"));
    EXPECT_EQ(query->app.certDigests, QList<QByteArray>{digest("b")});
    EXPECT_TRUE(decodeAutofillQuery(R"({"package":"com.bank.app"})").has_value());
    for (const QByteArray &bad :
         {QByteArray("not json"), QByteArray("[]"), QByteArray(R"({"webAddress":1})"),
          QByteArray(R"({"certificates":"ab"})"), QByteArray(R"({"certificates":["abcd"]})"),
          QByteArray(R"({"certificates":[1]})"),
          QByteArray(R"({"certificates":[")" + hex.toUpper() + R"(zz"]})")})
        EXPECT_FALSE(decodeAutofillQuery(bad).has_value()) << bad.toStdString();

    AutofillAnswer answer;
    answer.kind = AutofillAnswer::Kind::Offers;
    answer.offers = {{7, QStringLiteral("Bank"), QStringLiteral("ada"), true, false}};
    const QJsonObject json = QJsonDocument::fromJson(encodeAutofillAnswer(answer)).object();
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("offers"));
    const QJsonObject offer = json.value(QStringLiteral("offers")).toArray().at(0).toObject();
    EXPECT_EQ(offer.value(QStringLiteral("id")).toInteger(), 7);
    EXPECT_EQ(offer.value(QStringLiteral("userName")).toString(), QStringLiteral("ada"));
    EXPECT_TRUE(offer.value(QStringLiteral("insecure")).toBool());
    EXPECT_FALSE(offer.contains(QStringLiteral("password")));
    EXPECT_EQ(
        QJsonDocument::fromJson(encodeAutofillAnswer({})).object().value(QStringLiteral("kind")),
        QStringLiteral("nothing"));
}

struct PickRow {
    const char *why;
    const char *webAddress;
    const char *package;
    bool open;
    qint64 picked;
    bool offerConfirm; // the vault's offer needs the user's confirmation
    bool confirmed;    // … which the user gave
    bool loginGone;
    AutofillPick::Result expect;
    bool stored; // the app's confirmation stored with the record
};

TEST(AutofillService, APickedLoginLeavesTheVaultOnlyForWhatWasOffered) {
    const QList<AppIdentity> browsers = {{QStringLiteral("com.android.chrome"), {digest("g")}}};
    using R = AutofillPick::Result;
    const std::vector<PickRow> rows = {
        {"offered, in a trusted browser", "https://bank.example/", "com.android.chrome", true, 7,
         false, false, false, R::Filled, false},
        {"locked meanwhile", "https://bank.example/", "com.android.chrome", false, 7, false, false,
         false, R::Locked, false},
        {"a record not offered for this form", "https://bank.example/", "com.android.chrome", true,
         8, false, false, false, R::Gone, false},
        {"removed meanwhile", "https://bank.example/", "com.android.chrome", true, 7, false, false,
         true, R::Gone, false},
        {"an app not confirmed yet, not confirmed now", "", "com.bank.app", true, 7, true, false,
         false, R::Unconfirmed, false},
        {"an app confirmed now: stored", "", "com.bank.app", true, 7, true, true, false, R::Filled,
         true},
        {"an app confirmed before", "", "com.bank.app", true, 7, false, false, false, R::Filled,
         false},
        {"a page in an unknown app, unconfirmed", "https://bank.example/", "com.fake.browser", true,
         7, false, false, false, R::Unconfirmed, false},
        {"a page in an unknown app, confirmed: the app is not stored for the page",
         "https://bank.example/", "com.fake.browser", true, 7, false, true, false, R::Filled,
         false},
        {"Vaultlink itself", "https://bank.example/", "org.vaultlink.app", true, 7, false, true,
         false, R::Gone, false},
    };
    for (const PickRow &row : rows) {
        SCOPED_TRACE(row.why);
        ScriptedVault vault;
        vault.open = row.open;
        vault.loginGone = row.loginGone;
        vault.answer = {
            {7, QStringLiteral("Bank"), QStringLiteral("ada"), false, row.offerConfirm}};
        AutofillQuery query;
        query.webAddress = QString::fromLatin1(row.webAddress);
        const QString package = QString::fromLatin1(row.package);
        query.app = {package,
                     {package == browsers.at(0).package ? digest("g") : digest(row.package)}};
        const AutofillPick pick =
            pickFill(query, row.picked, row.confirmed, vault, browsers, own());
        EXPECT_EQ(pick.result, row.expect);
        if (row.expect == R::Filled) {
            EXPECT_EQ(pick.login.userName, QStringLiteral("ada"));
            EXPECT_EQ(pick.login.password.view(), QByteArray("secret-7"));
        } else {
            EXPECT_TRUE(pick.login.password.view().isEmpty());
        }
        EXPECT_EQ(vault.confirmed.size(), row.stored ? 1 : 0);
        if (row.stored) {
            EXPECT_EQ(vault.confirmed.at(0).first, 7);
            EXPECT_EQ(vault.confirmed.at(0).second, QString::fromLatin1(row.package));
        }
    }
}

QByteArray field(const char *members) {
    return QByteArray("{") + members + "}";
}

TEST(AutofillService, TheScreensFieldsDecideThePageAndWhatIsFilled) {
    const QList<AppIdentity> browsers = {{QStringLiteral("com.android.chrome"), {digest("g")}}};
    const QByteArray chrome =
        R"("package":"com.android.chrome","certificates":[")" + digest("g").toHex() + R"("])";
    // A search box, the user name, a frame of another site with its own password, the password.
    const QByteArray screen =
        "{" + chrome + R"(,"fields":[)" +
        field(R"("hints":[],"inputType":1,"idEntry":"search","webDomain":"bank.example",)"
              R"("webScheme":"https")") +
        "," +
        field(R"("hints":[],"inputType":1,"htmlType":"email","webDomain":"bank.example",)"
              R"("webScheme":"https")") +
        "," +
        field(R"("inputType":129,"htmlType":"password","webDomain":"ads.example",)"
              R"("webScheme":"https")") +
        "," + field(R"("hints":["password"],"webDomain":"bank.example","webScheme":"https")") +
        "]}";
    // The frame's field comes first among the passwords: the form is its page's.
    std::optional<AutofillQuery> query = decodeAutofillQuery(screen);
    ASSERT_TRUE(query.has_value());
    EXPECT_TRUE(query->formGiven);
    EXPECT_EQ(query->webAddress, QStringLiteral("https://ads.example"));
    EXPECT_EQ(query->form.passwordFields, QList<int>{2});
    EXPECT_EQ(query->form.userFields, QList<int>()) << "no field of that page before it";
    // The user is in the bank's password field: the form is the bank's, without the frame's.
    query = decodeAutofillQuery(QByteArray(screen).replace(
        R"("hints":["password"],)", R"("hints":["password"],"focused":true,)"));
    ASSERT_TRUE(query.has_value());
    EXPECT_EQ(query->webAddress, QStringLiteral("https://bank.example"));
    EXPECT_EQ(query->form.userFields, QList<int>{1});
    EXPECT_EQ(query->form.passwordFields, QList<int>{3});

    // Without the frame: the bank's page, its user and password fields, not the search box.
    const QByteArray bank = QByteArray(screen).replace("ads.example", "bank.example");
    query = decodeAutofillQuery(bank);
    ASSERT_TRUE(query.has_value());
    EXPECT_EQ(query->webAddress, QStringLiteral("https://bank.example"));
    EXPECT_EQ(query->form.userFields, QList<int>{1});
    EXPECT_EQ(query->form.passwordFields, (QList<int>{2, 3}));

    ScriptedVault vault;
    vault.answer = {{7, QStringLiteral("Bank"), QStringLiteral("ada"), false, false}};
    AutofillAnswer answer = answerFill(*query, vault, browsers, own());
    EXPECT_EQ(answer.kind, AutofillAnswer::Kind::Offers);
    EXPECT_FALSE(answer.offers.at(0).insecure);
    const QJsonObject json = QJsonDocument::fromJson(encodeAutofillAnswer(answer)).object();
    EXPECT_EQ(json.value(QStringLiteral("userFields")).toArray(), QJsonArray{1});
    EXPECT_EQ(json.value(QStringLiteral("passwordFields")).toArray(), (QJsonArray{2, 3}));

    // Locked: the unlock entry names the same fields.
    vault.open = false;
    answer = answerFill(*query, vault, browsers, own());
    EXPECT_EQ(answer.kind, AutofillAnswer::Kind::Unlock);
    EXPECT_EQ(answer.passwordFields, (QList<int>{2, 3}));
    vault.open = true;

    // Android 8 does not say the page's scheme: no offer claims an encrypted page.
    query = decodeAutofillQuery(
        QByteArray(bank).replace(R"("webScheme":"https")", R"("webScheme":"")"));
    ASSERT_TRUE(query.has_value());
    EXPECT_FALSE(query->form.schemeKnown);
    answer = answerFill(*query, vault, browsers, own());
    ASSERT_EQ(answer.offers.size(), 1);
    EXPECT_TRUE(answer.offers.at(0).insecure);

    // A screen without a login form: nothing, even with the vault open and offers for the app.
    query = decodeAutofillQuery("{" + chrome + R"(,"fields":[)" +
                                field(R"("inputType":1,"idEntry":"search")") + "]}");
    ASSERT_TRUE(query.has_value());
    answer = answerFill(*query, vault, browsers, own());
    EXPECT_EQ(answer.kind, AutofillAnswer::Kind::Nothing);
    EXPECT_EQ(pickFill(*query, 7, true, vault, browsers, own()).result, AutofillPick::Result::Gone);

    for (const QByteArray &bad : {
             QByteArray(R"({"webAddress":"https://a.example","fields":[]})"),
             QByteArray(R"({"fields":{}})"),
             QByteArray(R"({"fields":[1]})"),
             QByteArray(R"({"fields":[{"hints":"password"}]})"),
             QByteArray(R"({"fields":[{"hints":[1]}]})"),
             QByteArray(R"({"fields":[{"inputType":"129"}]})"),
             QByteArray(R"({"fields":[{"webDomain":5}]})"),
             QByteArray(R"({"fields":[{"focused":1}]})"),
             "{\"fields\":[" + QByteArray("{},").repeated(500) + "{}]}",
         })
        EXPECT_FALSE(decodeAutofillQuery(bad).has_value()) << bad.left(80).toStdString();
}

TEST(AutofillService, TrustedBrowsersAreListedByCertificate) {
    for (const AppIdentity &browser : trustedBrowsers()) {
        EXPECT_FALSE(browser.package.isEmpty());
        ASSERT_FALSE(browser.certDigests.isEmpty()) << browser.package.toStdString();
        for (const QByteArray &certificate : browser.certDigests)
            EXPECT_EQ(certificate.size(), 32) << browser.package.toStdString();
    }
    EXPECT_TRUE(isTrustedBrowser(trustedBrowsers().at(0), trustedBrowsers()));
    EXPECT_FALSE(
        isTrustedBrowser({QStringLiteral("com.android.chrome"), {digest("x")}}, trustedBrowsers()));
}

} // namespace
} // namespace vaultlink::platform
