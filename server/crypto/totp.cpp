#include "server/crypto/totp.h"

#include "server/crypto/base32.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

#include <openssl/crypto.h>

namespace vaultlink::server {

QString totpCode(const QByteArray &secret, qint64 step, TotpParams params) {
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i) {
        counter[i] = static_cast<char>(step & 0xFF);
        step >>= 8;
    }
    const QByteArray mac =
        QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int offset = mac[mac.size() - 1] & 0x0F;
    const auto byteAt = [&](int i) {
        return static_cast<quint32>(static_cast<unsigned char>(mac[i]));
    };
    const quint32 binary = ((byteAt(offset) & 0x7FU) << 24) | (byteAt(offset + 1) << 16) |
                           (byteAt(offset + 2) << 8) | byteAt(offset + 3);
    quint32 modulus = 1;
    for (int i = 0; i < params.digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, params.digits, 10, QLatin1Char('0'));
}

qint64 totpStep(qint64 nowMs, TotpParams params) {
    return nowMs / 1000 / params.periodSeconds;
}

qint64 totpMatch(const QByteArray &secret, const QString &code, qint64 nowMs, qint64 lastUsedStep,
                 TotpParams params) {
    const QByteArray given = code.trimmed().toLatin1();
    const qint64 now = totpStep(nowMs, params);
    for (qint64 step = now - 1; step <= now + 1; ++step) {
        if (step <= lastUsedStep)
            continue;
        const QByteArray expected = totpCode(secret, step, params).toLatin1();
        if (given.size() == expected.size() &&
            CRYPTO_memcmp(given.constData(), expected.constData(),
                          static_cast<size_t>(given.size())) == 0)
            return step;
    }
    return -1;
}

QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret) {
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%1&digits=6&period=30")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(issuer)),
             QString::fromUtf8(QUrl::toPercentEncoding(account)),
             QString::fromLatin1(base32Encode(secret)));
}

} // namespace vaultlink::server
