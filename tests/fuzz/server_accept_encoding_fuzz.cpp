// The server's reading of a request's Accept-Encoding (server/http/accept_encoding), which picks
// the content coding of every answer from a header any client writes.
//
// Input: the field's value, as the connection hands it over (repeated fields already joined).
//
// Checked: the choice is gzip, deflate or identity and never a refusal; a malformed field gives
// identity; the choice follows from the weights parsed (gzip if acceptable, else deflate, else
// identity); gzip or deflate is only chosen for a field that names it or "*"; every weight lies
// in 0…1000; the weights, written out again in canonical form, parse to the same; blanks around
// the commas change nothing.
//
// fuzz.sh: -max_len=512

#include "server/http/accept_encoding.h"
#include "tests/fuzz/fuzz_target.h"

using namespace vaultlink::server;

namespace {

bool sameWeights(const AcceptedCodings &a, const AcceptedCodings &b) {
    return a.gzip == b.gzip && a.deflate == b.deflate && a.identity == b.identity && a.any == b.any;
}

QByteArray element(const char *name, const std::optional<int> &weight) {
    if (!weight)
        return {};
    // q=0.###, or q=1 for 1000.
    QByteArray q = *weight == 1000 ? QByteArray("1")
                                   : "0." + QByteArray::number(*weight).rightJustified(3, '0');
    return QByteArray(name) + ";q=" + q + ",";
}

QByteArray canonical(const AcceptedCodings &codings) {
    return element("gzip", codings.gzip) + element("deflate", codings.deflate) +
           element("identity", codings.identity) + element("*", codings.any);
}

bool inRange(const std::optional<int> &weight) {
    return !weight || (*weight >= 0 && *weight <= 1000);
}

} // namespace

VAULTLINK_FUZZ_TARGET(server_accept_encoding) {
    const QByteArray field = vaultlink::fuzz::bytes(data, size);
    const ContentCoding chosen = chooseContentCoding(field);
    VAULTLINK_FUZZ_CHECK(chosen == ContentCoding::Identity || chosen == ContentCoding::Gzip ||
                         chosen == ContentCoding::Deflate);
    VAULTLINK_FUZZ_CHECK(chooseContentCoding(field) == chosen);

    const std::optional<AcceptedCodings> parsed = parseAcceptEncoding(field);
    if (!parsed) {
        VAULTLINK_FUZZ_CHECK(chosen == ContentCoding::Identity);
        return;
    }
    VAULTLINK_FUZZ_CHECK(inRange(parsed->gzip) && inRange(parsed->deflate) &&
                         inRange(parsed->identity) && inRange(parsed->any));
    const int any = parsed->any.value_or(0);
    const ContentCoding expected = parsed->gzip.value_or(any) > 0      ? ContentCoding::Gzip
                                   : parsed->deflate.value_or(any) > 0 ? ContentCoding::Deflate
                                                                       : ContentCoding::Identity;
    VAULTLINK_FUZZ_CHECK(chosen == expected);
    const QByteArray lower = field.toLower();
    if (chosen == ContentCoding::Gzip)
        VAULTLINK_FUZZ_CHECK(lower.contains("gzip") || lower.contains('*'));
    if (chosen == ContentCoding::Deflate)
        VAULTLINK_FUZZ_CHECK(lower.contains("deflate") || lower.contains('*'));

    const std::optional<AcceptedCodings> again = parseAcceptEncoding(canonical(*parsed));
    VAULTLINK_FUZZ_CHECK(again && sameWeights(*again, *parsed));

    QByteArray spaced = field;
    spaced.replace(",", " \t, ");
    const std::optional<AcceptedCodings> blanks = parseAcceptEncoding(spaced);
    VAULTLINK_FUZZ_CHECK(blanks && sameWeights(*blanks, *parsed));
}
