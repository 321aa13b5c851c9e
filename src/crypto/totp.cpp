#include "src/crypto/totp.h"

#include <QUrl>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

namespace vaultlink {

namespace {

std::optional<QByteArray> base32(const QString &text) {
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char16_t u = c.toUpper().unicode();
        int value = -1;
        if (u >= 'A' && u <= 'Z')
            value = u - 'A';
        else if (u >= '2' && u <= '7')
            value = u - '2' + 26;
        else if (u == '=' || u == ' ' || u == '-')
            continue; // padding and the groupings people type
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint64>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace

std::optional<TotpSeed> TotpSeed::parse(const QString &text) {
    const QString trimmed = text.trimmed();
    TotpSeed seed;
    QString secret = trimmed;
    if (trimmed.startsWith(QLatin1String("otpauth://"), Qt::CaseInsensitive)) {
        const QUrl url(trimmed);
        if (url.host().compare(QLatin1String("totp"), Qt::CaseInsensitive) != 0)
            return std::nullopt; // hotp counters are not shown as codes
        const QUrlQuery query(url);
        secret = query.queryItemValue(QStringLiteral("secret"));
        const QString algorithm = query.queryItemValue(QStringLiteral("algorithm"));
        if (!algorithm.isEmpty() && algorithm.compare(QLatin1String("SHA1"), Qt::CaseInsensitive))
            return std::nullopt;
        bool ok = true;
        if (query.hasQueryItem(QStringLiteral("digits")))
            seed.digits = query.queryItemValue(QStringLiteral("digits")).toInt(&ok);
        if (!ok || seed.digits < 6 || seed.digits > 8)
            return std::nullopt;
        if (query.hasQueryItem(QStringLiteral("period")))
            seed.periodSeconds = query.queryItemValue(QStringLiteral("period")).toInt(&ok);
        if (!ok || seed.periodSeconds < 1 || seed.periodSeconds > 3600)
            return std::nullopt;
    }
    const std::optional<QByteArray> bytes = base32(secret);
    if (!bytes)
        return std::nullopt;
    seed.secret = *bytes;
    return seed;
}

QString TotpSeed::code(qint64 unixSeconds) const {
    const quint64 counter = static_cast<quint64>(unixSeconds / periodSeconds);
    std::array<unsigned char, 8> message{};
    for (int i = 7, shift = 0; i >= 0; --i, shift += 8)
        message[static_cast<std::size_t>(i)] = static_cast<unsigned char>(counter >> shift);
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int length = 0;
    HMAC(EVP_sha1(), secret.constData(), static_cast<int>(secret.size()), message.data(),
         message.size(), mac.data(), &length);
    const std::size_t offset = mac[length - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac[offset] & 0x7f) << 24) |
                           (static_cast<quint32>(mac[offset + 1]) << 16) |
                           (static_cast<quint32>(mac[offset + 2]) << 8) | mac[offset + 3];
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i)
        modulo *= 10;
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0'));
}

} // namespace vaultlink
