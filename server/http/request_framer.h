#pragma once

#include "server/common/refusal.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace vaultlink::server {

struct FramingLimits {
    qsizetype maxHeadBytes = 16 * 1024; // request line and header fields, CRLFs included
    int maxHeaderFields = 100;
    qint64 maxBodyBytes = 1024 * 1024;
};

// One HTTP/1.1 request as it arrived: the request line and fields untouched (names in lower
// case), the body with any chunked coding removed.
struct FramedRequest {
    QByteArray method;
    QByteArray target; // origin-form: "/path?query", percent-encoding untouched
    bool http10 = false;
    QList<QPair<QByteArray, QByteArray>> fields;
    QByteArray body;

    QByteArray field(const QByteArray &lowerName) const;
    // HTTP/1.1 keeps the connection open unless "Connection: close"; 1.0 only on "keep-alive".
    bool keepAlive() const;
    bool expectsContinue() const;
    bool isUpgrade() const; // "Upgrade: websocket" with "Connection: upgrade"
};

// Strict, incremental framing of HTTP/1.1 requests (RFC 9112), so that no byte of one request
// is ever read as part of another: the server sits behind proxies, where two parsers that
// disagree on where a request ends let an attacker smuggle a request past the proxy.
//
// feed() takes bytes from the front of `input` until the request is complete (what follows
// stays in `input`: the next, pipelined request) or refused. Nothing is buffered beyond the
// limits: the head is refused past maxHeadBytes, a body as soon as its Content-Length or its
// chunks pass maxBodyBytes — before the body arrives when the length is announced.
//
// Refused (400 invalid-request unless said otherwise), each with a detail naming the fault:
// a request line that is not "TOKEN SP /target SP HTTP/1.x"; a bare CR or LF; a field line with
// no colon, white space before the colon, a folded line or a control character; no or several
// Host fields in HTTP/1.1; a Content-Length that is not 1 to 18 decimal digits, or given twice;
// Transfer-Encoding other than exactly "chunked", or with Content-Length, or in HTTP/1.0; a chunk
// size that is not 1 to 15 hex digits; a chunk not followed by CRLF; a head over the limit
// (request-too-large is kept for bodies, so a head over its limit is 400 too); and a body over
// the limit (413 request-too-large). After a refusal the connection cannot be re-synchronized
// and must be closed.
class RequestFramer {
public:
    enum class Status { NeedMore, Complete, Refused };

    explicit RequestFramer(FramingLimits limits = {});

    Status feed(QByteArray &input);
    Status status() const { return m_status; }

    // True once the head is complete: request() then holds method, target and fields, and the
    // body's length is known to fit (useful for "Expect: 100-continue" and upgrades).
    bool headComplete() const { return m_phase > Phase::Head; }
    const FramedRequest &request() const { return m_request; }
    FramedRequest takeRequest();
    const std::optional<Refusal> &refusal() const { return m_refusal; }

    // Ready for the next request on the same connection, with the same limits.
    void reset();

private:
    enum class Phase { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Done };

    bool takeLine(QByteArray &input, QByteArray &line, qsizetype limit, const char *what);
    void parseHead();
    void parseRequestLine(const QByteArray &line);
    void parseField(const QByteArray &line);
    void decideBodyLength();
    void parseChunkSize(const QByteArray &line);
    void refuse(Error error, const QString &detail);

    FramingLimits m_limits;
    Status m_status = Status::NeedMore;
    Phase m_phase = Phase::Head;
    QByteArray m_pending; // the unfinished line, or the head so far
    qint64 m_remaining = 0;
    qsizetype m_headBytes = 0;
    FramedRequest m_request;
    std::optional<Refusal> m_refusal;
};

} // namespace vaultlink::server
