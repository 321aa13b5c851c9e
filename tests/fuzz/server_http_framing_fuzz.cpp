// The server's HTTP/1.1 request framing (server/http/request_framer), the first code that reads
// a client's bytes, and the decoding of the request target behind it (request_target).
//
// Input: byte 0 sets the size of the pieces the rest is fed in (1 to 64 bytes); the rest is what
// a client sent on one connection, framed request after request as the connection does.
//
// Checked: fed in pieces, the stream frames exactly as when fed at once (how TCP split the bytes
// never changes where a request ends); a framer only takes bytes from the front of its input; a
// framed body never passes the limit; every refusal is a problem document (400 or 413), and
// nothing is framed after one.
//
// fuzz.sh: -max_len=8192

#include "server/http/request_framer.h"
#include "server/http/request_target.h"
#include "tests/fuzz/server_checks.h"

#include <vector>

using namespace vaultlink::server;

namespace {

struct Outcome {
    int error = -1; // the refusal's Error, or -1 for a framed request
    QByteArray method;
    QByteArray target;
    QByteArray body;
    bool operator==(const Outcome &) const = default;
};

FramingLimits limits() {
    FramingLimits out;
    out.maxBodyBytes = 4096;
    out.maxHeadBytes = 2048;
    out.maxHeaderFields = 32;
    return out;
}

std::vector<Outcome> frame(const QByteArray &stream, qsizetype pieceSize) {
    std::vector<Outcome> outcomes;
    RequestFramer framer(limits());
    QByteArray input;
    qsizetype position = 0;
    for (;;) {
        if (input.isEmpty()) {
            if (position >= stream.size())
                return outcomes;
            input = stream.mid(position, pieceSize);
            position += input.size();
        }
        const QByteArray before = input;
        const RequestFramer::Status status = framer.feed(input);
        VAULTLINK_FUZZ_CHECK(before.endsWith(input));
        if (status == RequestFramer::Status::NeedMore) {
            VAULTLINK_FUZZ_CHECK(input.isEmpty());
            continue;
        }
        if (status == RequestFramer::Status::Refused) {
            VAULTLINK_FUZZ_CHECK(framer.refusal().has_value());
            fuzz::checkProblem(*framer.refusal());
            const int code = errorInfo(framer.refusal()->error()).status;
            VAULTLINK_FUZZ_CHECK(code == 400 || code == 413);
            outcomes.push_back({static_cast<int>(framer.refusal()->error()), {}, {}, {}});
            return outcomes;
        }
        FramedRequest request = framer.takeRequest();
        VAULTLINK_FUZZ_CHECK(request.body.size() <= limits().maxBodyBytes);
        VAULTLINK_FUZZ_CHECK(request.target.startsWith('/'));
        try {
            const RequestTarget target = parseRequestTarget(request.target);
            VAULTLINK_FUZZ_CHECK(target.path.startsWith(QLatin1Char('/')));
        } catch (const Refusal &refusal) {
            fuzz::checkProblem(refusal);
        }
        outcomes.push_back({-1, request.method, request.target, request.body});
        framer.reset();
    }
}

} // namespace

VAULTLINK_FUZZ_TARGET(server_http_framing) {
    vaultlink::fuzz::InputReader input(data, size);
    const qsizetype pieceSize = 1 + input.byte() % 64;
    const QByteArray stream = input.rest();
    VAULTLINK_FUZZ_CHECK(frame(stream, stream.size() + 1) == frame(stream, pieceSize));
}
