#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <array>
#include <optional>

namespace vaultlink::websocket {

// The client's half of RFC 6455 for the change-notice channel, without sockets: the opening
// request, the reading of the server's answer to it, and frames both ways. Written here rather
// than taken from Qt WebSockets because the client must see a refused opening's problem
// document (QWebSocket gives only an error string) and must check a pinned key before the
// request carrying the access token is sent (QWebSocket has no `encrypted` signal).

// `key` is the base64 of 16 random bytes; the bearer token goes in the Authorization header.
QByteArray openingRequest(const QString &host, int port, const QByteArray &path,
                          const QByteArray &key, const QString &bearer);
// Sec-WebSocket-Accept for a key (§4.2.2: SHA-1 of the key and the protocol's GUID, base64).
QByteArray acceptFor(const QByteArray &key);

// The server's answer to the opening request, read from the bytes received so far. Upgraded
// only with status 101, `Upgrade: websocket`, `Connection: Upgrade` and the right accept value;
// any other complete answer is Refused with its status, headers and body (a problem document,
// docs/api.md §10) once its Content-Length has arrived; Malformed says what broke the rules (a
// head over 16 KiB, a body over 64 KiB, a status line or header that cannot be read).
struct OpeningAnswer {
    enum class State { Incomplete, Upgraded, Refused, Malformed };
    State state = State::Incomplete;
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qsizetype consumed = 0; // bytes of the buffer that were the answer (frames may follow)
    QString problem;        // Malformed only
};
OpeningAnswer readOpeningAnswer(QByteArrayView received, const QByteArray &key);

enum class Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA
};

// One final frame from the client, masked as §5.3 requires (control payloads up to 125 bytes).
QByteArray clientFrame(Opcode opcode, QByteArrayView payload, const std::array<quint8, 4> &mask);
// A Close frame's payload: the status code, then the reason.
QByteArray closePayload(quint16 code, const QByteArray &reason = {});

// Reads the server's frames as they arrive and gives whole messages: a fragmented text or
// binary message joined, control frames as they come (also between fragments). Anything the
// protocol forbids a server — a masked frame, reserved bits or opcodes, a control frame that is
// fragmented or over 125 bytes, a continuation with nothing to continue, a message over
// kMaxMessage, a 64-bit length with its top bit set, text that is not UTF-8 — ends the stream:
// error() says why and nothing more is read.
class FrameReader {
public:
    static constexpr qsizetype kMaxMessage = qsizetype{64} * 1024;

    struct Message {
        Opcode opcode = Opcode::Text;
        QByteArray payload;
    };

    void feed(QByteArrayView bytes);
    std::optional<Message> next(); // nullopt: more bytes needed, or the stream is broken
    const QString &error() const { return m_error; }

private:
    std::optional<Message> fail(const QString &why);

    QByteArray m_buffer;
    QByteArray m_fragments;
    Opcode m_fragmentOpcode = Opcode::Text;
    bool m_inMessage = false;
    QString m_error;
};

} // namespace vaultlink::websocket
