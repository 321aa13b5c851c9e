#pragma once

#include "src/ui/auto_sync.h"

#include <QObject>
#include <QVariant>

class QSettings;

namespace vaultlink::ui {

// The Settings page, as the seed product has them, kept in the app's settings file (never a
// secret there). Other view-models follow these values through their signals. What the file
// holds is read defensively: it may be edited by hand or come from another version.
class SettingsViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool hidePersonal READ hidePersonal WRITE setHidePersonal NOTIFY changed)
    Q_PROPERTY(bool searchAllTabs READ searchAllTabs WRITE setSearchAllTabs NOTIFY changed)
    Q_PROPERTY(int idleLockSeconds READ idleLockSeconds WRITE setIdleLockSeconds NOTIFY changed)
    Q_PROPERTY(int clipboardSeconds READ clipboardSeconds WRITE setClipboardSeconds NOTIFY changed)
    Q_PROPERTY(
        int leaveGraceSeconds READ leaveGraceSeconds WRITE setLeaveGraceSeconds NOTIFY changed)
    Q_PROPERTY(
        vaultlink::ui::AutoSync::Mode autoSync READ autoSync WRITE setAutoSync NOTIFY changed)
    Q_PROPERTY(bool logging READ logging WRITE setLogging NOTIFY changed)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(QString version READ version CONSTANT)
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    static constexpr int kMaxIdleLockSeconds = 24 * 3600;
    static constexpr int kMinClipboardSeconds = 1;
    static constexpr int kMaxClipboardSeconds = 600;
    // How long the vault stays open in the background: at once, 30 s, 1 min, 5 min.
    static constexpr int kLeaveGraceChoices[] = {0, 30, 60, 300};

    explicit SettingsViewModel(QSettings &store, QObject *parent = nullptr);

    bool hidePersonal() const;
    void setHidePersonal(bool hide);
    bool searchAllTabs() const;
    void setSearchAllTabs(bool all);
    int idleLockSeconds() const; // 0: never
    void setIdleLockSeconds(int seconds);
    int clipboardSeconds() const;
    void setClipboardSeconds(int seconds);
    int leaveGraceSeconds() const; // one of kLeaveGraceChoices
    void setLeaveGraceSeconds(int seconds);
    AutoSync::Mode autoSync() const;
    void setAutoSync(AutoSync::Mode mode);
    bool logging() const;
    void setLogging(bool on);
    Theme theme() const;
    void setTheme(Theme theme);
    QString version() const;

signals:
    void changed();

private:
    int storedInt(const char *key, int fallback, int lowest, int highest) const;
    // Compared by what the getters return: the file's text "300" and a fresh 300 are the same.
    void store(const char *key, const QVariant &current, const QVariant &value);

    QSettings &m_store;
};

} // namespace vaultlink::ui
