#pragma once

#include "src/net/transport.h"

class QNetworkReply;

namespace vaultlink {

// How far a request got on the wire, as far as the reply's signals tell.
struct ConnectionProgress {
    bool connecting = false; // a new connection was started for this request
    bool encrypted = false;  // its TLS handshake finished
    bool sent = false;       // the request was written

    // A request goes out only after the handshake of its (new) connection, and Qt reports the
    // handshake to this thread before it writes anything. On a reused connection nothing is
    // known, so that case counts as possibly delivered.
    bool certainlyUnsent() const { return connecting && !encrypted && !sent; }
};

// The failure answers QtTransport gives, each with its message (keys in message_catalog.h).
HttpResponse plainHttpRefused(const QUrl &url);
HttpResponse tlsRefused(const TrustPolicy::Verdict &verdict);
HttpResponse timedOut(const QUrl &url, std::chrono::milliseconds timeout,
                      const ConnectionProgress &progress);
HttpResponse failureOf(const QUrl &url, const QNetworkReply &reply,
                       const ConnectionProgress &progress);
// An answer whose compressed body does not decode (decodeContent): cut short on the way, as a
// connection that broke.
HttpResponse undecodable(const QUrl &url, const QString &why);

} // namespace vaultlink
