#include "server/http/accept_encoding.h"

#include <algorithm>

namespace vaultlink::server {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

// RFC 9110 §5.6.2 tchar.
bool isTokenChar(char c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

QByteArrayView trimmed(QByteArrayView text) {
    while (!text.isEmpty() && isBlank(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isBlank(text.back()))
        text.chop(1);
    return text;
}

// "0", "0.", "0.5", "0.125", "1", "1.", "1.000"; the weight in thousandths.
std::optional<int> parseWeight(QByteArrayView text) {
    if (text.isEmpty() || (text[0] != '0' && text[0] != '1'))
        return std::nullopt;
    const int whole = text[0] - '0';
    if (text.size() == 1)
        return whole * 1000;
    if (text[1] != '.' || text.size() > 5)
        return std::nullopt;
    int thousandths = 0;
    int scale = 100;
    for (const char c : text.sliced(2)) {
        if (c < '0' || c > '9' || (whole == 1 && c != '0'))
            return std::nullopt;
        thousandths += (c - '0') * scale;
        scale /= 10;
    }
    return whole * 1000 + thousandths;
}

bool sameName(QByteArrayView a, const char *b) {
    return a.compare(QByteArrayView(b), Qt::CaseInsensitive) == 0;
}

void keepLower(std::optional<int> &slot, int weight) {
    slot = slot ? std::min(*slot, weight) : weight;
}

// The weight a coding gets: its own, else that of "*", else `unnamed`.
int weightOf(const std::optional<int> &named, const AcceptedCodings &codings, int unnamed) {
    if (named)
        return *named;
    return codings.any.value_or(unnamed);
}

} // namespace

std::optional<AcceptedCodings> parseAcceptEncoding(QByteArrayView field) {
    AcceptedCodings codings;
    for (qsizetype start = 0; start <= field.size();) {
        qsizetype comma = field.indexOf(',', start);
        if (comma < 0)
            comma = field.size();
        const QByteArrayView element = trimmed(field.sliced(start, comma - start));
        start = comma + 1;
        if (element.isEmpty())
            continue; // "a, , b": empty list elements are allowed (RFC 9110 §5.6.1.2)
        const qsizetype semicolon = element.indexOf(';');
        const QByteArrayView name = trimmed(semicolon < 0 ? element : element.sliced(0, semicolon));
        if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isTokenChar))
            return std::nullopt;
        int weight = 1000;
        if (semicolon >= 0) {
            const QByteArrayView parameter = trimmed(element.sliced(semicolon + 1));
            if (parameter.size() < 2 || (parameter[0] != 'q' && parameter[0] != 'Q') ||
                parameter[1] != '=')
                return std::nullopt;
            const std::optional<int> parsed = parseWeight(parameter.sliced(2));
            if (!parsed)
                return std::nullopt;
            weight = *parsed;
        }
        if (sameName(name, "gzip") || sameName(name, "x-gzip"))
            keepLower(codings.gzip, weight);
        else if (sameName(name, "deflate"))
            keepLower(codings.deflate, weight);
        else if (sameName(name, "identity"))
            keepLower(codings.identity, weight);
        else if (name == "*")
            keepLower(codings.any, weight);
    }
    return codings;
}

ContentCoding chooseContentCoding(QByteArrayView field) {
    const std::optional<AcceptedCodings> codings = parseAcceptEncoding(field);
    if (!codings)
        return ContentCoding::Identity;
    if (weightOf(codings->gzip, *codings, 0) > 0)
        return ContentCoding::Gzip;
    if (weightOf(codings->deflate, *codings, 0) > 0)
        return ContentCoding::Deflate;
    return ContentCoding::Identity;
}

QByteArray contentCodingName(ContentCoding coding) {
    switch (coding) {
    case ContentCoding::Gzip:
        return "gzip";
    case ContentCoding::Deflate:
        return "deflate";
    case ContentCoding::Identity:
        break;
    }
    return {};
}

} // namespace vaultlink::server
