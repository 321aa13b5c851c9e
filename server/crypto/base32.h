#pragma once

#include <QByteArray>

#include <optional>

namespace vaultlink::server {

// RFC 4648 base32 without padding, as authenticator apps expect TOTP secrets.
QByteArray base32Encode(const QByteArray &data);
std::optional<QByteArray> base32Decode(const QByteArray &text);

} // namespace vaultlink::server
