// A picture of a link QR code as the user opens it ("Open image…", `vaultlink-cli link --qr`):
// readQrCodeFile (Qt's image readers, then ZXing-C++ on the grey levels and their negative),
// and the text found through LinkPayload::parse, as linking does. Qt's and ZXing's own code is
// Debian's, not instrumented: libFuzzer is guided by the project's code only, and the sanitizers
// see what passes through it. Inputs stay small: a picture of a few kilobytes already takes
// milliseconds to search.
// fuzz.sh: -max_len=4096

#include "src/linking/link_payload.h"
#include "src/linking/qr_image.h"
#include "tests/fuzz/client_checks.h"
#include "tests/fuzz/fuzz_target.h"

using namespace vaultlink;

VAULTLINK_FUZZ_TARGET(qr_image) {
    const QString path = fuzz::writeScratchFile(QStringLiteral("picture"), data, size);
    const QrReading reading = readQrCodeFile(path);
    VAULTLINK_FUZZ_CHECK((reading.problem == QrReading::Problem::None) ==
                         reading.message.isEmpty());
    if (reading.problem != QrReading::Problem::None) {
        fuzz::checkMessage(reading.message);
        return;
    }
    const LinkPayload::Parsed parsed = LinkPayload::parse(reading.text);
    if (!parsed.payload)
        fuzz::checkMessage(parsed.message);
}
