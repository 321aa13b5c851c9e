#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vaultlink {

// An authenticator seed as a record's `totp` field holds it: a base32 secret, or an otpauth://
// URI with its secret, digits and period (RFC 6238 with HMAC-SHA1, as authenticator apps use).
struct TotpSeed {
    QByteArray secret;
    int digits = 6;
    int periodSeconds = 30;

    // Nullopt when the text is neither (the record shows it as text then).
    static std::optional<TotpSeed> parse(const QString &text);

    QString code(qint64 unixSeconds) const;
    int secondsLeft(qint64 unixSeconds) const {
        return periodSeconds - static_cast<int>(unixSeconds % periodSeconds);
    }
};

} // namespace vaultlink
