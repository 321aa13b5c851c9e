#include "src/live/websocket_frames.h"

#include <QCryptographicHash>
#include <QStringDecoder>

namespace vaultlink::websocket {

namespace {
constexpr qsizetype kMaxHead = qsizetype{16} * 1024;
constexpr qsizetype kMaxBody = qsizetype{64} * 1024;
constexpr QByteArrayView kGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

bool isControl(Opcode opcode) {
    return static_cast<quint8>(opcode) >= 0x8;
}

bool isKnown(quint8 opcode) {
    return opcode <= 0x2 || (opcode >= 0x8 && opcode <= 0xA);
}

bool isUtf8(const QByteArray &bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // decode() only describes the conversion; it runs when the result becomes a QString.
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

bool hasToken(const QByteArray &value, QByteArrayView token) {
    for (const QByteArray &part : value.split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

OpeningAnswer malformed(const QString &problem) {
    OpeningAnswer answer;
    answer.state = OpeningAnswer::State::Malformed;
    answer.problem = problem;
    return answer;
}
} // namespace

QByteArray openingRequest(const QString &host, int port, const QByteArray &path,
                          const QByteArray &key, const QString &bearer) {
    // An IPv6 literal is bracketed in Host (RFC 9110 §7.2).
    const QByteArray hostName = host.contains(QLatin1Char(':'))
                                    ? QByteArray("[") + host.toUtf8() + QByteArray("]")
                                    : host.toUtf8();
    return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: " + hostName + ':' +
           QByteArray::number(port) +
           "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key +
           "\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer " + bearer.toUtf8() + "\r\n\r\n";
}

QByteArray acceptFor(const QByteArray &key) {
    return QCryptographicHash::hash(key + kGuid.toByteArray(), QCryptographicHash::Sha1).toBase64();
}

OpeningAnswer readOpeningAnswer(QByteArrayView received, const QByteArray &key) {
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    // Without its end yet, the head is over the limit only once its end could no longer begin
    // within it: the last three bytes may be the first of "\r\n\r\n".
    if (headEnd < 0)
        return received.size() - 3 > kMaxHead
                   ? malformed(QStringLiteral("the answer's head is over 16 KiB"))
                   : OpeningAnswer{};
    if (headEnd > kMaxHead)
        return malformed(QStringLiteral("the answer's head is over 16 KiB"));
    const QList<QByteArray> lines = received.first(headEnd).toByteArray().split('\n');
    // "HTTP/1.1 101 Switching Protocols"
    const QByteArray statusLine = lines.first().trimmed();
    const QList<QByteArray> statusParts = statusLine.split(' ');
    bool numeric = false;
    const int status = statusParts.size() >= 2 ? statusParts[1].toInt(&numeric) : 0;
    if (!statusLine.startsWith("HTTP/1.1 ") || !numeric || status < 100 || status > 599 ||
        statusParts[1].size() != 3)
        return malformed(QStringLiteral("the answer's status line cannot be read"));
    OpeningAnswer answer;
    answer.status = status;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return malformed(QStringLiteral("a header of the answer cannot be read"));
        answer.headers.insert(line.first(colon).trimmed().toLower(),
                              line.sliced(colon + 1).trimmed());
    }
    const qsizetype bodyStart = headEnd + 4;
    if (status == 101) {
        if (answer.headers.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0 ||
            !hasToken(answer.headers.value("connection"), "upgrade"))
            return malformed(QStringLiteral("the server switched to another protocol"));
        if (answer.headers.value("sec-websocket-accept") != acceptFor(key))
            return malformed(QStringLiteral("the server's Sec-WebSocket-Accept is wrong"));
        answer.state = OpeningAnswer::State::Upgraded;
        answer.consumed = bodyStart;
        return answer;
    }
    // A refusal: its problem document, as long as Content-Length says (none: no body).
    qsizetype length = 0;
    if (answer.headers.contains("content-length")) {
        bool ok = false;
        length = answer.headers.value("content-length").toLongLong(&ok);
        if (!ok || length < 0)
            return malformed(QStringLiteral("the answer's Content-Length cannot be read"));
        if (length > kMaxBody)
            return malformed(QStringLiteral("the answer's body is over 64 KiB"));
    }
    if (received.size() - bodyStart < length)
        return OpeningAnswer{};
    answer.body = received.sliced(bodyStart, length).toByteArray();
    answer.consumed = bodyStart + length;
    answer.state = OpeningAnswer::State::Refused;
    return answer;
}

QByteArray clientFrame(Opcode opcode, QByteArrayView payload, const std::array<quint8, 4> &mask) {
    QByteArray frame;
    frame.append(static_cast<char>(0x80 | static_cast<quint8>(opcode)));
    const auto size = static_cast<quint64>(payload.size());
    if (size < 126) {
        frame.append(static_cast<char>(0x80 | size));
    } else if (size <= 0xFFFF) {
        frame.append(static_cast<char>(0x80 | 126));
        frame.append(static_cast<char>(size >> 8));
        frame.append(static_cast<char>(size & 0xFF));
    } else {
        frame.append(static_cast<char>(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(static_cast<char>((size >> shift) & 0xFF));
    }
    for (const quint8 byte : mask)
        frame.append(static_cast<char>(byte));
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(static_cast<char>(static_cast<quint8>(payload[i]) ^
                                       mask[static_cast<std::size_t>(i % 4)]));
    return frame;
}

QByteArray closePayload(quint16 code, const QByteArray &reason) {
    QByteArray payload;
    payload.append(static_cast<char>(code >> 8));
    payload.append(static_cast<char>(code & 0xFF));
    payload.append(reason.left(123));
    return payload;
}

void FrameReader::feed(QByteArrayView bytes) {
    if (m_error.isEmpty())
        m_buffer.append(bytes);
}

std::optional<FrameReader::Message> FrameReader::fail(const QString &why) {
    m_error = why;
    m_buffer.clear();
    m_fragments.clear();
    return std::nullopt;
}

std::optional<FrameReader::Message> FrameReader::next() {
    while (m_error.isEmpty()) {
        if (m_buffer.size() < 2)
            return std::nullopt;
        const auto first = static_cast<quint8>(m_buffer[0]);
        const auto second = static_cast<quint8>(m_buffer[1]);
        const bool fin = (first & 0x80) != 0;
        if ((first & 0x70) != 0)
            return fail(QStringLiteral("a frame sets reserved bits"));
        if (!isKnown(first & 0x0F))
            return fail(QStringLiteral("a frame has an unknown opcode"));
        const auto opcode = static_cast<Opcode>(first & 0x0F);
        if ((second & 0x80) != 0)
            return fail(QStringLiteral("the server masked a frame"));
        quint64 length = second & 0x7F;
        qsizetype header = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return std::nullopt;
            length = (static_cast<quint64>(static_cast<quint8>(m_buffer[2])) << 8) |
                     static_cast<quint8>(m_buffer[3]);
            header = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return std::nullopt;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | static_cast<quint8>(m_buffer[i]);
            if ((length >> 63) != 0)
                return fail(QStringLiteral("a frame's length sets the top bit"));
            header = 10;
        }
        if (isControl(opcode) && (!fin || length > 125))
            return fail(QStringLiteral("a control frame is fragmented or over 125 bytes"));
        if (length > static_cast<quint64>(kMaxMessage) ||
            (!isControl(opcode) &&
             static_cast<quint64>(m_fragments.size()) + length > static_cast<quint64>(kMaxMessage)))
            return fail(QStringLiteral("a message is over 64 KiB"));
        const auto size = static_cast<qsizetype>(length);
        if (m_buffer.size() - header < size)
            return std::nullopt;
        QByteArray payload = m_buffer.sliced(header, size);
        m_buffer.remove(0, header + size);
        if (isControl(opcode))
            return Message{opcode, payload};
        if (opcode == Opcode::Continuation) {
            if (!m_inMessage)
                return fail(QStringLiteral("a continuation frame continues nothing"));
        } else {
            if (m_inMessage)
                return fail(QStringLiteral("a new message began before the last one ended"));
            m_inMessage = true;
            m_fragmentOpcode = opcode;
        }
        m_fragments.append(payload);
        if (!fin)
            continue;
        Message message{m_fragmentOpcode, std::move(m_fragments)};
        m_fragments = QByteArray();
        m_inMessage = false;
        if (message.opcode == Opcode::Text && !isUtf8(message.payload))
            return fail(QStringLiteral("a text message is not UTF-8"));
        return message;
    }
    return std::nullopt;
}

} // namespace vaultlink::websocket
