#pragma once

#include <QImage>
#include <QString>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>

namespace vaultlink::testing {

// Modules as the server makes them (server/qr/qr_png.cpp): one bit per module, no margin.
ZXing::BitMatrix modulesOf(ZXing::BarcodeFormat format, const QString &text);

// Black modules of scale×scale pixels on white, with a quiet zone of that many modules; rows
// are repeated to `minimumHeight` modules so that a one-row linear barcode gets its bars.
QImage render(const ZXing::BitMatrix &modules, int scale, int quietZone, int minimumHeight = 0);

QImage qrImage(const QString &text, int scale = 8, int quietZone = 4);

} // namespace vaultlink::testing
