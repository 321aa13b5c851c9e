#pragma once

#include "src/ui/device_sign_bridge.h"
#include "src/ui/record_list_model.h"
#include "src/ui/second_factor_bridge.h"
#include "src/ui/sync_status.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>

#include <memory>

namespace vaultlink {
class Failure;
class ProfileService;
} // namespace vaultlink

namespace vaultlink::ui {

class TaskRunner;
class VaultSession;

// The Vault page: tabs ("All passwords", "Personal", units the user adds), search as you type,
// the list, and synchronizing (its status is an object of its own, SyncStatus). The list reads
// the mirror lazily (RecordListModel).
class VaultViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY openChanged)
    // Object types spelled in full: QML tooling (qmltyperegistrar) matches them by that name.
    Q_PROPERTY(vaultlink::ui::RecordListModel *records READ records CONSTANT)
    Q_PROPERTY(QVariantList tabs READ tabs NOTIFY tabsChanged)
    Q_PROPERTY(QVariantList availableUnits READ availableUnits NOTIFY tabsChanged)
    Q_PROPERTY(int currentTab READ currentTab WRITE setCurrentTab NOTIFY currentTabChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(
        bool searchAllTabs READ searchAllTabs WRITE setSearchAllTabs NOTIFY searchAllTabsChanged)
    Q_PROPERTY(bool hidePersonal READ hidePersonal WRITE setHidePersonal NOTIFY tabsChanged)
    Q_PROPERTY(vaultlink::ui::SyncStatus *syncStatus READ syncStatus CONSTANT)
    Q_PROPERTY(vaultlink::ui::SecondFactorBridge *secondFactor READ secondFactor CONSTANT)
    Q_PROPERTY(QString lockReason READ lockReason NOTIFY openChanged)
    // What Sign out does here, as the server's policy at the last contact says.
    Q_PROPERTY(bool signOutDeletes READ signOutDeletes NOTIFY signOutDeletesChanged)
    Q_PROPERTY(bool leaving READ leaving NOTIFY leavingChanged)
public:
    // `signIn`: the device-login key's signature through the biometric prompt, for a sync that
    // must start the server's session again after a biometric unlock (BiometricViewModel).
    // `securityKey` (may be null) answers a security-key second factor; it outlives this.
    VaultViewModel(ProfileService &service, TaskRunner &runner, VaultSession &session,
                   DeviceSignBridge::Sign signIn, platform::SecurityKey *securityKey = nullptr,
                   QObject *parent = nullptr);
    ~VaultViewModel() override;

    bool isOpen() const;
    QString profileName() const;
    RecordListModel *records() { return &m_records; }
    QVariantList tabs() const;
    QVariantList availableUnits() const;
    int currentTab() const { return m_currentTab; }
    void setCurrentTab(int index);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    bool searchAllTabs() const { return m_searchAllTabs; }
    void setSearchAllTabs(bool all);
    bool hidePersonal() const { return m_hidePersonal; }
    void setHidePersonal(bool hide);
    SyncStatus *syncStatus() { return &m_syncStatus; }
    SecondFactorBridge *secondFactor() { return &m_secondFactor; }
    // Why the vault closed itself (the server removed this device), for the profiles page.
    QString lockReason() const { return m_lockReason; }
    bool signOutDeletes() const { return m_signOutDeletes; }
    bool leaving() const { return m_leaving; }

    Q_INVOKABLE void addUnitTab(qint64 unit);
    Q_INVOKABLE void closeTab(int index);
    // repair: "fix sync errors" (integrity and digest checked, then repaired from the server).
    Q_INVOKABLE void sync(bool repair = false);
    Q_INVOKABLE void lock();
    // Lock keeps the server's session. Sign out ends it and keeps or deletes the copy as the
    // server's policy says; Remove ends it where it can and deletes the profile. Both close the
    // vault at once; lockReason then says how it went.
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void removeProfile();

signals:
    void openChanged();
    void tabsChanged();
    void currentTabChanged();
    void searchTextChanged();
    void searchAllTabsChanged();
    // The server asks for a second factor while a sync logs in again (secondFactor says which).
    void otpRequested();
    void locked();
    // For the on-device log: counts and failure messages, never a record's content.
    void syncFinished(const QString &summary);
    // The server forbids biometric unlock: the profile's wrap is gone; the platform's keys go too.
    void biometricsRemoved(const vaultlink::ProfileRecord &profile);
    void syncFailed(const QString &code, const QString &message);
    // Signed out or removed: the profiles list changes (a profile gone, a session ended).
    void left(const QString &summary);
    void leavingChanged();
    void signOutDeletesChanged();
    // A sync succeeded: where its server is, how it is trusted, the session's access token and
    // the sequence the mirror reached (for the change-notice channel, LiveChanges).
    void synced(const QUrl &server, const QString &pin, const QString &accessToken,
                qint64 sequence);

private:
    struct SyncJob;
    struct TabEntry {
        Tab tab;
        QString title;
    };
    QList<TabEntry> visibleTabs() const;
    void sessionChanged();
    // InPlace: the same list after a write or a sync, shown where the user had scrolled.
    void refresh(RecordListModel::Show show = RecordListModel::Show::Anew);
    void readStatus();
    void lockBecause(const QString &reason);
    void leave(bool remove);
    void finishLeaving(const QString &said, const QString &summary);
    void startSync(const std::shared_ptr<SyncJob> &job, bool repair);
    void syncDone(const SyncJob &job);
    void syncFailedWith(const SyncJob &job, const Failure &failure);
    bool isSessionOf(const SyncJob &job);

    ProfileService &m_service;
    TaskRunner &m_runner;
    VaultSession &m_session;
    SecondFactorBridge m_secondFactor;
    DeviceSignBridge m_signIn;
    RecordListModel m_records;
    QList<StoredUnit> m_units;
    QList<qint64> m_unitTabs; // units the user opened as tabs
    int m_currentTab = 0;
    QString m_searchText;
    bool m_searchAllTabs = true;
    bool m_hidePersonal = false;
    SyncStatus m_syncStatus;
    QString m_lockReason;
    bool m_signOutDeletes = false;
    bool m_leaving = false;
};

} // namespace vaultlink::ui
