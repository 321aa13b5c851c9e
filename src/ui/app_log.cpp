#include "src/ui/app_log.h"

#include <QDateTime>
#include <QFile>

namespace vaultlink::ui {

namespace {
constexpr qint64 kMaxBytes = 256 * 1024; // then the older half goes
}

AppLog::AppLog(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path)) {}

void AppLog::setEnabled(bool enabled) {
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    emit enabledChanged();
}

void AppLog::write(const QString &event) {
    if (!m_enabled)
        return;
    QFile file(m_path);
    if (file.size() > kMaxBytes && file.open(QIODevice::ReadOnly)) {
        const QByteArray kept = file.readAll().mid(static_cast<qsizetype>(kMaxBytes / 2));
        file.close();
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(kept.mid(kept.indexOf('\n') + 1));
        file.close();
    }
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString line =
        QStringLiteral("%1 %2\n").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                      QString(event).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    file.write(line.toUtf8());
    emit written();
}

QString AppLog::text() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

void AppLog::clear() {
    QFile::remove(m_path);
    emit written();
}

} // namespace vaultlink::ui
