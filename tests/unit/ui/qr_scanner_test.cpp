#include "src/ui/qr_scanner.h"
#include "src/ui/stand_in_camera.h"
#include "tests/unit/support/qr_pictures.h"
#include "tests/unit/ui/wait_for.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVideoSink>

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

// The stand-in camera plays a picture into a video sink as a camera would; the scanner reads the
// sink's frames.
class QrScannerTest : public ::testing::Test {
protected:
    QString picture(const QImage &image) {
        const QString path = dir.filePath(QStringLiteral("frame%1.png").arg(++m_pictures));
        image.save(path);
        return path;
    }

    QTemporaryDir dir;
    QVideoSink sink;
    ui::QrScanner scanner;
    int m_pictures = 0;
};

TEST_F(QrScannerTest, ReadsACodeFromTheCamerasFramesOnce) {
    const QString code = QStringLiteral("vaultlink://link?v=1&server=vault.example&db=1&user=a");
    ui::StandInCamera camera(picture(qrImage(code, 4, 4)));
    ASSERT_TRUE(camera.available());
    camera.setVideoSink(&sink);
    scanner.setVideoSink(&sink);
    scanner.setIntervalMs(0);
    QSignalSpy found(&scanner, &ui::QrScanner::found);
    camera.setActive(true);
    ASSERT_TRUE(waitFor([&] { return found.size() == 1; }));
    EXPECT_EQ(found.at(0).at(0).toString(), code);
    // The same code in later frames is not reported again.
    ASSERT_TRUE(waitFor([&] { return scanner.framesDecoded() >= 4; }));
    EXPECT_EQ(found.size(), 1);
}

TEST_F(QrScannerTest, FramesWithoutACodeReportNothing) {
    QImage blank(320, 240, QImage::Format_RGB32);
    blank.fill(Qt::gray);
    ui::StandInCamera camera(picture(blank));
    camera.setVideoSink(&sink);
    scanner.setVideoSink(&sink);
    scanner.setIntervalMs(0);
    QSignalSpy found(&scanner, &ui::QrScanner::found);
    camera.setActive(true);
    ASSERT_TRUE(waitFor([&] { return scanner.framesDecoded() >= 3; }));
    EXPECT_EQ(found.size(), 0);
}

TEST_F(QrScannerTest, AnInactiveScannerDecodesNothing) {
    ui::StandInCamera camera(picture(qrImage(QStringLiteral("hello"), 4, 4)));
    camera.setVideoSink(&sink);
    scanner.setVideoSink(&sink);
    scanner.setIntervalMs(0);
    scanner.setActive(false);
    camera.setActive(true);
    QElapsedTimer timer;
    timer.start();
    waitFor([&] { return timer.elapsed() > 400; });
    EXPECT_EQ(scanner.framesDecoded(), 0);
}

TEST(StandInCamera, WithoutAPictureThereIsNoCamera) {
    ui::StandInCamera camera(QString{});
    EXPECT_FALSE(camera.available());
    camera.setActive(true);
    EXPECT_FALSE(camera.active());
}

} // namespace
} // namespace vaultlink::testing
