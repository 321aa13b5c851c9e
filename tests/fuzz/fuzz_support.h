#pragma once

// What the two drivers (libFuzzer's and the replay's) share; targets include fuzz_target.h only.

#include <QString>

namespace vaultlink::fuzz {

// Qt's debug, info and warning messages are dropped (a damaged picture or JSON text makes Qt
// complain thousands of times a second); VAULTLINK_FUZZ_VERBOSE=1 keeps them. Fatal ones abort.
void quietQtMessages();

// The input being replayed, named in any failure report; empty under libFuzzer, which names
// the input itself.
void setCurrentInput(const QString &name);
const char *currentInput();

} // namespace vaultlink::fuzz
