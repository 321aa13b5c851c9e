#pragma once

#include "src/ui/otp_bridge.h"
#include "src/ui/record_list_model.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>

namespace vaultlink {
class ProfileService;
}

namespace vaultlink::ui {

class TaskRunner;
class VaultSession;

// The Vault page: tabs ("All passwords", "Personal", units the user adds), search as you type,
// the list, and the sync status line. The list reads the mirror lazily (RecordListModel).
class VaultViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY openChanged)
    Q_PROPERTY(RecordListModel *records READ records CONSTANT)
    Q_PROPERTY(QVariantList tabs READ tabs NOTIFY tabsChanged)
    Q_PROPERTY(QVariantList availableUnits READ availableUnits NOTIFY tabsChanged)
    Q_PROPERTY(int currentTab READ currentTab WRITE setCurrentTab NOTIFY currentTabChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(
        bool searchAllTabs READ searchAllTabs WRITE setSearchAllTabs NOTIFY searchAllTabsChanged)
    Q_PROPERTY(bool hidePersonal READ hidePersonal WRITE setHidePersonal NOTIFY tabsChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncChanged)
    Q_PROPERTY(qint64 syncReceived READ syncReceived NOTIFY syncChanged)
    Q_PROPERTY(qint64 syncTotal READ syncTotal NOTIFY syncChanged)
    Q_PROPERTY(qint64 syncPending READ syncPending NOTIFY syncChanged)
    Q_PROPERTY(QString syncError READ syncError NOTIFY syncChanged)
    Q_PROPERTY(QString syncNotice READ syncNotice NOTIFY syncChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY syncChanged)
    Q_PROPERTY(qint64 recordCount READ recordCount NOTIFY syncChanged)
    Q_PROPERTY(int otpDigits READ otpDigits NOTIFY otpRequested)
    Q_PROPERTY(QString lockReason READ lockReason NOTIFY openChanged)
public:
    VaultViewModel(ProfileService &service, TaskRunner &runner, VaultSession &session,
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
    bool syncing() const { return m_syncing; }
    qint64 syncReceived() const { return m_received; }
    qint64 syncTotal() const { return m_total; }
    // Records the server announced that this device does not hold yet (a sync that stopped).
    qint64 syncPending() const { return m_pending; }
    QString syncError() const { return m_syncError; }
    QString syncNotice() const { return m_syncNotice; }
    QDateTime lastSync() const { return m_lastSync; }
    qint64 recordCount() const { return m_recordCount; }
    int otpDigits() const { return m_otpDigits; }
    // Why the vault closed itself (the server removed this device), for the profiles page.
    QString lockReason() const { return m_lockReason; }

    Q_INVOKABLE void addUnitTab(qint64 unit);
    Q_INVOKABLE void closeTab(int index);
    // repair: "fix sync errors" (integrity and digest checked, then repaired from the server).
    Q_INVOKABLE void sync(bool repair = false);
    Q_INVOKABLE void answerOtp(const QString &code) { m_otp.answer(code); }
    Q_INVOKABLE void lock();

signals:
    void openChanged();
    void tabsChanged();
    void currentTabChanged();
    void searchTextChanged();
    void searchAllTabsChanged();
    void syncChanged();
    void otpRequested();
    void locked();
    // For the on-device log: counts and failure messages, never a record's content.
    void syncFinished(const QString &summary);
    void syncFailed(const QString &code, const QString &message);

private:
    struct TabEntry {
        Tab tab;
        QString title;
    };
    QList<TabEntry> visibleTabs() const;
    void sessionChanged();
    void refresh();
    void readStatus();
    void lockBecause(const QString &reason);

    ProfileService &m_service;
    TaskRunner &m_runner;
    VaultSession &m_session;
    OtpBridge m_otp;
    RecordListModel m_records;
    QList<StoredUnit> m_units;
    QList<qint64> m_unitTabs; // units the user opened as tabs
    int m_currentTab = 0;
    QString m_searchText;
    bool m_searchAllTabs = true;
    bool m_hidePersonal = false;
    bool m_syncing = false;
    qint64 m_received = 0;
    qint64 m_total = 0;
    qint64 m_pending = 0;
    QString m_syncError;
    QString m_syncNotice;
    QDateTime m_lastSync;
    qint64 m_recordCount = 0;
    int m_otpDigits = 6;
    QString m_lockReason;
};

} // namespace vaultlink::ui
