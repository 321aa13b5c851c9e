#include "server/http/json_body.h"
#include "server/http/request_framer.h"
#include "server/http/request_target.h"

#include <gtest/gtest.h>

using namespace vaultlink::server;

namespace {

constexpr int kComplete = 0;

struct FramingCase {
    const char *name;
    QByteArray bytes;
    int expect;      // kComplete, or the refusal's HTTP status
    QByteArray body; // when complete
};

void PrintTo(const FramingCase &c, std::ostream *out) {
    *out << c.name;
}

const QByteArray kPost = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n";

FramingLimits smallLimits() {
    FramingLimits limits;
    limits.maxBodyBytes = 100;
    limits.maxHeadBytes = 512;
    limits.maxHeaderFields = 8;
    return limits;
}

// Feeds the whole input at once, or one byte at a time: both must end the same way.
RequestFramer::Status frame(RequestFramer &framer, const QByteArray &bytes, bool byteByByte) {
    QByteArray input = bytes;
    if (!byteByByte)
        return framer.feed(input);
    RequestFramer::Status status = RequestFramer::Status::NeedMore;
    for (qsizetype i = 0; i < bytes.size() && status == RequestFramer::Status::NeedMore; ++i) {
        QByteArray one = bytes.mid(i, 1);
        status = framer.feed(one);
    }
    return status;
}

class Framing : public ::testing::TestWithParam<FramingCase> {};

TEST_P(Framing, EndsAsExpectedWhateverTheChunking) {
    const FramingCase &c = GetParam();
    for (const bool byteByByte : {false, true}) {
        RequestFramer framer(smallLimits());
        const RequestFramer::Status status = frame(framer, c.bytes, byteByByte);
        if (c.expect == kComplete) {
            ASSERT_EQ(status, RequestFramer::Status::Complete) << byteByByte;
            EXPECT_EQ(framer.request().body, c.body);
        } else {
            ASSERT_EQ(status, RequestFramer::Status::Refused) << byteByByte;
            ASSERT_TRUE(framer.refusal());
            EXPECT_EQ(errorInfo(framer.refusal()->error()).status, c.expect)
                << framer.refusal()->detail().toStdString();
            EXPECT_FALSE(framer.refusal()->detail().isEmpty());
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, Framing,
    ::testing::Values(
        FramingCase{"plain GET", "GET /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n", kComplete, ""},
        FramingCase{"HTTP/1.0 without Host", "GET / HTTP/1.0\r\n\r\n", kComplete, ""},
        FramingCase{"leading empty line", "\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n", kComplete, ""},
        FramingCase{"Content-Length", kPost + "Content-Length: 2\r\n\r\n{}", kComplete, "{}"},
        FramingCase{"Content-Length 0", kPost + "Content-Length: 0\r\n\r\n", kComplete, ""},
        FramingCase{"value with spaces around", kPost + "Content-Length:  2 \r\n\r\n{}", kComplete,
                    "{}"},
        FramingCase{"chunked", kPost + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
                    kComplete, "{}"},
        FramingCase{"chunked, upper-case hex, extension, trailer",
                    kPost + "Transfer-Encoding: Chunked\r\n\r\n1 ;a=b\r\n{\r\nA\r\n0123456789\r\n"
                            "0\r\nX-Sum: 1\r\n\r\n",
                    kComplete, "{0123456789"},
        FramingCase{"body at the limit",
                    kPost + "Content-Length: 100\r\n\r\n" + QByteArray(100, 'b'), kComplete,
                    QByteArray(100, 'b')},
        // Content-Length that is not plain decimal digits.
        FramingCase{"Content-Length -1", kPost + "Content-Length: -1\r\n\r\n", 400, {}},
        FramingCase{"Content-Length abc", kPost + "Content-Length: abc\r\n\r\n", 400, {}},
        FramingCase{"Content-Length 1e3", kPost + "Content-Length: 1e3\r\n\r\n", 400, {}},
        FramingCase{"Content-Length 0x10", kPost + "Content-Length: 0x10\r\n\r\n", 400, {}},
        FramingCase{"Content-Length 1,2", kPost + "Content-Length: 1,2\r\n\r\n", 400, {}},
        FramingCase{"Content-Length +2", kPost + "Content-Length: +2\r\n\r\n{}", 400, {}},
        FramingCase{"Content-Length empty", kPost + "Content-Length:\r\n\r\n", 400, {}},
        FramingCase{"Content-Length 20 digits",
                    kPost + "Content-Length: 12345678901234567890\r\n\r\n",
                    400,
                    {}},
        FramingCase{"two differing Content-Lengths",
                    kPost + "Content-Length: 2\r\nContent-Length: 7\r\n\r\n{}",
                    400,
                    {}},
        FramingCase{"two equal Content-Lengths",
                    kPost + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
                    400,
                    {}},
        FramingCase{"Content-Length and Transfer-Encoding",
                    kPost + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                    400,
                    {}},
        FramingCase{"Transfer-Encoding gzip", kPost + "Transfer-Encoding: gzip\r\n\r\n", 400, {}},
        FramingCase{"Transfer-Encoding gzip, chunked",
                    kPost + "Transfer-Encoding: gzip, chunked\r\n\r\n",
                    400,
                    {}},
        FramingCase{"Transfer-Encoding in HTTP/1.0",
                    "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                    400,
                    {}},
        // Chunk sizes.
        FramingCase{"negative chunk size",
                    kPost + "Transfer-Encoding: chunked\r\n\r\n-1\r\n{}\r\n0\r\n\r\n",
                    400,
                    {}},
        FramingCase{
            "chunk size zz", kPost + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n", 400, {}},
        FramingCase{
            "chunk size 0x2", kPost + "Transfer-Encoding: chunked\r\n\r\n0x2\r\n{}\r\n", 400, {}},
        FramingCase{
            "chunk size empty", kPost + "Transfer-Encoding: chunked\r\n\r\n\r\n{}\r\n", 400, {}},
        FramingCase{"chunk size 16 hex digits",
                    kPost + "Transfer-Encoding: chunked\r\n\r\n1000000000000000\r\n",
                    400,
                    {}},
        FramingCase{"chunk longer than its size",
                    kPost + "Transfer-Encoding: chunked\r\n\r\n1\r\n{}\r\n0\r\n\r\n",
                    400,
                    {}},
        // Request line and fields.
        FramingCase{"HTTP/9.9", "GET / HTTP/9.9\r\nHost: x\r\n\r\n", 400, {}},
        FramingCase{"absolute-form target", "GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n", 400, {}},
        FramingCase{"two spaces", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400, {}},
        FramingCase{"only a method", "GET\r\n\r\n", 400, {}},
        FramingCase{"control byte in target", QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n"), 400, {}},
        FramingCase{"bare LF", "GET / HTTP/1.1\nHost: x\n\n", 400, {}},
        FramingCase{"bare CR inside a line", "GET / HTTP/1.1\r\nHost: x\rX: y\r\n\r\n", 400, {}},
        FramingCase{"space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400, {}},
        FramingCase{"folded line", "GET / HTTP/1.1\r\nHost: x\r\n y\r\n\r\n", 400, {}},
        FramingCase{
            "NUL in a value", QByteArray("GET / HTTP/1.1\r\nHost: x\0y\r\n\r\n", 30), 400, {}},
        FramingCase{"no Host in 1.1", "GET / HTTP/1.1\r\n\r\n", 400, {}},
        FramingCase{"two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, {}},
        FramingCase{"too many fields",
                    "GET / HTTP/1.1\r\nHost: x\r\n" + QByteArray("A: 1\r\n").repeated(8) + "\r\n",
                    400,
                    {}},
        FramingCase{"head too long",
                    "GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(600, 'a') + "\r\n\r\n",
                    400,
                    {}},
        // Bodies over the limit: refused as soon as the length is known.
        FramingCase{
            "announced body over the limit", kPost + "Content-Length: 2000000000\r\n\r\n", 413, {}},
        FramingCase{"chunked body over the limit",
                    kPost + "Transfer-Encoding: chunked\r\n\r\n64\r\n" + QByteArray(100, 'a') +
                        "\r\n1\r\n",
                    413,
                    {}}));

TEST(Framing, RefusesAnAnnouncedBodyBeforeAnyOfItArrives) {
    RequestFramer framer(smallLimits());
    QByteArray head = kPost + "Content-Length: 2000000000\r\n\r\n";
    EXPECT_EQ(framer.feed(head), RequestFramer::Status::Refused);
    EXPECT_EQ(framer.refusal()->error(), Error::RequestTooLarge);
}

TEST(Framing, LeavesAPipelinedRequestInTheInputAndStartsAfreshOnReset) {
    RequestFramer framer(smallLimits());
    QByteArray input = kPost + "Content-Length: 2\r\n\r\n{}GET /next HTTP/1.1\r\nHost: x\r\n\r\n";
    ASSERT_EQ(framer.feed(input), RequestFramer::Status::Complete);
    EXPECT_EQ(framer.request().method, "POST");
    EXPECT_TRUE(input.startsWith("GET /next"));
    const FramedRequest first = framer.takeRequest();
    EXPECT_EQ(first.body, "{}");
    framer.reset();
    ASSERT_EQ(framer.feed(input), RequestFramer::Status::Complete);
    EXPECT_EQ(framer.request().target, "/next");
    EXPECT_TRUE(input.isEmpty());
}

TEST(Framing, HeadIsKnownBeforeTheBodyForContinueAndUpgrades) {
    RequestFramer framer(smallLimits());
    QByteArray input = kPost + "Expect: 100-continue\r\nContent-Length: 5\r\n\r\n";
    EXPECT_EQ(framer.feed(input), RequestFramer::Status::NeedMore);
    EXPECT_TRUE(framer.headComplete());
    EXPECT_TRUE(framer.request().expectsContinue());
    QByteArray upgrade = "GET /n HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Upgrade\r\n"
                         "Upgrade: WebSocket\r\n\r\n";
    RequestFramer second(smallLimits());
    ASSERT_EQ(second.feed(upgrade), RequestFramer::Status::Complete);
    EXPECT_TRUE(second.request().isUpgrade());
}

TEST(Framing, ConnectionPersistenceFollowsTheVersion) {
    const auto keepAlive = [](const QByteArray &bytes) {
        RequestFramer framer;
        QByteArray input = bytes;
        EXPECT_EQ(framer.feed(input), RequestFramer::Status::Complete);
        return framer.request().keepAlive();
    };
    EXPECT_TRUE(keepAlive("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    EXPECT_FALSE(keepAlive("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n"));
    EXPECT_FALSE(keepAlive("GET / HTTP/1.0\r\n\r\n"));
    EXPECT_TRUE(keepAlive("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
}

struct TargetCase {
    const char *target;
    const char *path; // nullptr: refused
};

void PrintTo(const TargetCase &c, std::ostream *out) {
    *out << c.target;
}

class Targets : public ::testing::TestWithParam<TargetCase> {};

TEST_P(Targets, DecodeOrRefuse) {
    const TargetCase &c = GetParam();
    if (c.path == nullptr) {
        EXPECT_THROW(parseRequestTarget(c.target), Refusal) << c.target;
        return;
    }
    EXPECT_EQ(parseRequestTarget(c.target).path, QString::fromUtf8(c.path)) << c.target;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Targets,
    ::testing::Values(TargetCase{"/api/v1/info", "/api/v1/info"},
                      TargetCase{"/a%20b?x=%2F", "/a b"}, TargetCase{"/caf%C3%A9", "/café"},
                      TargetCase{"/a%", nullptr}, TargetCase{"/a%2", nullptr},
                      TargetCase{"/a%zz", nullptr}, TargetCase{"/a%00", nullptr},
                      TargetCase{"/a%0d%0a", nullptr}, TargetCase{"/a%2fb", nullptr},
                      TargetCase{"/a%ff", nullptr}, TargetCase{"?x=1", nullptr}));

TEST(Targets, KeepTheQuery) {
    const RequestTarget target = parseRequestTarget("/api/v1/changes?cursor=abc&limit=5");
    EXPECT_EQ(target.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
}

TEST(IntegerParam, OnlyCanonicalDecimals) {
    EXPECT_EQ(integerParam(QStringLiteral("0"), "id"), 0);
    EXPECT_EQ(integerParam(QStringLiteral("42"), "id"), 42);
    EXPECT_EQ(integerParam(QStringLiteral("999999999999999999"), "id"), 999999999999999999);
    for (const char *text :
         {"", "+1", "01", "00", "-1", "1 ", " 1", "0x10", "1e3", "1,2", "١", "9999999999999999999"})
        EXPECT_THROW(integerParam(QString::fromUtf8(text), "id"), Refusal) << text;
}

} // namespace
