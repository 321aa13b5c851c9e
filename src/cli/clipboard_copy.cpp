#include "src/cli/clipboard_copy.h"

#include "platform/clipboard_marker.h"
#include "src/cli/messages.h"
#include "src/cli/output.h"
#include "src/clipboard/clipboard_guard.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace vaultlink::cli {

namespace {
std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) {
    interrupted = true;
}
} // namespace

bool clipboardReachable() {
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void copyUntilCleared(const Output &out, const SecureBuffer &value, int seconds,
                      const QString &what) {
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw cliFailure(QStringLiteral("no-clipboard"),
                         QStringLiteral("No clipboard here: this needs a desktop session "
                                        "(DISPLAY or WAYLAND_DISPLAY). 'show --reveal' prints "
                                        "the record instead."));
    const std::unique_ptr<platform::ClipboardMarker> marker = platform::makeClipboardMarker();
    ClipboardGuard guard(*QGuiApplication::clipboard(), *marker);
    guard.setClearAfterSeconds(seconds);
    QString text = QString::fromUtf8(value.view());
    guard.copy(text, true);
    text.fill(QChar(0));
    out.note(QStringLiteral("Copied %1 to the clipboard; it is cleared in %2 s (Ctrl-C clears "
                            "it now).")
                 .arg(what)
                 .arg(seconds));

    QEventLoop loop;
    QObject::connect(&guard, &ClipboardGuard::cleared, &loop, &QEventLoop::quit);
    // A signal handler may only set a flag; the loop looks at it a few times a second.
    interrupted = false;
    const auto previous = std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (interrupted)
            guard.clearNow();
    });
    watch.start(200);
    loop.exec();
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, SIG_DFL);
    out.note(QStringLiteral("The clipboard is cleared."));
}

} // namespace vaultlink::cli
