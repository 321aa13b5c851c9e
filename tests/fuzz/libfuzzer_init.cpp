// libFuzzer's side of the two drivers: it brings its own main() and calls this once first.

#include "tests/fuzz/fuzz_support.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    // Qt SQL and the image plugins look for an application object. It keeps a reference to argc,
    // which libFuzzer's main outlives.
    static QCoreApplication app(*argc, *argv);
    vaultlink::fuzz::quietQtMessages();
    return 0;
}
