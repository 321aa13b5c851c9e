#include "src/ui/app_log.h"

#include "src/crypto/clock.h"

#include <QFile>

namespace vaultlink::ui {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

AppLog::AppLog(QString path, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_clock(clock) {}

void AppLog::setEnabled(bool enabled) {
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    emit enabledChanged();
}

void AppLog::dropOlderHalf() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray kept = file.readAll().mid(static_cast<qsizetype>(kMaxBytes / 2));
    file.close();
    // From the first whole line on, so that no line is left cut in two.
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(kept.mid(kept.indexOf('\n') + 1));
}

void AppLog::write(const QString &event) {
    if (!m_enabled)
        return;
    QFile file(m_path);
    if (file.size() > kMaxBytes)
        dropOlderHalf();
    // Created owner-only, and an older file that was not is made so before anything is added.
    if (!file.open(QIODevice::Append | QIODevice::Text, kOwnerOnly))
        return;
    file.setPermissions(kOwnerOnly);
    // One event, one line: a line break in a message must not start what looks like another.
    QString folded = event;
    folded.replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString line =
        QStringLiteral("%1 %2\n").arg(m_clock.now().toUTC().toString(Qt::ISODate), folded);
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
