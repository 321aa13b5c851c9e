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
        const AutofillQuery query{QString::fromLatin1(row.webAddress),
                                  {QString::fromLatin1(row.package), row.certificates}};
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
