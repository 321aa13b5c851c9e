#include "server/http/request_target.h"

#include "server/common/refusal.h"
#include "server/http/hex_digit.h"

#include <QStringDecoder>

namespace vaultlink::server {

namespace {
[[noreturn]] void refuse(const char *why) {
    throw Refusal(Error::InvalidRequest,
                  QStringLiteral("the request path %1").arg(QLatin1String(why)));
}
} // namespace

RequestTarget parseRequestTarget(const QByteArray &target) {
    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath =
        question < 0 ? QByteArrayView(target) : QByteArrayView(target).first(question);
    if (!rawPath.startsWith('/'))
        refuse("must start with '/'");
    QByteArray decoded;
    decoded.reserve(rawPath.size());
    for (qsizetype i = 0; i < rawPath.size(); ++i) {
        if (rawPath[i] != '%') {
            decoded += rawPath[i];
            continue;
        }
        const int high = i + 2 < rawPath.size() ? hexDigitValue(rawPath[i + 1]) : -1;
        const int low = high >= 0 ? hexDigitValue(rawPath[i + 2]) : -1;
        if (low < 0)
            refuse("has a '%' that is not followed by two hex digits");
        const auto byte = static_cast<unsigned char>(high * 16 + low);
        if (byte < 0x20 || byte == 0x7f)
            refuse("encodes a control character");
        if (byte == '/')
            refuse("encodes a '/' inside a segment");
        decoded += static_cast<char>(byte);
        i += 2;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    RequestTarget out;
    out.path = utf8.decode(decoded);
    if (utf8.hasError())
        refuse("is not UTF-8 once decoded");
    if (question >= 0)
        out.query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
    return out;
}

} // namespace vaultlink::server
