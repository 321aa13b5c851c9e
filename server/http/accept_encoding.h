#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace vaultlink::server {

// The content codings the server can send (RFC 9110 §8.4.1): none, gzip (RFC 1952) and deflate,
// which HTTP means as the zlib format (RFC 1950).
enum class ContentCoding { Identity, Gzip, Deflate };

// The weights an Accept-Encoding field gives to the codings the server knows, in thousandths
// (q=0.5 is 500): nullopt for a coding the field does not name. `x-gzip` counts as `gzip` (RFC
// 9110 §8.4.1.3); codings the server does not know are read and left out. A coding named twice
// keeps its lower weight, so that a refusal ("q=0") is never outweighed.
struct AcceptedCodings {
    std::optional<int> gzip;
    std::optional<int> deflate;
    std::optional<int> identity;
    std::optional<int> any; // "*": every coding not named
};

// The field value parsed as RFC 9110 §12.5.3 writes it: a comma-separated list (empty elements
// allowed) of a coding token, each with an optional weight ";q=" (q in any case, blanks around
// ';'), the weight 0 to 1 with at most three decimals. Nullopt when the text is not that: a
// character outside a token, a parameter other than q, a weight out of range or with a fourth
// decimal. An empty value is a list of nothing (no coding wanted).
std::optional<AcceptedCodings> parseAcceptEncoding(QByteArrayView field);

// The coding for a response to a request whose Accept-Encoding is `field` (empty when the
// request has none), as docs/api.md §1 promises: gzip if acceptable, else deflate if acceptable,
// else identity. Acceptable means a weight above 0, named or through "*". The client's relative
// weights do not reorder gzip and deflate: gzip is always preferred (the contract says so, and
// both cost the same here). A malformed field counts as absent and gives identity, and so does a
// field that refuses identity but accepts nothing the server has: the server never refuses to
// answer for a header it cannot satisfy (RFC 9110 allows sending identity then).
//
// It exists apart from the server, as a pure function, because the field comes from any client:
// the tests and the fuzzer reach every branch without a connection.
ContentCoding chooseContentCoding(QByteArrayView field);

// The coding's name in Content-Encoding; empty for identity.
QByteArray contentCodingName(ContentCoding coding);

} // namespace vaultlink::server
