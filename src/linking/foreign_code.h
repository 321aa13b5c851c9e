#pragma once

#include <QString>

namespace vaultlink {

// What a QR code that is not a Vaultlink link code seems to hold, as a phrase for the user
// ("a web address", "Wi-Fi network details", "plain text", …). Deliberately never quotes the
// text: a foreign code may well hold a password (a Wi-Fi code does).
QString describeForeignCode(const QString &text);

} // namespace vaultlink
