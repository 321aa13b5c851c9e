#pragma once

#include "platform/security_key.h"

#include <map>

namespace vaultlink::platform {

// What StandInSecurityKey::createStandInKey made: the credential to register with a server.
struct StandInKeyMade {
    QByteArray credentialId;     // 16 random bytes
    QByteArray publicKeySpkiDer; // DER SubjectPublicKeyInfo
    QByteArray publicKeyPem;     // the same as PEM ("-----BEGIN PUBLIC KEY-----")
};

// A STAND-IN for a FIDO2 security key, for testers and tests on a Linux desktop: a software
// authenticator whose one credential is a key file (JSON, readable by its owner alone):
//
//   {"credentialId": "<base64url>", "algorithm": "ES256" | "EdDSA",
//    "privateKey": "<PEM PKCS#8>", "signCount": 7, "userVerifying": false}
//
// It answers an assertion as a key would (authenticatorData = SHA-256(rpId), the flags UP and,
// with "userVerifying", UV, the counter plus one; the signature over authenticatorData and
// SHA-256(clientDataJSON): ES256 as DER ECDSA, EdDSA as 64 raw bytes) and writes the counter
// back. Nobody touches anything: the private key is read into this process from a file that
// anyone who can read the user's files can copy. It exists so that the flows can be tried and
// tested, is chosen only when VAULTLINK_SECURITY_KEY_STAND_IN names its file, and says so
// wherever offered (Kind::StandIn).
//
// Answers: the file missing, unreadable or not a key file → NoDevice; allowCredentials not
// empty and without the file's credential → NotRegistered; the counter not written back →
// Other. The file is read for every request, so a test may change it in between.
class StandInSecurityKey final : public SecurityKey {
public:
    explicit StandInSecurityKey(QString keyFile);
    ~StandInSecurityKey() override;
    StandInSecurityKey(const StandInSecurityKey &) = delete;
    StandInSecurityKey &operator=(const StandInSecurityKey &) = delete;

    Kind kind() const override;
    Token getAssertion(const SecurityKeyRequest &request, Done done) override;
    void cancel(Token token) override;

    // Makes a new credential, `algorithm` "ES256" (P-256) or "EdDSA" (Ed25519), and writes its
    // key file at `path` (mode 0600, replacing any file there) with signCount 0 and
    // userVerifying false. Empty for another algorithm or when the file cannot be written.
    static std::optional<StandInKeyMade> createStandInKey(const QString &path,
                                                          const QString &algorithm);

private:
    Reply assertion(const SecurityKeyRequest &request) const;
    void answer(Token token, Reply reply);

    QString m_keyFile;
    std::map<Token, Done> m_pending;
    Token m_last = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace vaultlink::platform
