#include "src/api/json_split.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <random>

using namespace vaultlink;

namespace {

const QString kRecords = QStringLiteral("records");

struct Accepted {
    const char *document;
    QList<QByteArray> elements;
    const char *rest;
};

class SplitAccepts : public testing::TestWithParam<Accepted> {};

TEST_P(SplitAccepts, CutsOutTheElementsAsWritten) {
    const Accepted &row = GetParam();
    QString error;
    const std::optional<JsonSplit> split = splitArrayMember(row.document, kRecords, &error);
    ASSERT_TRUE(split) << error.toStdString();
    EXPECT_EQ(split->elements, row.elements);
    EXPECT_EQ(split->rest, QByteArray(row.rest));
}

INSTANTIATE_TEST_SUITE_P(
    Table, SplitAccepts,
    testing::Values(Accepted{R"({"records":[]})", {}, R"({"records":[]})"},
                    Accepted{R"({"records":[ ]})", {}, R"({"records":[]})"},
                    Accepted{R"({"a":1,"records":[{"x":"]"},{"y":"\"}"}],"b":[1,{"c":"records"}]})",
                             {R"({"x":"]"})", R"({"y":"\"}"})"},
                             R"({"a":1,"records":[],"b":[1,{"c":"records"}]})"},
                    Accepted{" { \"records\" : [ {\"a\":1} ,\n2 , \"s\" , [3] ] , \"z\" : null } ",
                             {R"({"a":1})", "2", R"("s")", "[3]"},
                             " { \"records\" : [] , \"z\" : null } "},
                    // The parser decodes member names, so an escaped name is the same member.
                    Accepted{R"({"rec\u006frds":[1]})", {"1"}, R"({"rec\u006frds":[]})"},
                    // Only the top level counts.
                    Accepted{R"({"x":{"records":[1]},"records":[2]})",
                             {"2"},
                             R"({"x":{"records":[1]},"records":[]})"},
                    Accepted{R"({"records":["a\\",{"k":"\\\""}]})",
                             {R"("a\\")", R"({"k":"\\\""})"},
                             R"({"records":[]})"},
                    Accepted{R"({"records":[-1.5e3,true,null]})",
                             {"-1.5e3", "true", "null"},
                             R"({"records":[]})"},
                    Accepted{"{\"records\":[\"\xc3\x9c\xe2\x82\xac\"]}",
                             {"\"\xc3\x9c\xe2\x82\xac\""},
                             R"({"records":[]})"}));

struct Refused {
    const char *document;
    const char *because; // part of the message
};

class SplitRefuses : public testing::TestWithParam<Refused> {};

TEST_P(SplitRefuses, SaysWhy) {
    const Refused &row = GetParam();
    QString error;
    EXPECT_FALSE(splitArrayMember(row.document, kRecords, &error));
    EXPECT_TRUE(error.contains(QLatin1String(row.because))) << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, SplitRefuses,
    testing::Values(Refused{"", "not a JSON object"}, Refused{"[]", "not a JSON object"},
                    Refused{"{}", "\"records\" is missing"},
                    Refused{R"({"a":[1]})", "\"records\" is missing"},
                    Refused{R"({"records":{}})", "is not an array"},
                    Refused{R"({"records":null})", "is not an array"},
                    Refused{R"({"records":[1],"records":[]})", "appears twice"},
                    Refused{R"({"records":[1],"rec\u006frds":[]})", "appears twice"},
                    Refused{R"({"records":[1,2])", "'}' was expected"},
                    Refused{R"({"records":[1,2)", "',' or ']' was expected"},
                    Refused{R"({"records":[1 2]})", "',' or ']' was expected"},
                    Refused{R"({"records":[,1]})", "element of \"records\" was expected"},
                    Refused{R"({"records":[1,]})", "element of \"records\" was expected"},
                    Refused{R"({"records":["abc]})", "element of \"records\" was expected"},
                    Refused{R"({"records":[{"a":[1}]})", "',' or ']' was expected"},
                    Refused{R"({"records":[1],})", "member name was expected"},
                    Refused{R"({records:[1]})", "member name was expected"},
                    Refused{R"({"a" 1,"records":[]})", "':' was expected"},
                    Refused{R"({"a":,"records":[]})", "a value was expected"},
                    Refused{R"({"records":[]} x)", "text follows the object"},
                    Refused{R"({"records":[]}{})", "text follows the object"},
                    Refused{R"({"\u12":1,"records":[]})", "malformed member name"}));

// Random documents of the shape of a feed page, with strings full of what a scanner could
// trip over: quotes, backslashes, brackets, control characters, non-ASCII.
class Generator {
public:
    explicit Generator(unsigned seed)
        : m_random(seed) {}

