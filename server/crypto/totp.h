#pragma once

#include <QByteArray>
#include <QString>

namespace vaultlink::server {

// RFC 6238 TOTP: HMAC-SHA1, 6 digits, 30-second steps.
struct TotpParams {
    int digits = 6;
    int periodSeconds = 30;
};

QString totpCode(const QByteArray &secret, qint64 step, TotpParams params = {});
qint64 totpStep(qint64 nowMs, TotpParams params = {});

// Accepts the current step and one either side for clock drift; returns the matched step, or
// -1. The caller stores the step so that a code cannot be replayed.
qint64 totpMatch(const QByteArray &secret, const QString &code, qint64 nowMs, qint64 lastUsedStep,
                 TotpParams params = {});

QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret);

} // namespace vaultlink::server
