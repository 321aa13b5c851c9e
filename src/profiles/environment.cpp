#include "src/profiles/environment.h"

#include <QHostInfo>
#include <QStandardPaths>

#include <sys/stat.h>

namespace vaultlink {

namespace {
std::chrono::milliseconds kdfTarget() {
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("VAULTLINK_KDF_MS", &ok);
    return std::chrono::milliseconds(ok && ms > 0 ? ms : 500);
}
} // namespace

DeviceEnvironment::DeviceEnvironment(const QString &program, std::chrono::milliseconds timeout)
    : m_environment{m_random,
                    m_clock,
                    [timeout](const TrustPolicy &trust) {
                        return std::make_unique<QtTransport>(trust, timeout);
                    },
                    threadSleeper(),
                    kdfTarget(),
                    QStringLiteral("%1 on %2").arg(program, QHostInfo::localHostName())} {
    // Whatever this process creates is its user's alone: beside the core's own files (made
    // owner-only one by one), those Qt and SQLite make for it, such as the sync's lock file and
    // the app's settings.
    ::umask(077);
    m_environment.callBudget = timeout;
}

QString dataDirectory(const QString &chosen) {
    if (!chosen.isEmpty())
        return chosen;
    QString fromEnvironment = qEnvironmentVariable("VAULTLINK_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace vaultlink
