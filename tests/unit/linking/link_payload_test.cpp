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
    ASSERT_EQ(parsed.problem, Problem::None) << parsed.message.toStdString();
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
    const char *mentions;                   // part of the message: the part at fault or the kind
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
        {"EmptyText", QString(), foreign, "not a Vaultlink link code"},
        {"OnlyWhitespace", QStringLiteral(" \n\t"), foreign, "not a Vaultlink link code"},
        {"WebAddress", QStringLiteral("https://vault.example.com/account"), foreign, "web address"},
        {"PlainText", QStringLiteral("correct horse battery staple"), foreign, "plain text",
         QStringLiteral("correct horse battery staple")},
        {"WifiCode", QStringLiteral("WIFI:T:WPA;S:Home;P:hunter2secret;;"), foreign, "Wi-Fi",
         QStringLiteral("hunter2secret")},
        {"TwoFactorSetup",
         QStringLiteral("otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example"),
         foreign, "two-factor", QStringLiteral("JBSWY3DPEHPK3PXP")},
        {"OtherVaultlinkCode", QStringLiteral("vaultlink://unlock?v=1"), foreign, "another kind"},
        {"LinkCodeAsWebAddress",
         example().replace(QStringLiteral("vaultlink://"), QStringLiteral("https://")), foreign,
         "web address"},
        // Version.
        {"VersionTwo", with("v", "2"), newer, "update Vaultlink"},
        {"HugeVersion", with("v", "123456789012345678901234567890"), newer, "newer"},
        {"VersionTwoWithOtherParts", QStringLiteral("vaultlink://link?v=2&x=y"), newer, "newer"},
        {"VersionNotANumber", with("v", "abc"), malformed, "version number"},
        {"VersionNegative", with("v", "-1"), malformed, "version number"},
        {"VersionZero", with("v", "0"), malformed, "version number"},
        {"VersionTwice", with("v", "1&v=1"), malformed, "version number"},
        {"NoParameters", QStringLiteral("vaultlink://link"), malformed, "has no version number"},
        // Missing parts.
        {"NoVersion", without("v"), malformed, "has no version number"},
        {"NoServer", without("server"), malformed, "has no server address"},
        {"NoDatabaseId", without("db"), malformed, "has no database id"},
        {"NoUser", without("user"), malformed, "has no user name"},
        {"NoToken", without("token"), malformed, "has no link token"},
        {"NoPin", without("pin"), malformed, "has no server key pin"},
        {"EmptyUser", with("user", ""), malformed, "has no user name"},
        {"EmptyToken", with("token", ""), malformed, "has no link token"},
        // Server.
        {"HttpServer", with("server", "http%3A%2F%2Fvault.example.com%3A8080"), malformed, "https"},
        {"FtpServer", with("server", "ftp%3A%2F%2Fvault.example.com"), malformed, "server address"},
        // Database id.
        {"DatabaseIdZero", with("db", "0"), malformed, "database id"},
        {"DatabaseIdNegative", with("db", "-1"), malformed, "database id"},
        {"DatabaseIdNotANumber", with("db", "x"), malformed, "database id"},
        {"DatabaseIdFraction", with("db", "1.5"), malformed, "database id"},
        {"DatabaseIdWithNewline", with("db", "7%0A"), malformed, "database id"},
        {"DatabaseIdTooLarge", with("db", "99999999999999999999"), malformed, "database id"},
        // Token.
        {"TokenWithPlusAndSlash", with("token", "Zq3vN8xL%2BTb2%2FWm5Kd7Pj9Rc4Hs6Yf1G"), malformed,
         "link token", plusToken},
        {"TokenWithPadding", with("token", "Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G%3D%3D"), malformed,
         "link token", paddedToken},
        {"TokenWithSpace", with("token", "Zq3vN8xL%20Tb2Wm5Kd7Pj9Rc4Hs6Yf1G"), malformed,
         "link token", spacedToken},
        {"TokenWithAccent", with("token", "Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G%C3%A9"), malformed,
         "link token", accentedToken},
        {"TokenWithNewline", with("token", "Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G%0A"), malformed,
         "link token", QStringLiteral("Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G")},
        {"TokenTooShort", with("token", shortToken), malformed, "link token", shortToken},
        {"TokenTooLong", with("token", longToken), malformed, "link token", longToken},
        {"TokenBadlyEscaped", with("token", "Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G%C3"), malformed,
         "link token", QStringLiteral("Zq3vN8xLTb2Wm5Kd7Pj9Rc4Hs6Yf1G")},
        {"TokenTwice",
         with("token", QLatin1String(kToken) + QStringLiteral("&token=") + QLatin1String(kToken)),
         malformed, "link token"},
        // Pin.
        {"PinWrongLength", with("pin", "sha256%2FAAAA"), malformed, "server key pin"},
        {"PinNotBase64", with("pin", "sha256%2Fnot%20base64%21%21"), malformed, "server key pin"},
        {"PinWithoutPrefix", with("pin", "bkGiDbqfFXrx0nimgPxgYbf6XRKnOvG%2Bqcav1FQXu8c%3D"),
         malformed, "server key pin"},
        {"PinOfSha1", with("pin", "sha1%2F5T0KHI%2BFUB%2BO6W8pHhDujDWQNfTStplXsCAYsn6BSy8%3D"),
         malformed, "server key pin"},
        // Encoding.
        {"BadEscapeInDatabaseName", with("dbname", "Team%ZZ"), malformed, "database name"},
        {"EscapeCutShort", with("dbname", "Team%2"), malformed, "database name"},
        {"NotUtf8", with("user", "%FF%FE"), malformed, "user name"},
        {"UserTwice", with("user", "alice&user=bob"), malformed, "user name"},
        {"Fragment", example() + QStringLiteral("#more"), malformed, "unexpected text"},
    };
}

class RefusedCode : public testing::TestWithParam<Refused> {};

TEST_P(RefusedCode, NamesWhatIsWrongWithoutItsSecrets) {
    const Refused &row = GetParam();
    const LinkPayload::Parsed parsed = LinkPayload::parse(row.text);
    EXPECT_EQ(parsed.problem, row.problem) << parsed.message.toStdString();
    EXPECT_FALSE(parsed.payload.has_value());
    EXPECT_TRUE(parsed.message.contains(QString::fromUtf8(row.mentions)))
        << parsed.message.toStdString();
    EXPECT_FALSE(parsed.message.contains(row.secret)) << parsed.message.toStdString();
    EXPECT_FALSE(parsed.message.contains(QLatin1String(kToken))) << parsed.message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(LinkPayload, RefusedCode, testing::ValuesIn(refusedCodes()),
                         rowName<Refused>);

TEST(LinkPayload, ForeignCodesSayWhatTheyLookLike) {
    EXPECT_EQ(LinkPayload::parse(QStringLiteral("https://example.com/")).message,
              QStringLiteral("this QR code is not a Vaultlink link code (it holds a web address)"));
    EXPECT_EQ(LinkPayload::parse(QStringLiteral("hello")).message,
              QStringLiteral("this QR code is not a Vaultlink link code (it holds plain text)"));
}

} // namespace
