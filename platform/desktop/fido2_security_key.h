#pragma once

#include "platform/security_key.h"

#include <memory>

namespace vaultlink::platform {

// FIDO2 (and U2F) security keys on USB, through Yubico's libfido2 (Debian libfido2-dev; built
// when pkg-config finds it, VAULTLINK_HAVE_LIBFIDO2). The app builds the client data itself
// (assertionClientData with request.origin) and libfido2 hashes it for the key. A request asks
// the first key that fido_dev_info_manifest lists; fido_dev_get_assert blocks until the key is
// touched, so it runs on a thread of its own, and the reply goes back through the event loop of
// the thread that asked. cancel() and the request's timeout answer at once and stop the key with
// fido_dev_cancel; its own late answer is dropped. No PIN is asked for: a key that needs one for
// user verification answers Other (libfido2's words in the detail).
class Fido2SecurityKey final : public SecurityKey {
public:
    Fido2SecurityKey();
    ~Fido2SecurityKey() override; // stops the keys still asked and waits for their threads
    Fido2SecurityKey(const Fido2SecurityKey &) = delete;
    Fido2SecurityKey &operator=(const Fido2SecurityKey &) = delete;

    Kind kind() const override;
    Token getAssertion(const SecurityKeyRequest &request, Done done) override;
    void cancel(Token token) override;

    // libfido2's result code (FIDO_OK, FIDO_ERR_*) as the interface's error; empty for FIDO_OK.
    // Plain: tested without a key.
    static std::optional<SecurityKeyError> errorOf(int fidoCode);
    // "FIDO_ERR_NO_CREDENTIALS (46): no credentials", for Reply::detail.
    static QString describe(int fidoCode);
    // libfido2 gives the authenticator data as the key sent it, a CBOR byte string: its bytes,
    // or empty when `cbor` is not exactly one definite-length byte string.
    static std::optional<QByteArray> authenticatorDataOf(const QByteArray &cbor);

    struct State; // the requests and their threads (the .cpp)

private:
    std::shared_ptr<State> m_state;
};

} // namespace vaultlink::platform
