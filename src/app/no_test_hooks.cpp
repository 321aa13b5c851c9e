#include "src/app/test_hooks.h"

#include <QObject>

#include <cstdio>

namespace vaultlink::app {

std::unique_ptr<QObject> startTestDriver(QQmlApplicationEngine &) {
    std::fputs("vaultlink: --drive exists only in test builds\n", stderr);
    return nullptr;
}

} // namespace vaultlink::app
