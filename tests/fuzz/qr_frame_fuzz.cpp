// A camera frame as the QR scanner hands it on (src/ui/qr_scanner: each frame as a QImage to
// readQrCode): the grey levels and their negative searched by ZXing-C++, and a text found
// through LinkPayload::parse. The first byte is the frame's width, the rest its grey pixels, row
// by row. Unlike qr_image, no file format stands between the mutations and ZXing (a PNG's
// checksums turn nearly every changed picture away before it is searched); ZXing itself is
// Debian's, not instrumented, so the sanitizers see what it does to memory only where it crashes
// or goes through the C library.
// fuzz.sh: -max_len=8192

#include "src/linking/link_payload.h"
#include "src/linking/qr_image.h"
#include "tests/fuzz/client_checks.h"
#include "tests/fuzz/fuzz_target.h"

#include <QImage>

#include <algorithm>
#include <cstring>

using namespace vaultlink;

VAULTLINK_FUZZ_TARGET(qr_frame) {
    fuzz::InputReader input(data, size);
    const int width = std::max(1, int{input.byte()});
    const QByteArray pixels = input.rest();
    const int height = static_cast<int>(pixels.size() / width);
    QImage frame(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        std::memcpy(frame.scanLine(y), pixels.constData() + qsizetype{y} * width,
                    static_cast<std::size_t>(width));

    const QrReading reading = readQrCode(frame);
    VAULTLINK_FUZZ_CHECK((reading.problem == QrReading::Problem::None) ==
                         reading.message.isEmpty());
    if (reading.problem != QrReading::Problem::None) {
        fuzz::checkMessage(reading.message);
        VAULTLINK_FUZZ_CHECK(height > 0 || reading.problem == QrReading::Problem::Unreadable);
        return;
    }
    const LinkPayload::Parsed parsed = LinkPayload::parse(reading.text);
    if (!parsed.payload)
        fuzz::checkMessage(parsed.message);
}
