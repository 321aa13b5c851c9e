#include "tests/unit/support/qr_pictures.h"

#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>

namespace vaultlink::testing {

ZXing::BitMatrix modulesOf(ZXing::BarcodeFormat format, const QString &text) {
    return ZXing::MultiFormatWriter(format)
        .setEncoding(ZXing::CharacterSet::UTF8)
        .setMargin(0)
        .encode(text.toStdString(), 0, 0);
}

QImage render(const ZXing::BitMatrix &modules, int scale, int quietZone, int minimumHeight) {
    const int rows = std::max(modules.height(), minimumHeight);
    QImage image((modules.width() + 2 * quietZone) * scale, (rows + 2 * quietZone) * scale,
                 QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < rows * scale; ++y) {
        uchar *line = image.scanLine(quietZone * scale + y);
        const int row = modules.height() == 1 ? 0 : y / scale;
        for (int x = 0; x < modules.width() * scale; ++x)
            if (modules.get(x / scale, row))
                line[quietZone * scale + x] = 0;
    }
    return image;
}

QImage qrImage(const QString &text, int scale, int quietZone) {
    return render(modulesOf(ZXing::BarcodeFormat::QRCode, text), scale, quietZone);
}

} // namespace vaultlink::testing
