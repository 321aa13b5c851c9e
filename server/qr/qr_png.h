#pragma once

#include <QByteArray>
#include <QString>

namespace vaultlink::server {

// Encodes text as a QR code (ZXing-C++, error correction level M, 4-module quiet zone) and
// returns it as a PNG of about `size` pixels square, scaled by whole modules so that every
// module stays a crisp square for cameras and decoders.
QByteArray qrPng(const QString &text, int size = 400);

} // namespace vaultlink::server
