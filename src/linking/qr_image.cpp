#include "src/linking/qr_image.h"

#include "src/base/message_catalog.h"

#include <QFileInfo>
#include <QImage>
#include <QImageReader>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/Result.h>

#include <optional>

namespace vaultlink {

namespace {

QrReading refuse(QrReading::Problem problem, QLatin1StringView key, const QStringList &args = {}) {
    QrReading reading;
    reading.problem = problem;
    reading.message = Message(key, args);
    return reading;
}

// Grey levels as the picture looks on a white page: a plain conversion would drop the alpha
// channel and turn the transparent background of many exported QR codes into black.
QImage luminance(const QImage &image) {
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_Grayscale8);
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage grey(argb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb pixel = in[x];
            const int white = 255 - qAlpha(pixel);
            out[x] = static_cast<uchar>(
                qGray(qRed(pixel) + white, qGreen(pixel) + white, qBlue(pixel) + white));
        }
    }
    return grey;
}

std::optional<QString> decode(const QImage &grey) {
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, static_cast<int>(grey.bytesPerLine()));
    // Only QR codes: a product barcode on the same page is not an answer, and every other
    // format would be tried (and could misread noise) for nothing.
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryRotate(true)
                           .setTryDownscale(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdString(result.text());
}

} // namespace

QrReading readQrCode(const QImage &image) {
    if (image.isNull())
        return refuse(QrReading::Problem::Unreadable, msg::QrEmptyPicture);
    QImage grey = luminance(image);
    std::optional<QString> text = decode(grey);
    if (!text) {
        // ZXing 1.4 has no option for light modules on a dark ground (dark-mode screenshots);
        // a second look at the negative finds those.
        grey.invertPixels();
        text = decode(grey);
    }
    if (!text)
        return refuse(QrReading::Problem::NoCode, msg::QrNotFound);
    QrReading reading;
    reading.text = *text;
    return reading;
}

QrReading readQrCodeFile(const QString &path) {
    if (path.isEmpty())
        return refuse(QrReading::Problem::Unreadable, msg::QrNoPicture);
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return refuse(QrReading::Problem::Unreadable, msg::QrFileMissing, {name});
    if (info.isDir())
        return refuse(QrReading::Problem::Unreadable, msg::QrFileIsFolder, {name});
    if (!info.isReadable())
        return refuse(QrReading::Problem::Unreadable, msg::QrFileNotReadable, {name});

    QImageReader reader(path);
    // Photos of a screen are often stored sideways with an EXIF orientation.
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (!image.isNull())
        return readQrCode(image);
    switch (reader.error()) {
    case QImageReader::FileNotFoundError:
        return refuse(QrReading::Problem::Unreadable, msg::QrFileMissing, {name});
    case QImageReader::UnsupportedFormatError:
        return refuse(QrReading::Problem::Unreadable, msg::QrFileNotPicture, {name});
    case QImageReader::InvalidDataError:
        return refuse(QrReading::Problem::Unreadable, msg::QrFileDamaged, {name});
    default:
        return refuse(QrReading::Problem::Unreadable, msg::QrFileUnreadable,
                      {name, reader.errorString()});
    }
}

} // namespace vaultlink
