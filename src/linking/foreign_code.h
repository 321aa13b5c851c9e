#pragma once

#include "src/base/message.h"

#include <QString>

namespace vaultlink {

// What a QR code that is not a Vaultlink link code seems to hold, as a term for the user
// (foreign-web-address, foreign-wifi, foreign-text, …). Deliberately never quotes the text: a
// foreign code may well hold a password (a Wi-Fi code does).
Message describeForeignCode(const QString &text);

} // namespace vaultlink
