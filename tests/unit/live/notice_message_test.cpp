#include "src/live/notice_message.h"

#include <gtest/gtest.h>

using namespace vaultlink;

namespace {

// The messages of docs/api.md §10, and what a newer server might add to them.
struct Accepted {
    const char *name;
    const char *text;
    Notice::Type type;
    qint64 database;
    qint64 sequence;
    const char *code;
    const char *detail;
};
void PrintTo(const Accepted &row, std::ostream *os) {
    *os << row.name;
}

class ParseNoticeAccepts : public testing::TestWithParam<Accepted> {};

TEST_P(ParseNoticeAccepts, ReadsTheNotice) {
    const Accepted &row = GetParam();
    const std::optional<Notice> notice = parseNotice(row.text);
    ASSERT_TRUE(notice.has_value());
    EXPECT_EQ(notice->type, row.type);
    EXPECT_EQ(notice->database, row.database);
    EXPECT_EQ(notice->sequence, row.sequence);
    EXPECT_EQ(notice->code, QString::fromUtf8(row.code));
    EXPECT_EQ(notice->detail, QString::fromUtf8(row.detail));
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseNoticeAccepts,
    testing::Values(
        Accepted{"Hello", R"({"type": "hello", "database": 1, "sequence": 88})",
                 Notice::Type::Hello, 1, 88, "", ""},
        Accepted{"Changed", R"({"type":"changed","database":1,"sequence":89})",
                 Notice::Type::Changed, 1, 89, "", ""},
        Accepted{"HelloOfAnEmptyDatabase", R"({"type":"hello","database":7,"sequence":0})",
                 Notice::Type::Hello, 7, 0, "", ""},
        Accepted{"MembersInAnyOrder", R"({"sequence":12,"database":3,"type":"changed"})",
                 Notice::Type::Changed, 3, 12, "", ""},
        Accepted{"LargeSequence", R"({"type":"changed","database":2,"sequence":9007199254740992})",
                 Notice::Type::Changed, 2, 9007199254740992LL, "", ""},
        Accepted{"WholeNumberWrittenWithAFraction",
                 R"({"type":"changed","database":1,"sequence":90.0})", Notice::Type::Changed, 1, 90,
                 "", ""},
        // A newer server may add members; the client reads what it knows.
        Accepted{"UnknownMembersIgnored",
                 R"({"type":"changed","database":1,"sequence":5,"records":[1,2],"by":"admin"})",
                 Notice::Type::Changed, 1, 5, "", ""},
        Accepted{
            "Error",
            R"j({"type":"error","code":"token-invalid","detail":"the session has ended (logout)"})j",
            Notice::Type::Error, 0, 0, "token-invalid", "the session has ended (logout)"},
        Accepted{"ErrorWithoutDetail", R"({"type":"error","code":"session-expired"})",
                 Notice::Type::Error, 0, 0, "session-expired", ""},
        Accepted{"ErrorWithNullDetail", R"({"type":"error","code":"device-revoked","detail":null})",
                 Notice::Type::Error, 0, 0, "device-revoked", ""},
        Accepted{"ErrorDetailInUnicode",
                 "{\"type\":\"error\",\"code\":\"token-invalid\",\"detail\":\"Gr\xC3\xBC\xC3\x9F"
                 "e\"}",
                 Notice::Type::Error, 0, 0, "token-invalid",
                 "Gr\xC3\xBC\xC3\x9F"
                 "e"}),
    [](const testing::TestParamInfo<Accepted> &named) { return std::string(named.param.name); });

struct Refused {
    const char *name;
    QByteArray text;
};
void PrintTo(const Refused &row, std::ostream *os) {
    *os << row.name;
}

class ParseNoticeRefuses : public testing::TestWithParam<Refused> {};

TEST_P(ParseNoticeRefuses, GivesNothing) {
    EXPECT_FALSE(parseNotice(GetParam().text).has_value()) << GetParam().text.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseNoticeRefuses,
    testing::Values(
        Refused{"Empty", ""}, Refused{"NotJson", "hello"},
        Refused{"CutShort", R"({"type":"hello","database":1,"sequence":8)"},
        Refused{"TrailingGarbage", R"({"type":"hello","database":1,"sequence":8} x)"},
        Refused{"Array", R"([{"type":"hello","database":1,"sequence":8}])"},
        Refused{"String", R"("hello")"}, Refused{"Number", "88"}, Refused{"Null", "null"},
        Refused{"EmptyObject", "{}"},
        Refused{"UnknownType", R"({"type":"goodbye","database":1,"sequence":8})"},
        Refused{"TypeInOtherCase", R"({"type":"Hello","database":1,"sequence":8})"},
        Refused{"TypeMissing", R"({"database":1,"sequence":8})"},
        Refused{"TypeNotAString", R"({"type":1,"database":1,"sequence":8})"},
        Refused{"TypeNull", R"({"type":null,"database":1,"sequence":8})"},
        Refused{"SequenceMissing", R"({"type":"hello","database":1})"},
        Refused{"DatabaseMissing", R"({"type":"changed","sequence":8})"},
        Refused{"SequenceAString", R"({"type":"changed","database":1,"sequence":"8"})"},
        Refused{"DatabaseAString", R"({"type":"hello","database":"1","sequence":8})"},
        Refused{"SequenceNull", R"({"type":"changed","database":1,"sequence":null})"},
        Refused{"SequenceABoolean", R"({"type":"changed","database":1,"sequence":true})"},
        Refused{"SequenceAFraction", R"({"type":"changed","database":1,"sequence":8.5})"},
        Refused{"SequenceTooLarge", R"({"type":"changed","database":1,"sequence":1e300})"},
        Refused{"SequenceNegative", R"({"type":"changed","database":1,"sequence":-1})"},
        Refused{"HelloSequenceNegative", R"({"type":"hello","database":1,"sequence":-88})"},
        Refused{"ErrorWithoutCode", R"({"type":"error","detail":"ended"})"},
        Refused{"ErrorWithEmptyCode", R"({"type":"error","code":"","detail":"ended"})"},
        Refused{"ErrorWithNullCode", R"({"type":"error","code":null})"},
        Refused{"ErrorCodeNotAString", R"({"type":"error","code":401})"},
        Refused{"ErrorDetailNotAString", R"({"type":"error","code":"token-invalid","detail":5})"}),
    [](const testing::TestParamInfo<Refused> &named) { return std::string(named.param.name); });

} // namespace
