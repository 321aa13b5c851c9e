#include "src/linking/link_payload.h"
#include "src/linking/qr_image.h"
#include "tests/unit/support/qr_pictures.h"

#include <QBuffer>
#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QString>
#include <QTemporaryDir>
#include <QTransform>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

using namespace vaultlink;
using vaultlink::testing::modulesOf;
using vaultlink::testing::qrImage;
using vaultlink::testing::render;

namespace {

// The docs/api.md §8 example as the server writes it.
const QString &linkCode() {
    static const QString code = QStringLiteral(
        "vaultlink://link?v=1&server=https%3A%2F%2Fvault.example.com%3A8443&db=7"
        "&dbname=Team%20A%26B%20%C3%9C&user=alice&token=Zq3vN8xL-Tb2_Wm5Kd7Pj9Rc4Hs6Yf1G"
        "&pin=sha256%2FbkGiDbqfFXrx0nimgPxgYbf6XRKnOvG%2Bqcav1FQXu8c%3D");
    return code;
}

QByteArray pngOf(const QImage &image) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

class QrImageFile : public ::testing::Test {
protected:
    QString write(const QString &name, const QByteArray &bytes) {
        QString path = directory.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir directory;
};

void expectReads(const QImage &image, const QString &text) {
    const QrReading reading = readQrCode(image);
    EXPECT_EQ(reading.problem, QrReading::Problem::None)
        << reading.message.debugText().toStdString();
    EXPECT_EQ(reading.text, text);
    EXPECT_TRUE(reading.message.isEmpty());
}

TEST(QrImage, ReadsALinkCodeThatThenParses) {
    const QrReading reading = readQrCode(qrImage(linkCode()));
    ASSERT_EQ(reading.problem, QrReading::Problem::None)
        << reading.message.debugText().toStdString();
    EXPECT_EQ(reading.text, linkCode());
    const LinkPayload::Parsed parsed = LinkPayload::parse(reading.text);
    EXPECT_EQ(parsed.problem, LinkPayload::Problem::None)
        << parsed.message.debugText().toStdString();
    ASSERT_TRUE(parsed.payload.has_value());
    EXPECT_EQ(parsed.payload->databaseName, QStringLiteral("Team A&B Ü"));
}

TEST(QrImage, ReadsASmallCodeWithAQuietZone) {
    expectReads(qrImage(linkCode(), 2, 4), linkCode());
}

TEST(QrImage, ReadsACodeTurnedSideways) {
    expectReads(qrImage(linkCode()).transformed(QTransform().rotate(90)), linkCode());
}

TEST(QrImage, ReadsACodeScaledSmoothlyOffCentreOnALargerPicture) {
    const QImage code =
        qrImage(linkCode(), 5).scaled(333, 333, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage page(900, 700, QImage::Format_RGB32);
    page.fill(QColor(230, 225, 210));
    for (int y = 0; y < code.height(); ++y)
        for (int x = 0; x < code.width(); ++x)
            page.setPixel(500 + x, 300 + y, code.pixel(x, y));
    expectReads(page, linkCode());
}

TEST(QrImage, ReadsLightModulesOnADarkGround) {
    QImage image = qrImage(linkCode());
    image.invertPixels();
    expectReads(image, linkCode());
}

TEST(QrImage, ReadsDarkModulesOnATransparentGround) {
    const QImage opaque = qrImage(linkCode());
    QImage image(opaque.size(), QImage::Format_ARGB32);
    for (int y = 0; y < opaque.height(); ++y)
        for (int x = 0; x < opaque.width(); ++x)
            image.setPixel(
                x, y, qGray(opaque.pixel(x, y)) == 0 ? qRgba(0, 0, 0, 255) : qRgba(0, 0, 0, 0));
    expectReads(image, linkCode());
}

TEST(QrImage, ReadsAWebAddressWhichIsNotALinkCode) {
    const QString address = QStringLiteral("https://vault.example.com/account");
    const QrReading reading = readQrCode(qrImage(address));
    ASSERT_EQ(reading.problem, QrReading::Problem::None)
        << reading.message.debugText().toStdString();
    EXPECT_EQ(reading.text, address);
    EXPECT_EQ(LinkPayload::parse(reading.text).problem, LinkPayload::Problem::NotVaultlink);
}

TEST(QrImage, FindsNoCodeInABlankPicture) {
    QImage blank(400, 300, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QrReading reading = readQrCode(blank);
    EXPECT_EQ(reading.problem, QrReading::Problem::NoCode);
    EXPECT_TRUE(reading.text.isEmpty());
    EXPECT_TRUE(reading.message.key() == QLatin1String("qr-not-found"));
}

TEST(QrImage, FindsNoCodeInNoise) {
    std::mt19937 random(20240601);
    std::uniform_int_distribution<int> level(0, 255);
    QImage noise(400, 400, QImage::Format_Grayscale8);
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x)
            noise.scanLine(y)[x] = static_cast<uchar>(level(random));
    EXPECT_EQ(readQrCode(noise).problem, QrReading::Problem::NoCode);
}

TEST(QrImage, IgnoresBarcodesOtherThanQrCodes) {
    const QImage ean =
        render(modulesOf(ZXing::BarcodeFormat::EAN13, QStringLiteral("5901234123457")), 3, 10, 60);
    // The picture is a readable EAN-13 barcode, so only the restriction to QR codes refuses it.
    const ZXing::ImageView view(ean.constBits(), ean.width(), ean.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(ean.bytesPerLine()));
    const ZXing::Result asEan =
        ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::EAN13));
    ASSERT_TRUE(asEan.isValid());
    EXPECT_EQ(asEan.text(), "5901234123457");

