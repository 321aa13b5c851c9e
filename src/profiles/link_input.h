#pragma once

#include "src/linking/link_payload.h"
#include "src/linking/qr_image.h"

#include <QString>
#include <QUrl>

namespace vaultlink {

// What a user types or scans to start a link, checked the same way by every front end; each
// throws a Failure with its own code and message.

// A typed server address (Failure::Usage "address").
QUrl serverUrlFrom(const QString &typed);
// A typed key pin, empty allowed (Failure::Usage "pin").
QString pinFrom(const QString &typed);
// The link code in a QR reading or in its text (Failure::LinkCode "qr-not-found",
// "qr-unreadable", "qr-not-vaultlink", "qr-unsupported-version", "qr-malformed").
LinkPayload linkPayloadFrom(const QrReading &reading);
LinkPayload linkPayloadFrom(const QString &text);

// A sign-in name as people type it: "DOMAIN\\user" and "user@domain.example" name a directory
// account's domain, unless a domain was given on its own (then the name is taken whole).
struct AccountName {
    QString user;
    QString domain; // empty: a local account
};
AccountName accountNameFrom(const QString &typedUser, const QString &typedDomain = {});

} // namespace vaultlink
