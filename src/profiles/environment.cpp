#include "src/profiles/environment.h"

#include <QHostInfo>
#include <QStandardPaths>

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
                    QStringLiteral("%1 on %2").arg(program, QHostInfo::localHostName())} {}

QString dataDirectory(const QString &chosen) {
    if (!chosen.isEmpty())
        return chosen;
    QString fromEnvironment = qEnvironmentVariable("VAULTLINK_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace vaultlink
