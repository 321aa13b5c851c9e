#include "server/qr/qr_png.h"

#include <QBuffer>
#include <QImage>

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>

namespace vaultlink::server {

QByteArray qrPng(const QString &text, int size) {
    constexpr int kQuietZone = 4;
    // Width 0 asks for the natural size: one pixel per module.
    const ZXing::BitMatrix modules = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                         .setEncoding(ZXing::CharacterSet::UTF8)
                                         .setEccLevel(4)
                                         .setMargin(0)
                                         .encode(text.toStdString(), 0, 0);
    const int count = modules.width();
    const int scale = std::max(1, size / (count + 2 * kQuietZone));
    const int side = (count + 2 * kQuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < count; ++y)
        for (int x = 0; x < count; ++x)
            if (modules.get(x, y))
                for (int dy = 0; dy < scale; ++dy) {
                    uchar *line = image.scanLine((y + kQuietZone) * scale + dy);
                    std::fill_n(line + static_cast<std::ptrdiff_t>(x + kQuietZone) * scale, scale,
                                uchar{0});
                }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace vaultlink::server
