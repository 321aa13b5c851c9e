#pragma once

#include "src/base/message.h"

#include <QString>

class QImage;

namespace vaultlink {

// The text of the QR code in a picture (a file chosen by the user, or a camera frame).
struct QrReading {
    enum class Problem {
        None,
        Unreadable, // not an image this build can open (missing, damaged, not a picture)
        NoCode,     // a picture without a readable QR code
    };
    QString text;
    Problem problem = Problem::None;
    Message message; // keys qr-…
};

QrReading readQrCode(const QImage &image);
QrReading readQrCodeFile(const QString &path);

} // namespace vaultlink
