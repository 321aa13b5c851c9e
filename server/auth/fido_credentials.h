#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vaultlink::server {

class Store;

// A user's FIDO2 security key as registered: the public key of one WebAuthn credential.
struct FidoCredentialRow {
    qint64 id = 0;
    qint64 userId = 0;
    QByteArray credentialId; // raw bytes, unique on the server
    QString name;            // the user's or administrator's label ("YubiKey 5 NFC")
    QString algorithm;       // "ES256" or "EdDSA"
    QByteArray publicKey;    // DER SubjectPublicKeyInfo
    quint32 signCount = 0;   // the last counter an assertion carried
};

// Registers the credential and offers "fido" to the user (last in the order when new).
// InvalidRequest for an id already registered, an empty name or one the user already uses.
qint64 addFidoCredential(Store &store, const FidoCredentialRow &credential, qint64 nowMs);
// Removes the user's credential of that name (InvalidRequest when there is none); the user's last
// one takes "fido" out of the methods.
void removeFidoCredential(Store &store, qint64 userId, const QString &name);
QList<FidoCredentialRow> fidoCredentials(Store &store, qint64 userId);
std::optional<FidoCredentialRow> findFidoCredential(Store &store, qint64 userId,
                                                    const QByteArray &credentialId);
void recordFidoUse(Store &store, qint64 id, quint32 signCount, qint64 nowMs);

} // namespace vaultlink::server