    EXPECT_EQ(readQrCode(ean).problem, QrReading::Problem::NoCode);
}

TEST(QrImage, NullImageIsUnreadable) {
    EXPECT_EQ(readQrCode(QImage()).problem, QrReading::Problem::Unreadable);
}

TEST_F(QrImageFile, ReadsAPngFile) {
    const QrReading reading =
        readQrCodeFile(write(QStringLiteral("code.png"), pngOf(qrImage(linkCode()))));
    EXPECT_EQ(reading.problem, QrReading::Problem::None)
        << reading.message.debugText().toStdString();
    EXPECT_EQ(reading.text, linkCode());
}

TEST_F(QrImageFile, PictureWithoutACodeHasNoCode) {
    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(255);
    EXPECT_EQ(readQrCodeFile(write(QStringLiteral("blank.png"), pngOf(blank))).problem,
              QrReading::Problem::NoCode);
}

TEST_F(QrImageFile, MissingFileIsUnreadable) {
    const QrReading reading = readQrCodeFile(directory.filePath(QStringLiteral("absent.png")));
    EXPECT_EQ(reading.problem, QrReading::Problem::Unreadable);
    EXPECT_EQ(reading.message,
              Message(QStringLiteral("qr-file-missing"), {QStringLiteral("absent.png")}));
}

TEST_F(QrImageFile, TruncatedPngIsUnreadable) {
    const QByteArray png = pngOf(qrImage(linkCode()));
    const QrReading reading =
        readQrCodeFile(write(QStringLiteral("cut.png"), png.left(png.size() / 2)));
    EXPECT_EQ(reading.problem, QrReading::Problem::Unreadable)
        << reading.message.debugText().toStdString();
    EXPECT_TRUE(reading.message.args().value(0) == QLatin1String("cut.png"));
}

TEST_F(QrImageFile, TextFileNamedPngIsUnreadable) {
    const QrReading reading = readQrCodeFile(
        write(QStringLiteral("notes.png"), QByteArrayLiteral("vaultlink://link?v=1\n")));
    EXPECT_EQ(reading.problem, QrReading::Problem::Unreadable)
        << reading.message.debugText().toStdString();
    EXPECT_TRUE(reading.message.args().value(0) == QLatin1String("notes.png"));
}

TEST_F(QrImageFile, EmptyFileIsUnreadable) {
    EXPECT_EQ(readQrCodeFile(write(QStringLiteral("empty.png"), QByteArray())).problem,
              QrReading::Problem::Unreadable);
}

TEST_F(QrImageFile, FolderIsUnreadable) {
    EXPECT_EQ(readQrCodeFile(directory.path()).problem, QrReading::Problem::Unreadable);
}

TEST_F(QrImageFile, FileWithoutReadPermissionIsUnreadable) {
    const QString path = write(QStringLiteral("private.png"), pngOf(qrImage(linkCode())));
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    if (QFile file(path); file.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "permissions are not enforced for this user (root?)";
    const QrReading reading = readQrCodeFile(path);
    EXPECT_EQ(reading.problem, QrReading::Problem::Unreadable);
    EXPECT_TRUE(reading.message.args().value(0) == QLatin1String("private.png"));
}

TEST_F(QrImageFile, NoPathIsUnreadable) {
    EXPECT_EQ(readQrCodeFile(QString()).problem, QrReading::Problem::Unreadable);
}

} // namespace