    QJsonValue value(int depth) {
        switch (below(depth > 3 ? 4 : 6)) {
        case 0:
            return string();
        case 1:
            return static_cast<double>(below(2000)) - 1000.0 + (below(2) ? 0.25 : 0.0);
        case 2:
            return below(2) == 0;
        case 3:
            return QJsonValue::Null;
        case 4: {
            QJsonArray array;
            for (int i = below(4); i > 0; --i)
                array.append(value(depth + 1));
            return array;
        }
        default: {
            QJsonObject object;
            for (int i = below(4); i > 0; --i)
                object.insert(string(), value(depth + 1));
            return object;
        }
        }
    }

    QString string() {
        static const QStringList alphabet = {
            QStringLiteral("a"),      QStringLiteral("\""),     QStringLiteral("\\"),
            QStringLiteral("["),      QStringLiteral("]"),      QStringLiteral("{"),
            QStringLiteral("}"),      QStringLiteral(":"),      QStringLiteral(","),
            QStringLiteral(" "),      QStringLiteral("\n"),     QStringLiteral("/"),
            QStringLiteral("\u00dc"), QStringLiteral("\u20ac"), QStringLiteral("\U0001F511"),
            QString(QChar(0x01)),     QStringLiteral("records")};
        QString text;
        for (int i = below(8); i > 0; --i)
            text += alphabet.at(below(static_cast<int>(alphabet.size())));
        return text;
    }

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    std::mt19937 &engine() { return m_random; }

private:
    std::mt19937 m_random;
};

QJsonDocument parsed(const QByteArray &text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

// The claim the sync relies on: whenever the pieces parse, the document parses and means the
// same; whenever the document parses (and has one array "records"), it is split.
void expectAgreement(const QByteArray &text) {
    const QJsonDocument whole = parsed(text);
    QString error;
    const std::optional<JsonSplit> split = splitArrayMember(text, kRecords, &error);
    const bool wholeHasArray = whole.isObject() && whole.object().value(kRecords).isArray();
    if (wholeHasArray) {
        ASSERT_TRUE(split || error.contains(QLatin1String("appears twice")))
            << error.toStdString() << "\n"
            << text.toStdString();
    }
    if (!split)
        return;
    const QJsonDocument rest = parsed(split->rest);
    QJsonArray elements;
    for (const QByteArray &element : split->elements) {
        const QJsonDocument one = parsed("[" + element + "]");
        if (!one.isArray() || one.array().size() != 1)
            return; // a piece the parser refuses: the caller reports the answer as malformed
        elements.append(one.array().at(0));
    }
    if (!rest.isObject())
        return;
    ASSERT_TRUE(wholeHasArray) << text.toStdString();
    QJsonObject rebuilt = rest.object();
    EXPECT_EQ(rebuilt.value(kRecords), QJsonArray());
    rebuilt.insert(kRecords, elements);
    EXPECT_EQ(rebuilt, whole.object()) << text.toStdString();
}

TEST(SplitAgreesWithTheParser, OnRandomPages) {
    Generator generate(20261122);
    for (int round = 0; round < 2000; ++round) {
        QJsonObject page;
        QJsonArray records;
        for (int i = generate.below(6); i > 0; --i)
            records.append(generate.value(0));
        for (int i = generate.below(4); i > 0; --i)
            page.insert(generate.string() + QStringLiteral("x"), generate.value(1));
        page.insert(kRecords, records);
        const auto format = generate.below(2) ? QJsonDocument::Compact : QJsonDocument::Indented;
        const QByteArray text = QJsonDocument(page).toJson(format);
        const std::optional<JsonSplit> split = splitArrayMember(text, kRecords);
        ASSERT_TRUE(split) << text.toStdString();
        ASSERT_EQ(split->elements.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i)
            EXPECT_EQ(parsed("[" + split->elements[i] + "]").array().at(0), records.at(i));
        expectAgreement(text);
    }
}

TEST(SplitAgreesWithTheParser, OnDamagedPages) {
    // Every damage a byte can do: dropped, doubled, replaced by a structural character.
    Generator generate(7);
    static const char structural[] = "\"\\[]{},: x";
    for (int round = 0; round < 3000; ++round) {
        QJsonObject page;
        QJsonArray records;
        for (int i = 1 + generate.below(3); i > 0; --i)
            records.append(generate.value(1));
        page.insert(kRecords, records);
        page.insert(QStringLiteral("cursor"), generate.string());
        QByteArray text = QJsonDocument(page).toJson(QJsonDocument::Compact);
        const int at = generate.below(static_cast<int>(text.size()));
        switch (generate.below(3)) {
        case 0:
            text.remove(at, 1);
            break;
        case 1:
            text.insert(at, text.at(at));
            break;
        default:
            text[at] = structural[generate.below(static_cast<int>(sizeof structural) - 1)];
        }
        expectAgreement(text);
    }
}

} // namespace
