#include "src/live/websocket_frames.h"

#include <gtest/gtest.h>

#include <array>
#include <optional>

using namespace vaultlink;
using namespace vaultlink::websocket;

namespace {

// RFC 6455 §1.3's own example.
const QByteArray kKey = "dGhlIHNhbXBsZSBub25jZQ==";
const QByteArray kAccept = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

// ----------------------------------------------------------------------------------------------
// The opening request.

struct Request {
    const char *name;
    const char *host;
    int port;
    const char *path;
    const char *bearer;
    const char *expected;
};
void PrintTo(const Request &row, std::ostream *os) {
    *os << row.name;
}

class OpeningRequest : public testing::TestWithParam<Request> {};

TEST_P(OpeningRequest, IsExactlyTheseBytes) {
    const Request &row = GetParam();
    EXPECT_EQ(openingRequest(QString::fromUtf8(row.host), row.port, row.path, kKey,
                             QString::fromUtf8(row.bearer)),
              QByteArray(row.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Table, OpeningRequest,
    testing::Values(Request{"Name", "vault.example", 443, "/api/v1/notices", "access-1",
                            "GET /api/v1/notices HTTP/1.1\r\n"
                            "Host: vault.example:443\r\n"
                            "Upgrade: websocket\r\n"
                            "Connection: Upgrade\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\n"
                            "Authorization: Bearer access-1\r\n"
                            "\r\n"},
                    Request{"IPv4WithPrefix", "127.0.0.1", 8443, "/vault/api/v1/notices", "t",
                            "GET /vault/api/v1/notices HTTP/1.1\r\n"
                            "Host: 127.0.0.1:8443\r\n"
                            "Upgrade: websocket\r\n"
                            "Connection: Upgrade\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\n"
                            "Authorization: Bearer t\r\n"
                            "\r\n"},
                    // An IPv6 literal is bracketed in Host (RFC 9110 §7.2).
                    Request{"IPv6", "::1", 8443, "/api/v1/notices", "access-2",
                            "GET /api/v1/notices HTTP/1.1\r\n"
                            "Host: [::1]:8443\r\n"
                            "Upgrade: websocket\r\n"
                            "Connection: Upgrade\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\n"
                            "Authorization: Bearer access-2\r\n"
                            "\r\n"},
                    Request{"IPv6Long", "2001:db8::7", 443, "/api/v1/notices", "x",
                            "GET /api/v1/notices HTTP/1.1\r\n"
                            "Host: [2001:db8::7]:443\r\n"
                            "Upgrade: websocket\r\n"
                            "Connection: Upgrade\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\n"
                            "Authorization: Bearer x\r\n"
                            "\r\n"}),
    [](const testing::TestParamInfo<Request> &named) { return std::string(named.param.name); });

TEST(AcceptFor, GivesRfc6455sOwnExample) {
    EXPECT_EQ(acceptFor(kKey), kAccept);
    EXPECT_NE(acceptFor("AQIDBAUGBwgJCgsMDQ4PEA=="), kAccept);
}

// ----------------------------------------------------------------------------------------------
// The server's answer to it.

const QByteArray kUpgraded = "HTTP/1.1 101 Switching Protocols\r\n"
                             "Upgrade: websocket\r\n"
                             "Connection: Upgrade\r\n"
                             "Sec-WebSocket-Accept: " +
                             kAccept + "\r\n\r\n";
const QByteArray kProblem =
    R"({"type":"about:blank","title":"Unauthorized","code":"token-invalid"})";
const QByteArray kRefusal = "HTTP/1.1 401 Unauthorized\r\n"
                            "Content-Type: application/problem+json\r\n"
                            "Content-Length: " +
                            QByteArray::number(kProblem.size()) + "\r\n\r\n" + kProblem;

struct Answer {
    const char *name;
    QByteArray received;
    OpeningAnswer::State state;
    int status;          // Upgraded and Refused
    qsizetype consumed;  // Upgraded and Refused
    QByteArray body;     // Refused
    const char *problem; // Malformed: part of the problem
};
void PrintTo(const Answer &row, std::ostream *os) {
    *os << row.name;
}

Answer upgraded(const char *name, const QByteArray &head, const QByteArray &after = {}) {
    return {name, head + after, OpeningAnswer::State::Upgraded, 101, head.size(), {}, ""};
}
Answer refused(const char *name, const QByteArray &head, const QByteArray &body, int status,
               const QByteArray &after = {}) {
    return {name,   head + body + after,       OpeningAnswer::State::Refused,
            status, head.size() + body.size(), body,
            ""};
}
Answer malformed(const char *name, const QByteArray &received, const char *problem) {
    return {name, received, OpeningAnswer::State::Malformed, 0, 0, {}, problem};
}
Answer incomplete(const char *name, const QByteArray &received) {
    return {name, received, OpeningAnswer::State::Incomplete, 0, 0, {}, ""};
}

QByteArray switching(const QByteArray &headers) {
    return "HTTP/1.1 101 Switching Protocols\r\n" + headers + "\r\n";
}

class ReadOpeningAnswer : public testing::TestWithParam<Answer> {};

TEST_P(ReadOpeningAnswer, ReadsItAsTheTableSays) {
    const Answer &row = GetParam();
    const OpeningAnswer answer = readOpeningAnswer(row.received, kKey);
    ASSERT_EQ(answer.state, row.state) << answer.problem.toStdString();
    switch (row.state) {
    case OpeningAnswer::State::Upgraded:
    case OpeningAnswer::State::Refused:
        EXPECT_EQ(answer.status, row.status);
        EXPECT_EQ(answer.consumed, row.consumed);
        EXPECT_EQ(answer.body, row.body);
        EXPECT_TRUE(answer.problem.isEmpty());
        break;
    case OpeningAnswer::State::Malformed:
        EXPECT_TRUE(answer.problem.contains(QLatin1String(row.problem)))
            << answer.problem.toStdString();
        EXPECT_EQ(answer.consumed, 0);
        break;
    case OpeningAnswer::State::Incomplete:
        EXPECT_EQ(answer.consumed, 0);
        break;
    }
}

const QByteArray kFrames = QByteArray("\x81\x05hello\x89\x00", 9);

INSTANTIATE_TEST_SUITE_P(
    Table, ReadOpeningAnswer,
    testing::Values(
        upgraded("Upgraded", kUpgraded),
        // The frames that follow in the same read are not the answer's.
        upgraded("UpgradedThenFrames", kUpgraded, kFrames),
        upgraded("HeaderNamesAndValuesInAnyCase",
                 switching("upgrade: WebSocket\r\nCONNECTION: upgrade\r\nsec-websocket-accept: " +
                           kAccept + "\r\n")),
        upgraded("ConnectionWithSeveralTokens",
                 switching("Upgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
                           "Sec-WebSocket-Accept: " +
                           kAccept + "\r\n")),
        upgraded("ConnectionTokensWithoutSpaces",
                 switching("Upgrade: websocket\r\nConnection: Upgrade,keep-alive\r\n"
                           "Sec-WebSocket-Accept: " +
                           kAccept + "\r\n")),
        upgraded("OtherHeadersToo",
                 switching("Server: vaultlink\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Accept: " +
                           kAccept + "\r\nX-Empty:\r\n")),
        malformed("WrongAccept",
                  switching("Upgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Accept: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\n"),
                  "Sec-WebSocket-Accept is wrong"),
        malformed("AcceptOfAnotherKey",
                  switching("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " +
                            acceptFor("AQIDBAUGBwgJCgsMDQ4PEA==") + "\r\n"),
                  "Sec-WebSocket-Accept is wrong"),
        malformed("AcceptMissing", switching("Upgrade: websocket\r\nConnection: Upgrade\r\n"),
                  "Sec-WebSocket-Accept is wrong"),
        malformed("UpgradeMissing",
                  switching("Connection: Upgrade\r\nSec-WebSocket-Accept: " + kAccept + "\r\n"),
                  "switched to another protocol"),
        malformed("UpgradeToAnotherProtocol",
                  switching("Upgrade: h2c\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " +
                            kAccept + "\r\n"),
                  "switched to another protocol"),
        malformed("ConnectionMissing",
                  switching("Upgrade: websocket\r\nSec-WebSocket-Accept: " + kAccept + "\r\n"),
                  "switched to another protocol"),
        malformed("ConnectionWithoutUpgrade",
                  switching("Upgrade: websocket\r\nConnection: keep-alive, Upgraded\r\n"
                            "Sec-WebSocket-Accept: " +
                            kAccept + "\r\n"),
                  "switched to another protocol"),
        refused("ProblemDocument",
                "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/problem+json\r\n"
                "Content-Length: " +
                    QByteArray::number(kProblem.size()) + "\r\n\r\n",
                kProblem, 401),
        // Whatever follows the body is not the answer's.
        refused("ProblemDocumentThenMore", "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n",
                "{}", 404, "junk"),
        refused("NoContentLengthNoBody", "HTTP/1.1 404 Not Found\r\n\r\n", {}, 404, "{}"),
        refused("EmptyBody", "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n", {},
                503),
        refused("TheLargestBody", "HTTP/1.1 400 Bad Request\r\nContent-Length: 65536\r\n\r\n",
                QByteArray(64 * 1024, 'x'), 400),
        incomplete("Nothing", {}),
        incomplete("HeadCutShort", "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"),
        incomplete("HeadCutInItsEnd", kUpgraded.chopped(1)),
        incomplete("BodyCutShort", kRefusal.chopped(1)),
        incomplete("BodyNotBegun", kRefusal.first(kRefusal.indexOf("\r\n\r\n") + 4)),
        malformed("HeadOver16KiBUnfinished", "HTTP/1.1 200 OK\r\nX: " + QByteArray(17000, 'a'),
                  "head is over 16 KiB"),
        malformed("HeadOver16KiB", "HTTP/1.1 200 OK\r\nX: " + QByteArray(17000, 'a') + "\r\n\r\n",
                  "head is over 16 KiB"),
        malformed("BodyOver64KiB", "HTTP/1.1 400 Bad Request\r\nContent-Length: 65537\r\n\r\n",
                  "body is over 64 KiB"),
        malformed("ContentLengthNotANumber",
                  "HTTP/1.1 400 Bad Request\r\nContent-Length: ten\r\n\r\n",
                  "Content-Length cannot be read"),
        malformed("ContentLengthNegative", "HTTP/1.1 400 Bad Request\r\nContent-Length: -1\r\n\r\n",
                  "Content-Length cannot be read"),
        malformed("StatusLineGarbage", "garbage\r\n\r\n", "status line cannot be read"),
        malformed("StatusLineHttp10", "HTTP/1.0 101 Switching Protocols\r\n\r\n",
                  "status line cannot be read"),
        malformed("StatusNotANumber", "HTTP/1.1 abc OK\r\n\r\n", "status line cannot be read"),
        malformed("StatusOfFourDigits", "HTTP/1.1 1010 OK\r\n\r\n", "status line cannot be read"),
        malformed("StatusOutOfRange", "HTTP/1.1 600 OK\r\n\r\n", "status line cannot be read"),
        malformed("StatusMissing", "HTTP/1.1\r\n\r\n", "status line cannot be read"),
        malformed("HeaderWithoutColon", "HTTP/1.1 101 Switching Protocols\r\nUpgrade\r\n\r\n",
                  "header of the answer cannot be read"),
        malformed("HeaderWithoutName", "HTTP/1.1 404 Not Found\r\n: value\r\n\r\n",
                  "header of the answer cannot be read")),
    [](const testing::TestParamInfo<Answer> &named) { return std::string(named.param.name); });

TEST(ReadOpeningAnswerRefusal, KeepsTheProblemDocumentAndItsHeaders) {
    const OpeningAnswer answer = readOpeningAnswer(kRefusal, kKey);
    ASSERT_EQ(answer.state, OpeningAnswer::State::Refused);
    EXPECT_EQ(answer.status, 401);
    EXPECT_EQ(answer.body, kProblem);
    EXPECT_EQ(answer.headers.value("content-type"), "application/problem+json");
    EXPECT_EQ(answer.headers.value("content-length"), QByteArray::number(kProblem.size()));
    EXPECT_EQ(answer.consumed, kRefusal.size());
}

// The answer arriving piece by piece: incomplete until its last byte, then the same answer as
// in one piece, whatever follows.
TEST(ReadOpeningAnswerRefusal, IsIncompleteUntilContentLengthHasArrived) {
    for (qsizetype n = 0; n < kRefusal.size(); ++n)
        ASSERT_EQ(readOpeningAnswer(kRefusal.first(n), kKey).state,
                  OpeningAnswer::State::Incomplete)
            << n << " bytes";
    EXPECT_EQ(readOpeningAnswer(kRefusal, kKey).state, OpeningAnswer::State::Refused);
}

TEST(ReadOpeningAnswerUpgrade, IsIncompleteUntilTheHeadHasEnded) {
    const QByteArray received = kUpgraded + kFrames;
    for (qsizetype n = 0; n < kUpgraded.size(); ++n)
        ASSERT_EQ(readOpeningAnswer(received.first(n), kKey).state,
                  OpeningAnswer::State::Incomplete)
            << n << " bytes";
    for (qsizetype n = kUpgraded.size(); n <= received.size(); ++n) {
        const OpeningAnswer answer = readOpeningAnswer(received.first(n), kKey);
        ASSERT_EQ(answer.state, OpeningAnswer::State::Upgraded) << n << " bytes";
        EXPECT_EQ(answer.consumed, kUpgraded.size());
    }
}

// A head just within the limit is read whichever way it arrives: the reading of a part must not
// refuse what the whole is allowed to be.
TEST(ReadOpeningAnswerLimits, AHeadOfExactly16KiBIsReadInAnyPieces) {
    const QByteArray start = "HTTP/1.1 404 Not Found\r\nX-Padding: ";
    const QByteArray head = start + QByteArray(16 * 1024 - start.size(), 'p');
    ASSERT_EQ(head.size(), 16 * 1024);
    const QByteArray whole = head + "\r\n\r\n";
    EXPECT_EQ(readOpeningAnswer(whole, kKey).state, OpeningAnswer::State::Refused);
    for (qsizetype n = head.size() - 2; n < whole.size(); ++n)
        EXPECT_EQ(readOpeningAnswer(whole.first(n), kKey).state, OpeningAnswer::State::Incomplete)
            << n << " bytes";
    // One byte more is over the limit, and said so as soon as it cannot be anything else.
    const QByteArray over = head + "q\r\n\r\n";
    EXPECT_EQ(readOpeningAnswer(over, kKey).state, OpeningAnswer::State::Malformed);
    EXPECT_EQ(readOpeningAnswer(over.first(head.size() + 4), kKey).state,
              OpeningAnswer::State::Malformed);
}

// ----------------------------------------------------------------------------------------------
// The client's frames, read back here independently of the code that wrote them (§5.2).

struct Decoded {
    bool fin = false;
    quint8 rsv = 0;
    quint8 opcode = 0;
    bool masked = false;
    int lengthForm = 0; // 7, 16 or 64 bits
    quint64 length = 0;
    std::array<quint8, 4> mask{};
    QByteArray payload; // unmasked
    qsizetype size = 0; // of the whole frame
};

std::optional<Decoded> decodeClientFrame(const QByteArray &frame) {
    const auto at = [&frame](qsizetype i) { return static_cast<quint8>(frame.at(i)); };
    if (frame.size() < 2)
        return std::nullopt;
    Decoded d;
    d.fin = (at(0) & 0x80) != 0;
    d.rsv = static_cast<quint8>((at(0) >> 4) & 0x7);
    d.opcode = at(0) & 0x0F;
    d.masked = (at(1) & 0x80) != 0;
    qsizetype pos = 2;
    const quint8 seven = at(1) & 0x7F;
    if (seven < 126) {
        d.lengthForm = 7;
        d.length = seven;
    } else {
        const int bytes = seven == 126 ? 2 : 8;
        d.lengthForm = seven == 126 ? 16 : 64;
        if (frame.size() < pos + bytes)
            return std::nullopt;
        for (int i = 0; i < bytes; ++i)
            d.length = d.length * 256 + at(pos++);
    }
    if (d.masked) {
        if (frame.size() < pos + 4)
            return std::nullopt;
        for (std::size_t i = 0; i < 4; ++i)
            d.mask[i] = at(pos++);
    }
    if (static_cast<quint64>(frame.size() - pos) < d.length)
        return std::nullopt;
    for (quint64 i = 0; i < d.length; ++i)
        d.payload.append(static_cast<char>(at(pos++) ^ (d.masked ? d.mask[i % 4] : 0)));
    d.size = pos;
    return d;
}

struct ClientFrameRow {
    const char *name;
    Opcode opcode;
    qsizetype size;
    int lengthForm;
};
void PrintTo(const ClientFrameRow &row, std::ostream *os) {
    *os << row.name;
}

class ClientFrame : public testing::TestWithParam<ClientFrameRow> {};

TEST_P(ClientFrame, IsFinalMaskedAndReadsBack) {
    const ClientFrameRow &row = GetParam();
    QByteArray payload(row.size, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = static_cast<char>((i * 7 + 3) & 0xFF);
    const std::array<quint8, 4> mask{0x37, 0xFA, 0x21, 0x3D};
    const QByteArray frame = clientFrame(row.opcode, payload, mask);

    const std::optional<Decoded> d = decodeClientFrame(frame);
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->size, frame.size()) << "nothing after the payload";
    EXPECT_TRUE(d->fin);
    EXPECT_EQ(d->rsv, 0);
    EXPECT_EQ(d->opcode, static_cast<quint8>(row.opcode));
    EXPECT_TRUE(d->masked);
    EXPECT_EQ(d->lengthForm, row.lengthForm) << "the shortest form (§5.2)";
    EXPECT_EQ(d->length, static_cast<quint64>(row.size));
    EXPECT_EQ(d->mask, mask);
    EXPECT_EQ(d->payload, payload);
    if (row.size > 0) { // the payload is not sent as it is
        EXPECT_NE(frame.right(row.size), payload);
    }
}

INSTANTIATE_TEST_SUITE_P(Table, ClientFrame,
                         testing::Values(ClientFrameRow{"EmptyPing", Opcode::Ping, 0, 7},
                                         ClientFrameRow{"OneByte", Opcode::Text, 1, 7},
                                         ClientFrameRow{"Close", Opcode::Close, 2, 7},
                                         ClientFrameRow{"Pong125", Opcode::Pong, 125, 7},
                                         ClientFrameRow{"Text126", Opcode::Text, 126, 16},
                                         ClientFrameRow{"Binary127", Opcode::Binary, 127, 16},
                                         ClientFrameRow{"Text65535", Opcode::Text, 65535, 16},
                                         ClientFrameRow{"Binary65536", Opcode::Binary, 65536, 64},
                                         ClientFrameRow{"Text70000", Opcode::Text, 70000, 64}),
                         [](const testing::TestParamInfo<ClientFrameRow> &named) {
                             return std::string(named.param.name);
                         });

TEST(ClientFrameBytes, AMaskedPingIsTheseBytes) {
    // §5.7's example: a masked "Hello" with the key 37 fa 21 3d.
    EXPECT_EQ(clientFrame(Opcode::Text, "Hello", {0x37, 0xfa, 0x21, 0x3d}),
              QByteArray::fromHex("818537fa213d7f9f4d5158"));
    EXPECT_EQ(clientFrame(Opcode::Ping, "", {1, 2, 3, 4}), QByteArray::fromHex("898001020304"));
}

TEST(ClosePayload, IsTheCodeThenTheReason) {
    EXPECT_EQ(closePayload(1000), QByteArray::fromHex("03e8"));
    EXPECT_EQ(closePayload(1008, "bye"), QByteArray::fromHex("03f0") + "bye");
    // At most 125 bytes, to fit a control frame.
    EXPECT_EQ(closePayload(1000, QByteArray(200, 'r')).size(), 125);
}

// ----------------------------------------------------------------------------------------------
// The server's frames, written here byte by byte.

QByteArray frame(quint8 first, const QByteArray &payload, int lengthForm = 0) {
    QByteArray out;
    out.append(static_cast<char>(first));
    const auto size = static_cast<quint64>(payload.size());
    const int form = lengthForm != 0 ? lengthForm : size < 126 ? 7 : size <= 0xFFFF ? 16 : 64;
    if (form == 7) {
        out.append(static_cast<char>(size));
    } else if (form == 16) {
        out.append('\x7E');
        out.append(static_cast<char>(size >> 8));
        out.append(static_cast<char>(size & 0xFF));
    } else {
        out.append('\x7F');
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(static_cast<char>((size >> shift) & 0xFF));
    }
    return out + payload;
}
constexpr quint8 kFin = 0x80;
QByteArray text(const QByteArray &payload) {
    return frame(kFin | 0x1, payload);
}
QByteArray binary(const QByteArray &payload) {
    return frame(kFin | 0x2, payload);
}
QByteArray ping(const QByteArray &payload) {
    return frame(kFin | 0x9, payload);
}
QByteArray pong(const QByteArray &payload) {
    return frame(kFin | 0xA, payload);
}
QByteArray closeFrame(const QByteArray &payload) {
    return frame(kFin | 0x8, payload);
}
QByteArray bytes(std::initializer_list<int> values) {
    QByteArray out;
    for (const int value : values)
        out.append(static_cast<char>(value));
    return out;
}

using Messages = QList<FrameReader::Message>;

Messages readAll(FrameReader &reader) {
    Messages messages;
    while (const std::optional<FrameReader::Message> message = reader.next())
        messages.append(*message);
    return messages;
}

} // namespace

namespace vaultlink::websocket {
bool operator==(const FrameReader::Message &a, const FrameReader::Message &b) {
    return a.opcode == b.opcode && a.payload == b.payload;
}
void PrintTo(const FrameReader::Message &m, std::ostream *os) {
    *os << "{opcode " << static_cast<int>(m.opcode) << ", " << m.payload.size()
        << " bytes: " << m.payload.left(40).toStdString() << "}";
}
} // namespace vaultlink::websocket

namespace {

struct Accepted {
    const char *name;
    QByteArray stream;
    Messages messages;
};
void PrintTo(const Accepted &row, std::ostream *os) {
    *os << row.name;
}

class FrameReaderAccepts : public testing::TestWithParam<Accepted> {};

TEST_P(FrameReaderAccepts, GivesTheseMessagesInOnePieceOrByteByByte) {
    const Accepted &row = GetParam();
    FrameReader whole;
    whole.feed(row.stream);
    EXPECT_EQ(readAll(whole), row.messages);
    EXPECT_TRUE(whole.error().isEmpty()) << whole.error().toStdString();

    FrameReader bytewise;
    Messages messages;
    for (qsizetype i = 0; i < row.stream.size(); ++i) {
        bytewise.feed(row.stream.sliced(i, 1));
        messages += readAll(bytewise);
    }
    EXPECT_EQ(messages, row.messages);
    EXPECT_TRUE(bytewise.error().isEmpty()) << bytewise.error().toStdString();
}

const QByteArray kNotice = R"({"type":"changed","database":1,"sequence":89})";

INSTANTIATE_TEST_SUITE_P(
    Table, FrameReaderAccepts,
    testing::Values(
        Accepted{"Nothing", {}, {}}, Accepted{"OneText", text(kNotice), {{Opcode::Text, kNotice}}},
        Accepted{"EmptyText", text({}), {{Opcode::Text, {}}}},
        Accepted{"Binary",
                 binary(bytes({0xFF, 0x00, 0xC3})),
                 {{Opcode::Binary, bytes({0xFF, 0x00, 0xC3})}}},
        Accepted{"Controls",
                 ping("p") + pong("q") + closeFrame(bytes({0x03, 0xE8}) + "bye"),
                 {{Opcode::Ping, "p"},
                  {Opcode::Pong, "q"},
                  {Opcode::Close, "\x03\xE8"
                                  "bye"}}},
        Accepted{"Control125", ping(QByteArray(125, 'c')), {{Opcode::Ping, QByteArray(125, 'c')}}},
        Accepted{"Length16", text(QByteArray(300, 'a')), {{Opcode::Text, QByteArray(300, 'a')}}},
        // Longer forms than needed are read too.
        Accepted{"ShortIn16Bits", frame(kFin | 0x1, "hi", 16), {{Opcode::Text, "hi"}}},
        Accepted{"ShortIn64Bits", frame(kFin | 0x1, "hi", 64), {{Opcode::Text, "hi"}}},
        Accepted{"Exactly64KiB",
                 binary(QByteArray(64 * 1024, 'b')),
                 {{Opcode::Binary, QByteArray(64 * 1024, 'b')}}},
        Accepted{"Fragmented",
                 frame(0x1, "hel") + frame(0x0, "lo ") + frame(kFin | 0x0, "world"),
                 {{Opcode::Text, "hello world"}}},
        Accepted{"FragmentedBinary",
                 frame(0x2, "ab") + frame(kFin | 0x0, "cd"),
                 {{Opcode::Binary, "abcd"}}},
        Accepted{"EmptyFragments",
                 frame(0x1, {}) + frame(0x0, {}) + frame(kFin | 0x0, {}),
                 {{Opcode::Text, {}}}},
        // A control frame may come between fragments, and comes out first.
        Accepted{"PingBetweenFragments",
                 frame(0x1, "hel") + ping("are you there") + frame(kFin | 0x0, "lo"),
                 {{Opcode::Ping, "are you there"}, {Opcode::Text, "hello"}}},
        // A character may be cut between fragments: the whole message is UTF-8.
        Accepted{"CharacterCutBetweenFragments",
                 frame(0x1, "\xE2\x82") + frame(kFin | 0x0, "\xAC"),
                 {{Opcode::Text, "\xE2\x82\xAC"}}},
        Accepted{"Utf8",
                 text("Gr\xC3\xBC\xC3\x9F"
                      "e \xF0\x9F\x94\x91"),
                 {{Opcode::Text, "Gr\xC3\xBC\xC3\x9F"
                                 "e \xF0\x9F\x94\x91"}}},
        Accepted{"Fragmented64KiB",
                 frame(0x2, QByteArray(64 * 1024 - 1, 'x')) + frame(kFin | 0x0, "y"),
                 {{Opcode::Binary, QByteArray(64 * 1024 - 1, 'x') + "y"}}},
        Accepted{
            "SeveralMessages",
            text("a") + ping({}) + text("b") + binary("c"),
            {{Opcode::Text, "a"}, {Opcode::Ping, {}}, {Opcode::Text, "b"}, {Opcode::Binary, "c"}}},
        Accepted{"TwoFragmentedMessages",
                 frame(0x1, "a") + frame(kFin | 0x0, "b") + frame(0x1, "c") +
                     frame(kFin | 0x0, "d"),
                 {{Opcode::Text, "ab"}, {Opcode::Text, "cd"}}}),
    [](const testing::TestParamInfo<Accepted> &named) { return std::string(named.param.name); });

TEST(FrameReaderPieces, WaitsForTheWholeFrameAndKeepsWhatFollows) {
    FrameReader reader;
    const QByteArray stream = text(QByteArray(200, 'a')) + text("b");
    reader.feed(stream.first(3)); // within the 16-bit length
    EXPECT_FALSE(reader.next());
    reader.feed(stream.sliced(3, 100));
    EXPECT_FALSE(reader.next());
    reader.feed(stream.sliced(103));
    EXPECT_EQ(readAll(reader),
              (Messages{{Opcode::Text, QByteArray(200, 'a')}, {Opcode::Text, "b"}}));
    EXPECT_TRUE(reader.error().isEmpty());
    EXPECT_FALSE(reader.next());
}

struct Refused {
    const char *name;
    QByteArray stream;
    const char *because; // part of error()
    Messages before;     // read before the refusal
};
void PrintTo(const Refused &row, std::ostream *os) {
    *os << row.name;
}

class FrameReaderRefuses : public testing::TestWithParam<Refused> {};

TEST_P(FrameReaderRefuses, SaysWhyAndReadsNothingMore) {
    const Refused &row = GetParam();
    FrameReader reader;
    reader.feed(row.stream);
    EXPECT_EQ(readAll(reader), row.before);
    EXPECT_TRUE(reader.error().contains(QLatin1String(row.because)))
        << reader.error().toStdString();
    const QString error = reader.error();
    reader.feed(text("after"));
    EXPECT_FALSE(reader.next());
    EXPECT_FALSE(reader.next());
    EXPECT_EQ(reader.error(), error);

    // The same, byte by byte: the same messages before, the same refusal, nothing after.
    FrameReader bytewise;
    Messages messages;
    for (qsizetype i = 0; i < row.stream.size(); ++i) {
        bytewise.feed(row.stream.sliced(i, 1));
        messages += readAll(bytewise);
    }
    EXPECT_EQ(messages, row.before);
    EXPECT_EQ(bytewise.error(), error);
    bytewise.feed(text("after"));
    EXPECT_FALSE(bytewise.next());
}

INSTANTIATE_TEST_SUITE_P(
    Table, FrameReaderRefuses,
    testing::Values(
        Refused{"Masked", bytes({0x81, 0x82, 1, 2, 3, 4}) + "ab", "masked", {}},
        Refused{"MaskedAfterAMessage",
                text("ok") + bytes({0x89, 0x80, 1, 2, 3, 4}),
                "masked",
                {{Opcode::Text, "ok"}}},
        Refused{"Rsv1", frame(kFin | 0x40 | 0x1, "x"), "reserved bits", {}},
        Refused{"Rsv2", frame(kFin | 0x20 | 0x1, "x"), "reserved bits", {}},
        Refused{"Rsv3", frame(kFin | 0x10 | 0x2, "x"), "reserved bits", {}},
        Refused{"Opcode3", frame(kFin | 0x3, "x"), "unknown opcode", {}},
        Refused{"Opcode7", frame(kFin | 0x7, "x"), "unknown opcode", {}},
        Refused{"OpcodeB", frame(kFin | 0xB, "x"), "unknown opcode", {}},
        Refused{"OpcodeF", frame(kFin | 0xF, "x"), "unknown opcode", {}},
        Refused{"FragmentedPing", frame(0x9, "x") + frame(kFin | 0x0, "y"), "control frame", {}},
        Refused{"FragmentedClose", frame(0x8, "x"), "control frame", {}},
        Refused{"Ping126", ping(QByteArray(126, 'p')), "over 125 bytes", {}},
        // Said from the length alone, before the payload arrives.
        Refused{"LongPongUnfinished",
                frame(kFin | 0xA, {}, 7).first(1) + bytes({0x7E, 0x01, 0x00}),
                "over 125 bytes",
                {}},
        Refused{"ContinuationOfNothing", frame(kFin | 0x0, "x"), "continues nothing", {}},
        Refused{"ContinuationAfterTheEnd",
                text("a") + frame(kFin | 0x0, "x"),
                "continues nothing",
                {{Opcode::Text, "a"}}},
        Refused{"NewMessageInsideFragmented", frame(0x1, "a") + text("b"), "new message", {}},
        Refused{"NewBinaryInsideFragmented",
                frame(0x1, "a") + ping({}) + frame(0x2, "b"),
                "new message",
                {{Opcode::Ping, {}}}},
        Refused{"Over64KiB", binary(QByteArray(64 * 1024 + 1, 'b')), "over 64 KiB", {}},
        // Said from the length alone, before the payload arrives.
        Refused{"Over64KiBUnfinished",
                binary(QByteArray(64 * 1024 + 1, 'b')).first(10),
                "over 64 KiB",
                {}},
        Refused{"Over64KiBInFragments",
                frame(0x2, QByteArray(40000, 'b')) + frame(kFin | 0x0, QByteArray(40000, 'b')),
                "over 64 KiB",
                {}},
        Refused{"TopLengthBit", bytes({0x82, 0x7F, 0x80, 0, 0, 0, 0, 0, 0, 1}), "top bit", {}},
        Refused{"TopLengthBitAllOnes",
                bytes({0x81, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}),
                "top bit",
                {}},
        Refused{"TextNotUtf8", text(bytes({0xC3, 0x28})), "not UTF-8", {}},
        Refused{"TextLatin1",
                text("Gr\xFC\xDF"
                     "e"),
                "not UTF-8",
                {}},
        Refused{"TextOverlong", text(bytes({0xC0, 0xAF})), "not UTF-8", {}},
        Refused{"TextSurrogate", text(bytes({0xED, 0xA0, 0x80})), "not UTF-8", {}},
        Refused{"TextBeyondUnicode", text(bytes({0xF4, 0x90, 0x80, 0x80})), "not UTF-8", {}},
        Refused{"TextCutShort", text(bytes({'a', 0xE2, 0x82})), "not UTF-8", {}},
        Refused{"TextBadInFragments",
                frame(0x1, "ok") + frame(kFin | 0x0, bytes({0xFF})),
                "not UTF-8",
                {}}),
    [](const testing::TestParamInfo<Refused> &named) { return std::string(named.param.name); });

} // namespace
