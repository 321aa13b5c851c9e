#pragma once

#include <QObject>
#include <QString>

namespace vaultlink {
class Clock;
}

namespace vaultlink::ui {

// The on-device log the user can switch on, read and delete: what the app did (syncs, their
// counts, failures with their codes and messages), never a password, token or record field.
// Callers pass only such text; nothing here inspects it. Each line is stamped with the time of
// the injected clock, in UTC.
class AppLog : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool enabled READ enabled NOTIFY enabledChanged)
public:
    static constexpr qint64 kMaxBytes = qint64{256} * 1024; // then the older half goes

    AppLog(QString path, const Clock &clock, QObject *parent = nullptr);

    bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    void write(const QString &event);
    Q_INVOKABLE QString text() const;
    Q_INVOKABLE void clear();

signals:
    void enabledChanged();
    void written();

private:
    void dropOlderHalf() const;

    QString m_path;
    const Clock &m_clock;
    bool m_enabled = false;
};

} // namespace vaultlink::ui
