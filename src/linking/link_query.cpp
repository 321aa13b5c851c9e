#include "src/linking/link_query.h"

#include <QByteArray>
#include <QStringDecoder>

namespace vaultlink {

namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

std::optional<QString> percentDecodeUtf8(QStringView text) {
    const QByteArray encoded = text.toUtf8();
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '%') {
            bytes.append(encoded[i]);
            continue;
        }
        if (i + 2 >= encoded.size())
            return std::nullopt;
        const int high = hexDigit(encoded[i + 1]);
        const int low = hexDigit(encoded[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.append(static_cast<char>(high * 16 + low));
        i += 2;
    }
    // Stateless: a sequence cut off at the end counts as an error instead of being kept back.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return decoded;
}

LinkQuery LinkQuery::parse(QStringView query) {
    LinkQuery result;
    QStringList seen;
    for (const QStringView piece : query.split(u'&')) {
        // "a&&b" and a trailing '&' hold nothing; skipping them costs nothing and hides no part.
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf(u'=');
        const std::optional<QString> name =
            percentDecodeUtf8(equals < 0 ? piece : piece.left(equals));
        // A name that cannot be decoded is not one of ours; it is ignored like any unknown one.
        if (!name)
            continue;
        if (seen.contains(*name)) {
            if (!result.duplicated.contains(*name))
                result.duplicated.append(*name);
            result.values.remove(*name);
            result.undecodable.removeAll(*name);
            continue;
        }
        seen.append(*name);
        const std::optional<QString> value =
            percentDecodeUtf8(equals < 0 ? QStringView() : piece.mid(equals + 1));
        if (value)
            result.values.insert(*name, *value);
        else
            result.undecodable.append(*name);
    }
    return result;
}

} // namespace vaultlink
