// The change-notice channel as the client reads what the server sends (src/live): the answer to
// the opening request (readOpeningAnswer), then the frames after it (FrameReader), each whole
// text message read as a notice (parseNotice), and a refusal's problem document as the channel
// reads it (bodyOf). The first byte chooses how the rest is cut into the pieces a socket would
// deliver; the rest is what the server sent, for the key of RFC 6455's example. Checked: what
// each promises, and that the pieces change nothing.

#include "src/api/api_error.h"
#include "src/api/api_exchange.h"
#include "src/live/notice_message.h"
#include "src/live/websocket_frames.h"
#include "tests/fuzz/client_checks.h"
#include "tests/fuzz/fuzz_target.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdint>

using namespace vaultlink;
using namespace vaultlink::websocket;

namespace {

const QByteArray kKey = "dGhlIHNhbXBsZSBub25jZQ==";

// Piece sizes from the first byte: 0 is all at once; otherwise a short pseudo-random series,
// up to 1 + (byte & 0x3F) bytes a piece, or up to 4 KiB with the top bit set.
class Pieces {
public:
    explicit Pieces(std::uint8_t selector)
        : m_state(selector)
        , m_limit(selector == 0            ? 0
                  : (selector & 0x80) != 0 ? 4096u
                                           : 1u + (selector & 0x3Fu)) {}

    qsizetype next(qsizetype left) {
        if (m_limit == 0)
            return left;
        m_state = m_state * 1103515245u + 12345u;
        const auto size = static_cast<qsizetype>(1 + (m_state >> 16) % m_limit);
        return std::min(size, left);
    }

private:
    std::uint32_t m_state;
    std::uint32_t m_limit;
};

// RFC 3629 §4, written here rather than asking Qt: the shortest form only, no surrogates,
// nothing above U+10FFFF.
bool isUtf8(const QByteArray &text) {
    const auto at = [&text](qsizetype i) { return static_cast<std::uint8_t>(text[i]); };
    const auto tail = [&](qsizetype i) { return i < text.size() && (at(i) & 0xC0) == 0x80; };
    for (qsizetype i = 0; i < text.size();) {
        const std::uint8_t lead = at(i);
        if (lead < 0x80) {
            i += 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            if (!tail(i + 1))
                return false;
            i += 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            if (!tail(i + 1) || !tail(i + 2))
                return false;
            const std::uint8_t second = at(i + 1);
            if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F))
                return false; // overlong, or a surrogate
            i += 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            if (!tail(i + 1) || !tail(i + 2) || !tail(i + 3))
                return false;
            const std::uint8_t second = at(i + 1);
            if ((lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
                return false; // overlong, or above U+10FFFF
            i += 4;
        } else {
            return false;
        }
    }
    return true;
}

bool isControl(Opcode opcode) {
    return opcode == Opcode::Close || opcode == Opcode::Ping || opcode == Opcode::Pong;
}

void checkNotice(const QByteArray &payload) {
    const std::optional<Notice> notice = parseNotice(payload);
    if (!notice)
        return;
    // Only a JSON object of a known type is a notice, and it says what the object says.
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    VAULTLINK_FUZZ_CHECK(document.isObject());
    const QJsonObject object = document.object();
    const QString type = object.value(QLatin1String("type")).toString();
    switch (notice->type) {
    case Notice::Type::Error:
        VAULTLINK_FUZZ_CHECK(type == QLatin1String("error"));
        VAULTLINK_FUZZ_CHECK(!notice->code.isEmpty());
        VAULTLINK_FUZZ_CHECK(notice->code == object.value(QLatin1String("code")).toString());
        break;
    case Notice::Type::Hello:
    case Notice::Type::Changed:
        VAULTLINK_FUZZ_CHECK(
            type == QLatin1String(notice->type == Notice::Type::Hello ? "hello" : "changed"));
        VAULTLINK_FUZZ_CHECK(notice->sequence >= 0);
        VAULTLINK_FUZZ_CHECK(object.value(QLatin1String("sequence")).toDouble() ==
                             static_cast<double>(notice->sequence));
        VAULTLINK_FUZZ_CHECK(object.value(QLatin1String("database")).toDouble() ==
                             static_cast<double>(notice->database));
        break;
    }
}

struct Read {
    QList<FrameReader::Message> messages;
    QString error;
};

void checkFrameMessage(const FrameReader::Message &message) {
    VAULTLINK_FUZZ_CHECK(message.opcode != Opcode::Continuation);
    VAULTLINK_FUZZ_CHECK(message.payload.size() <= FrameReader::kMaxMessage);
    if (isControl(message.opcode))
        VAULTLINK_FUZZ_CHECK(message.payload.size() <= 125);
    if (message.opcode == Opcode::Text) {
        VAULTLINK_FUZZ_CHECK(isUtf8(message.payload));
        checkNotice(message.payload);
    }
}

// Takes what the reader has, and checks that a broken stream stays broken.
void drain(FrameReader &reader, Read &read) {
    while (const std::optional<FrameReader::Message> message = reader.next()) {
        VAULTLINK_FUZZ_CHECK(reader.error().isEmpty());
        checkFrameMessage(*message);
        read.messages.append(*message);
    }
    if (!read.error.isEmpty())
        VAULTLINK_FUZZ_CHECK(reader.error() == read.error); // set once, never changed
    read.error = reader.error();
    if (!read.error.isEmpty())
        VAULTLINK_FUZZ_CHECK(!reader.next());
}

void checkRefusal(const OpeningAnswer &answer) {
    HttpResponse response;
    response.status = answer.status;
    response.headers = answer.headers;
    response.body = answer.body;
    try {
        (void)bodyOf(response, QStringLiteral("the change-notice channel"), 101);
        VAULTLINK_FUZZ_CHECK(false); // a status other than 101 is never the answer expected
    } catch (const ApiError &error) {
        if (error.kind() == ApiError::Kind::Refusal)
            VAULTLINK_FUZZ_CHECK(!error.code().isEmpty());
        fuzz::checkMessage(error.message());
    }
}

bool sameAnswer(const OpeningAnswer &a, const OpeningAnswer &b) {
    return a.state == b.state && a.status == b.status && a.consumed == b.consumed &&
           a.body == b.body && a.headers == b.headers && a.problem == b.problem;
}

} // namespace

