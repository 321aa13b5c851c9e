#include "src/base/message_catalog.h"
#include "src/linking/link_payload.h"

#include <QString>

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

using namespace vaultlink;
using Problem = LinkPayload::Problem;

namespace {

constexpr const char *kToken = "Zq3vN8xL-Tb2_Wm5Kd7Pj9Rc4Hs6Yf1G";
constexpr const char *kPin = "sha256/bkGiDbqfFXrx0nimgPxgYbf6XRKnOvG+qcav1FQXu8c=";

using Params = std::vector<std::pair<QString, QString>>;

// The example of docs/api.md §8, values percent-encoded exactly as written there, in the order
// the server writes them.
Params exampleParams() {
    return {
        {QStringLiteral("v"), QStringLiteral("1")},
        {QStringLiteral("server"), QStringLiteral("https%3A%2F%2Fvault.example.com%3A8443")},
        {QStringLiteral("db"), QStringLiteral("7")},
        {QStringLiteral("dbname"), QStringLiteral("Team%20A%26B%20%C3%9C")},
        {QStringLiteral("user"), QStringLiteral("alice")},
        {QStringLiteral("token"), QLatin1String(kToken)},
        {QStringLiteral("pin"),
         QStringLiteral("sha256%2FbkGiDbqfFXrx0nimgPxgYbf6XRKnOvG%2Bqcav1FQXu8c%3D")},
    };
}

QString linkCode(const Params &params) {
    QString code = QStringLiteral("vaultlink://link?");
    for (const auto &[name, value] : params)
        code += name + u'=' + value + u'&';
    code.chop(1);
    return code;
}

QString example() {
    return linkCode(exampleParams());
}

// The example with one parameter's encoded value replaced (or added at the end).
QString with(const char *name, const QString &value) {
    Params params = exampleParams();
    bool replaced = false;
    for (auto &[key, old] : params)
        if (key == QLatin1String(name)) {
            old = value;
            replaced = true;
        }
    if (!replaced)
        params.emplace_back(QLatin1String(name), value);
    return linkCode(params);
}

QString with(const char *name, const char *value) {
    return with(name, QString::fromUtf8(value));
}

QString without(const char *name) {
    Params params = exampleParams();
    std::erase_if(params, [name](const auto &param) { return param.first == QLatin1String(name); });
    return linkCode(params);
}

QString reversedExample() {
    Params params = exampleParams();
    std::reverse(params.begin(), params.end());
    return linkCode(params);
}

// Each row becomes a test named after it, so a failure names the case.
template <typename Row> std::string rowName(const testing::TestParamInfo<Row> &row) {
    return row.param.name;
}

// --- Codes that parse ---------------------------------------------------------------------

struct Accepted {
    const char *name;
    QString text;
    QString server = QStringLiteral("https://vault.example.com:8443");
    qint64 databaseId = 7;
    QString databaseName = QStringLiteral("Team A&B Ü");
    QString userName = QStringLiteral("alice");
    QString token = QLatin1String(kToken);
};

void PrintTo(const Accepted &row, std::ostream *out) {
    *out << row.name;
}

std::vector<Accepted> acceptedCodes() {
    const QString shortest(16, u'a');
    const QString longest(256, u'-');
    return {
        {.name = "DocsExample", .text = example()},
        {.name = "ParametersInAnotherOrder", .text = reversedExample()},
        {.name = "SurroundingWhitespace", .text = QStringLiteral(" \n") + example() + u'\n'},
        {.name = "UpperCaseSchemeAndHost",
         .text = example().replace(QStringLiteral("vaultlink://link"),
                                   QStringLiteral("VaultLink://LINK"))},
        {.name = "LowerCaseEscapes",
         .text = with("pin", "sha256%2fbkGiDbqfFXrx0nimgPxgYbf6XRKnOvG%2bqcav1FQXu8c%3d")},
        {.name = "UnescapedPinCharacters", .text = with("pin", kPin)},
        {.name = "NoDatabaseName", .text = without("dbname"), .databaseName = QString()},
        {.name = "UnknownParameterIgnored", .text = with("colour", "blue")},
        {.name = "UserNameInUtf8",
         .text = with("user", "J%C3%BCrgen%20M%C3%BCller"),
         .userName = QStringLiteral("Jürgen Müller")},
        {.name = "ServerWithPath",
         .text = with("server", "https%3A%2F%2Fexample.com%2Fvault%2F"),
         .server = QStringLiteral("https://example.com/vault")},
        {.name = "LargeDatabaseId",
         .text = with("db", "9007199254740993"),
         .databaseId = 9007199254740993},
        {.name = "ShortestToken", .text = with("token", shortest), .token = shortest},
        {.name = "LongestToken", .text = with("token", longest), .token = longest},
    };
}

class AcceptedCode : public testing::TestWithParam<Accepted> {};

TEST_P(AcceptedCode, YieldsItsFields) {
    const Accepted &row = GetParam();
    const LinkPayload::Parsed parsed = LinkPayload::parse(row.text);
    ASSERT_EQ(parsed.problem, Problem::None) << parsed.message.debugText().toStdString();
    ASSERT_TRUE(parsed.payload.has_value());
    EXPECT_TRUE(parsed.message.isEmpty());
    const LinkPayload &payload = *parsed.payload;
    EXPECT_EQ(payload.server.toString(), row.server);
    EXPECT_EQ(payload.server.scheme(), QStringLiteral("https"));
    EXPECT_EQ(payload.databaseId, row.databaseId);
    EXPECT_EQ(payload.databaseName, row.databaseName);
    EXPECT_EQ(payload.userName, row.userName);
    EXPECT_EQ(payload.token, row.token);
    EXPECT_EQ(payload.pin, QLatin1String(kPin));
}

INSTANTIATE_TEST_SUITE_P(LinkPayload, AcceptedCode, testing::ValuesIn(acceptedCodes()),
                         rowName<Accepted>);

// --- Codes that are refused ---------------------------------------------------------------

struct Refused {
    const char *name;
    QString text;
    Problem problem;
    const char *says; // part of the message's keys and arguments: the part at fault or the kind
    QString secret = QLatin1String(kToken); // must not appear in the message
};

void PrintTo(const Refused &row, std::ostream *out) {
    *out << row.name;
}

std::vector<Refused> refusedCodes() {
    const auto malformed = Problem::Malformed;
    const auto foreign = Problem::NotVaultlink;
    const auto newer = Problem::UnsupportedVersion;
    const QString plusToken = QStringLiteral("Zq3vN8xL+Tb2/Wm5Kd7Pj9Rc4Hs6Yf1G");
    const QString paddedToken = QStringLiteral("Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G==");
    const QString spacedToken = QStringLiteral("Zq3vN8xL Tb2Wm5Kd7Pj9Rc4Hs6Yf1G");
    const QString accentedToken = QStringLiteral("Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1Gé");
    const QString shortToken(15, u'a');
    const QString longToken(257, u'a');
    return {
        // Other QR codes.
        {"EmptyText", QString(), foreign, "qr-not-vaultlink: foreign-nothing"},
        {"OnlyWhitespace", QStringLiteral(" \n\t"), foreign, "qr-not-vaultlink: foreign-nothing"},
        {"WebAddress", QStringLiteral("https://vault.example.com/account"), foreign,
         "qr-not-vaultlink: foreign-web-address"},
        {"PlainText", QStringLiteral("correct horse battery staple"), foreign,
         "qr-not-vaultlink: foreign-text", QStringLiteral("correct horse battery staple")},
        {"WifiCode", QStringLiteral("WIFI:T:WPA;S:Home;P:hunter2secret;;"), foreign,
         "qr-not-vaultlink: foreign-wifi", QStringLiteral("hunter2secret")},
        {"TwoFactorSetup",
         QStringLiteral("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example"),
         foreign, "qr-not-vaultlink: foreign-otp-setup", QStringLiteral("JBSWY3DPEHPK3PXP")},
        {"OtherVaultlinkCode", QStringLiteral("vaultlink://unlock?v=1"), foreign,
         "foreign-vaultlink"},
        {"LinkCodeAsWebAddress",
         example().replace(QStringLiteral("vaultlink://"), QStringLiteral("https://")), foreign,
         "foreign-web-address"},
        // Version.
        {"VersionTwo", with("v", "2"), newer, "qr-unsupported-version"},
        {"HugeVersion", with("v", "123456789012345678901234567890"), newer,
         "qr-unsupported-version"},
        {"VersionTwoWithOtherParts", QStringLiteral("vaultlink://link?v=2&x=y"), newer,
         "qr-unsupported-version"},
        {"VersionNotANumber", with("v", "abc"), malformed, "qr-version-not-number"},
        {"VersionNegative", with("v", "-1"), malformed, "qr-version-not-number"},
        {"VersionZero", with("v", "0"), malformed, "qr-version-invalid"},
        {"VersionTwice", with("v", "1&v=1"), malformed, "qr-part-twice: part-version"},
        {"NoParameters", QStringLiteral("vaultlink://link"), malformed,
         "qr-part-missing: part-version"},
        // Missing parts.
        {"NoVersion", without("v"), malformed, "qr-part-missing: part-version"},
        {"NoServer", without("server"), malformed, "qr-part-missing: part-server"},
        {"NoDatabaseId", without("db"), malformed, "qr-part-missing: part-database-id"},
        {"NoUser", without("user"), malformed, "qr-part-missing: part-user"},
        {"NoToken", without("token"), malformed, "qr-part-missing: part-token"},
        {"NoPin", without("pin"), malformed, "qr-part-missing: part-pin"},
        {"EmptyUser", with("user", ""), malformed, "qr-part-missing: part-user"},
        {"EmptyToken", with("token", ""), malformed, "qr-part-missing: part-token"},
        // Server.
        {"HttpServer", with("server", "http%3A%2F%2Fvault.example.com%3A8080"), malformed,
         "qr-server-http"},
        {"FtpServer", with("server", "ftp%3A%2F%2Fvault.example.com"), malformed,
         "qr-server-unusable: address-scheme(ftp)"},
        // Database id.
        {"DatabaseIdZero", with("db", "0"), malformed, "qr-database-id"},
        {"DatabaseIdNegative", with("db", "-1"), malformed, "qr-database-id"},
        {"DatabaseIdNotANumber", with("db", "x"), malformed, "qr-database-id"},
        {"DatabaseIdFraction", with("db", "1.5"), malformed, "qr-database-id"},
        {"DatabaseIdWithNewline", with("db", "7%0A"), malformed, "qr-database-id"},
        {"DatabaseIdTooLarge", with("db", "99999999999999999999"), malformed, "qr-database-id"},
        // Token.
        {"TokenWithPlusAndSlash", with("token", "Zq3vN8xL%2BTb2%2FWm5Kd7Pj9Rc4Hs6Yf1G"), malformed,
         "qr-token-characters", plusToken},
        {"TokenWithPadding", with("token", "Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G%3D%3D"), malformed,
         "qr-token-characters", paddedToken},
        {"TokenWithSpace", with("token", "Zq3vN8xL%20Tb2Wm5Kd7Pj9Rc4Hs6Yf1G"), malformed,
         "qr-token-characters", spacedToken},
        {"TokenWithAccent", with("token", "Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G%C3%A9"), malformed,
         "qr-token-characters", accentedToken},
        {"TokenWithNewline", with("token", "Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G%0A"), malformed,
         "qr-token-characters", QStringLiteral("Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G")},
        {"TokenTooShort", with("token", shortToken), malformed, "qr-token-short", shortToken},
        {"TokenTooLong", with("token", longToken), malformed, "qr-token-long", longToken},
        {"TokenBadlyEscaped", with("token", "Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G%C3"), malformed,
         "qr-part-encoding: part-token", QStringLiteral("Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G")},
        {"TokenTwice",
         with("token", QLatin1String(kToken) + QStringLiteral("&token=") + QLatin1String(kToken)),
         malformed, "qr-part-twice: part-token"},
        // Pin.
        {"PinWrongLength", with("pin", "sha256%2FAAAA"), malformed, "qr-pin-invalid"},
        {"PinNotBase64", with("pin", "sha256%2Fnot%20base64%21%21"), malformed, "qr-pin-invalid"},
        {"PinWithoutPrefix", with("pin", "bkGiDbqfFXrx0nimgPxgYbf6XRKnOvG%2Bqcav1FQXu8c%3D"),
         malformed, "qr-pin-invalid"},
        {"PinOfSha1", with("pin", "sha1%2F5T0KHI%2BFUB%2BO6W8pHhDujDWQNfTStplXsCAYsn6BSy8%3D"),
         malformed, "qr-pin-invalid"},
        // Encoding.
        {"BadEscapeInDatabaseName", with("dbname", "Team%ZZ"), malformed,
         "qr-part-encoding: part-database-name"},
        {"EscapeCutShort", with("dbname", "Team%2"), malformed,
         "qr-part-encoding: part-database-name"},
        {"NotUtf8", with("user", "%FF%FE"), malformed, "qr-part-encoding: part-user"},
        {"UserTwice", with("user", "alice&user=bob"), malformed, "qr-part-twice: part-user"},
        {"Fragment", example() + QStringLiteral("#more"), malformed, "qr-trailing-text"},
    };
}

class RefusedCode : public testing::TestWithParam<Refused> {};

TEST_P(RefusedCode, NamesWhatIsWrongWithoutItsSecrets) {
    const Refused &row = GetParam();
    const LinkPayload::Parsed parsed = LinkPayload::parse(row.text);
    const QString said = parsed.message.debugText();
    EXPECT_EQ(parsed.problem, row.problem) << said.toStdString();
    EXPECT_FALSE(parsed.payload.has_value());
    EXPECT_TRUE(said.contains(QString::fromUtf8(row.says))) << said.toStdString();
    EXPECT_FALSE(said.contains(row.secret)) << said.toStdString();
    EXPECT_FALSE(said.contains(QLatin1String(kToken))) << said.toStdString();
}

INSTANTIATE_TEST_SUITE_P(LinkPayload, RefusedCode, testing::ValuesIn(refusedCodes()),
                         rowName<Refused>);

TEST(LinkPayload, ForeignCodesSayWhatTheyLookLike) {
    EXPECT_EQ(LinkPayload::parse(QStringLiteral("https://example.com/")).message,
              Message(msg::QrForeign, {}, Message(msg::ForeignWebAddress)));
    EXPECT_EQ(LinkPayload::parse(QStringLiteral("hello")).message,
              Message(msg::QrForeign, {}, Message(msg::ForeignText)));
}

} // namespace