VAULTLINK_FUZZ_TARGET(notice_channel) {
    fuzz::InputReader input(data, size);
    Pieces pieces(input.byte());
    const QByteArray stream = input.rest();

    // The opening answer, read again with each piece as the channel does.
    QByteArray received;
    qsizetype pos = 0;
    OpeningAnswer answer;
    while (pos < stream.size()) {
        const qsizetype piece = pieces.next(stream.size() - pos);
        received.append(stream.sliced(pos, piece));
        pos += piece;
        answer = readOpeningAnswer(received, kKey);
        VAULTLINK_FUZZ_CHECK(answer.consumed >= 0 && answer.consumed <= received.size());
        if (answer.state != OpeningAnswer::State::Incomplete)
            break;
        VAULTLINK_FUZZ_CHECK(answer.consumed == 0);
    }
    // The pieces change nothing: the whole stream is read as its first answering part was.
    const OpeningAnswer whole = readOpeningAnswer(stream, kKey);
    VAULTLINK_FUZZ_CHECK(sameAnswer(whole, answer));

    switch (answer.state) {
    case OpeningAnswer::State::Incomplete:
        return;
    case OpeningAnswer::State::Malformed:
        VAULTLINK_FUZZ_CHECK(!answer.problem.isEmpty());
        VAULTLINK_FUZZ_CHECK(answer.consumed == 0);
        return;
    case OpeningAnswer::State::Refused:
        VAULTLINK_FUZZ_CHECK(answer.status != 101 && answer.status >= 100 && answer.status <= 599);
        VAULTLINK_FUZZ_CHECK(answer.body.size() <= 64 * 1024);
        VAULTLINK_FUZZ_CHECK(received.sliced(answer.consumed - answer.body.size(),
                                             answer.body.size()) == answer.body);
        checkRefusal(answer);
        return;
    case OpeningAnswer::State::Upgraded:
        VAULTLINK_FUZZ_CHECK(answer.status == 101);
        VAULTLINK_FUZZ_CHECK(answer.headers.value("sec-websocket-accept") == acceptFor(kKey));
        VAULTLINK_FUZZ_CHECK(
            answer.headers.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0);
        VAULTLINK_FUZZ_CHECK(answer.consumed == received.indexOf("\r\n\r\n") + 4);
        VAULTLINK_FUZZ_CHECK(answer.body.isEmpty());
        break;
    }

    // The frames after it: in pieces, the first being what came with the answer, and at once.
    FrameReader inPieces;
    Read piecewise;
    inPieces.feed(QByteArrayView(received).sliced(answer.consumed));
    drain(inPieces, piecewise);
    while (pos < stream.size()) {
        const qsizetype piece = pieces.next(stream.size() - pos);
        inPieces.feed(QByteArrayView(stream).sliced(pos, piece));
        pos += piece;
        drain(inPieces, piecewise);
    }
    FrameReader atOnce;
    Read together;
    atOnce.feed(QByteArrayView(stream).sliced(answer.consumed));
    drain(atOnce, together);
    VAULTLINK_FUZZ_CHECK(piecewise.error == together.error);
    VAULTLINK_FUZZ_CHECK(piecewise.messages.size() == together.messages.size());
    for (qsizetype i = 0; i < together.messages.size(); ++i) {
        VAULTLINK_FUZZ_CHECK(piecewise.messages[i].opcode == together.messages[i].opcode);
        VAULTLINK_FUZZ_CHECK(piecewise.messages[i].payload == together.messages[i].payload);
    }
    // Nothing is read after an error, whatever arrives.
    if (!together.error.isEmpty()) {
        atOnce.feed(QByteArray("\x81\x02{}", 4));
        VAULTLINK_FUZZ_CHECK(!atOnce.next());
        VAULTLINK_FUZZ_CHECK(atOnce.error() == together.error);
    }
}
