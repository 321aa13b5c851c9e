#include "src/ui/vault_view_model.h"

#include "src/base/message_catalog.h"
#include "src/profiles/failure.h"
#include "src/profiles/mirror_token_store.h"
#include "src/profiles/profile_service.h"
#include "src/ui/messages.h"
#include "src/ui/task_runner.h"
#include "src/ui/vault_session.h"

#include <QScopeGuard>
#include <QVariantMap>

namespace vaultlink::ui {

VaultViewModel::VaultViewModel(ProfileService &service, TaskRunner &runner, VaultSession &session,
                               DeviceSignBridge::Sign signIn, platform::SecurityKey *securityKey,
                               QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_runner(runner)
    , m_session(session)
    , m_secondFactor(securityKey)
    , m_signIn(*this, std::move(signIn)) {
    connect(&m_session, &VaultSession::openChanged, this, &VaultViewModel::sessionChanged);
    // A record written on this device, or a sync's records taken up: the list and the counts.
    connect(&m_session, &VaultSession::recordsUpdated, this, [this] {
        try {
            readStatus();
        } catch (const std::exception &) {
            // A file that cannot be read now: the next sync or read says why.
        }
        refresh(RecordListModel::Show::InPlace);
    });
    connect(&m_secondFactor, &SecondFactorBridge::requested, this, &VaultViewModel::otpRequested);
    sessionChanged();
}

VaultViewModel::~VaultViewModel() {
    m_secondFactor.close();
    m_signIn.close();
    m_runner.waitForDone();
}

bool VaultViewModel::isOpen() const {
    return m_session.isOpen();
}

QString VaultViewModel::profileName() const {
    return m_session.profileName();
}

QList<VaultViewModel::TabEntry> VaultViewModel::visibleTabs() const {
    QList<TabEntry> tabs{{Tab::all(), tr("All passwords")}};
    if (!m_hidePersonal)
        tabs.append({Tab::personal(), tr("Personal")});
    for (const qint64 unit : m_unitTabs)
        for (const StoredUnit &stored : m_units)
            if (stored.id == unit)
                tabs.append({Tab::ofUnit(unit), stored.name});
    return tabs;
}

QVariantList VaultViewModel::tabs() const {
    QVariantList list;
    for (const TabEntry &entry : visibleTabs())
        list.append(QVariantMap{{QStringLiteral("title"), entry.title},
                                {QStringLiteral("closable"), entry.tab.kind == Tab::Kind::Unit}});
    return list;
}

QVariantList VaultViewModel::availableUnits() const {
    QVariantList list;
    for (const StoredUnit &unit : m_units)
        if (!m_unitTabs.contains(unit.id))
            list.append(
                QVariantMap{{QStringLiteral("id"), unit.id}, {QStringLiteral("name"), unit.name}});
    return list;
}

void VaultViewModel::setCurrentTab(int index) {
    const int clamped = std::clamp(index, 0, static_cast<int>(visibleTabs().size()) - 1);
    if (clamped == m_currentTab)
        return;
    m_currentTab = clamped;
    emit currentTabChanged();
    refresh();
}

void VaultViewModel::setSearchText(const QString &text) {
    if (text == m_searchText)
        return;
    m_searchText = text;
    emit searchTextChanged();
    refresh();
}

void VaultViewModel::setSearchAllTabs(bool all) {
    if (all == m_searchAllTabs)
        return;
    m_searchAllTabs = all;
    emit searchAllTabsChanged();
    refresh();
}

void VaultViewModel::setHidePersonal(bool hide) {
    if (hide == m_hidePersonal)
        return;
    m_hidePersonal = hide;
    m_currentTab = 0;
    emit tabsChanged();
    emit currentTabChanged();
    refresh();
}

void VaultViewModel::addUnitTab(qint64 unit) {
    if (m_unitTabs.contains(unit))
        return;
    m_unitTabs.append(unit);
    emit tabsChanged();
    setCurrentTab(static_cast<int>(visibleTabs().size()) - 1);
}

void VaultViewModel::closeTab(int index) {
    const QList<TabEntry> tabs = visibleTabs();
    if (index < 0 || index >= tabs.size() || tabs.at(index).tab.kind != Tab::Kind::Unit)
        return;
    m_unitTabs.removeOne(tabs.at(index).tab.unit);
    m_currentTab = std::min(m_currentTab, static_cast<int>(tabs.size()) - 2);
    emit tabsChanged();
    emit currentTabChanged();
    refresh();
}

void VaultViewModel::refresh(RecordListModel::Show show) {
    Mirror *mirror = m_session.mirror();
    if (!mirror) {
        m_records.clear();
        return;
    }
    const QList<TabEntry> tabs = visibleTabs();
    const Tab tab = tabs.value(m_currentTab, tabs.first()).tab;
    const QString term = m_searchText.trimmed();
    if (term.isEmpty()) {
        m_records.showTab(mirror, tab, show);
        return;
    }
    // Hidden Personal records stay out of "all tabs" searches too.
    QList<qint64> hits = m_session.searchIndex().find(term, m_searchAllTabs ? Tab::all() : tab);
    if (m_hidePersonal && (m_searchAllTabs || tab.kind == Tab::Kind::All)) {
        const QList<qint64> personal = m_session.searchIndex().find(term, Tab::personal());
        hits.removeIf([&](qint64 id) { return personal.contains(id); });
    }
    m_records.showIds(mirror, std::move(hits), show);
}

void VaultViewModel::readStatus() {
    // signOutDeletes follows the policy each sync brings: the Leave dialog's line would
    // otherwise keep saying what the policy at unlock said.
    const auto notify = qScopeGuard([this, deleted = m_signOutDeletes] {
        if (m_signOutDeletes != deleted)
            emit signOutDeletesChanged();
    });
    Mirror *mirror = m_session.mirror();
    m_units = mirror ? mirror->units() : QList<StoredUnit>();
    m_syncStatus.setStored(
        mirror ? mirror->syncState().count : 0,
        mirror ? QDateTime::fromString(mirror->value(QLatin1String(mirror_keys::lastSyncAt)),
                                       Qt::ISODateWithMs)
               : QDateTime());
    qint64 waiting = 0;
    int refused = 0;
    int notes = 0;
    if (mirror) {
        for (const PendingChange &change : mirror->pendingChanges())
            change.refused ? ++refused : ++waiting;
        notes = static_cast<int>(mirror->notes().size());
    }
    m_syncStatus.setLocal(waiting, refused, notes);
    OpenProfile *profile = m_session.profile();
    m_signOutDeletes = false;
    if (!profile) {
        m_syncStatus.setOfflineLeft(-1);
        return;
    }
    const std::optional<Policy> policy = storedPolicy(*mirror);
    m_signOutDeletes = policy && policy->wipeOnLogout;
    try {
        const std::optional<OfflineAllowance> allowance = m_service.checkOfflineLimit(*profile);
        m_syncStatus.setOfflineLeft(allowance && allowance->warn ? allowance->leftSeconds : -1);
    } catch (const Failure &) {
        m_syncStatus.setOfflineLeft(0); // ended while open: the next unlock offers to connect
    }
}

void VaultViewModel::sessionChanged() {
    if (m_session.isOpen())
        m_lockReason.clear();
    m_searchText.clear();
    m_currentTab = 0;
    m_unitTabs.clear();
    m_syncStatus.clear();
    readStatus();
    emit openChanged();
    emit tabsChanged();
    emit currentTabChanged();
    emit searchTextChanged();
    refresh();
}

// The sync works on its own handle (key, password and connection copied): it may replace its
// mirror, and the user may lock meanwhile, without pulling anything from under the list, which
// keeps reading through the session's own connection.
struct VaultViewModel::SyncJob {
    std::unique_ptr<OpenProfile> profile;
    SecureBuffer password;
    SyncOutcome outcome;
};

void VaultViewModel::sync(bool repair) {
    OpenProfile *profile = m_session.profile();
    if (!profile || m_syncStatus.syncing())
        return;
    m_syncStatus.start();
    auto job = std::make_shared<SyncJob>();
    try {
        job->profile = m_service.companion(*profile);
    } catch (const std::exception &error) {
        m_syncStatus.failToStart(say(explain(error)));
        return;
    }
    job->password = SecureBuffer::copyOf(m_session.password().view());
    startSync(job, repair);
}

void VaultViewModel::startSync(const std::shared_ptr<SyncJob> &job, bool repair) {
    const DeviceSigner signer = m_signIn.signer();
    m_runner.run(
        this,
        [this, job, signer, repair] {
            const SyncProgressFn progress =
                TaskRunner::progressTo(this, [this](const SyncProgress &p) {
                    if (p.sending)
                        return; // the status line counts what comes from the server
                    m_syncStatus.setProgress(p.received, p.total);
                });
            job->outcome =
                m_service.sync(*job->profile, SignIn{job->password, {}, signer, &m_secondFactor},
                               progress, repair);
        },
        [this, job] {
            m_secondFactor.finish();
            syncDone(*job);
        },
        [this, job](const Failure &failure) {
            m_secondFactor.finish();
            syncFailedWith(*job, failure);
        });
}

bool VaultViewModel::isSessionOf(const SyncJob &job) {
    // Locked meanwhile, perhaps with another profile unlocked since.
    return m_session.isOpen() && m_session.profile()->record.id == job.profile->record.id;
}

void VaultViewModel::syncDone(const SyncJob &job) {
    m_syncStatus.stop();
    if (!isSessionOf(job))
        return;
    const SyncOutcome &outcome = job.outcome;
    QString notice = outcome.notice.isEmpty() ? QString() : say(outcome.notice);
    if (outcome.biometricsRemoved) {
        notice = say(Message(msg::BiometricForbidden));
        emit biometricsRemoved(job.profile->record);
    }
    if (outcome.report.fullResync && outcome.report.resync != ResyncReason::None)
        notice = tr("The local copy was rebuilt from the server: %1")
                     .arg(say(resyncMessage(outcome.report.resync)));
    QString error;
    try {
        m_session.synced(job.profile->record); // the list and the counts follow (recordsUpdated)
    } catch (const std::exception &failure) {
        error = say(explain(failure));
        readStatus();
        refresh();
    }
    m_syncStatus.succeed(notice, error, outcome.push);
    emit syncFinished(QStringLiteral("sync: %1 changed, %2 removed, %3 pages, %4 records%5; "
                                     "sent %6, refused %7, conflicts %8")
                          .arg(outcome.report.upserts)
                          .arg(outcome.report.removals)
                          .arg(outcome.report.pages)
                          .arg(outcome.report.count)
                          .arg(outcome.report.fullResync
                                   ? QStringLiteral(", full resync: ") +
                                         resyncMessage(outcome.report.resync).debugText()
                                   : QString())
                          .arg(outcome.push.sent)
                          .arg(outcome.push.refused)
                          .arg(outcome.push.notes));
    emit tabsChanged();
    const ProfileRecord &record = job.profile->record;
    emit synced(QUrl(record.serverUrl), record.pin, outcome.accessToken, outcome.sequence);
}

void VaultViewModel::syncFailedWith(const SyncJob &job, const Failure &failure) {
    m_syncStatus.stop();
    // The log keeps the core's key and arguments beside the code, whatever the page shows, and
    // what a library said of the cause (OpenSSL's reason), which the page never shows.
    emit syncFailed(failure.code(), failure.logDetail().isEmpty()
                                        ? failure.message().debugText()
                                        : QStringLiteral("%1 [%2]").arg(
                                              failure.message().debugText(), failure.logDetail()));
    if (!isSessionOf(job))
        return;
    // A revoked device has lost its copy: nothing is left to show.
    if (failure.kind() == Failure::Kind::Policy &&
        failure.code() == QLatin1String("device-revoked")) {
        lockBecause(say(failure));
        return;
    }
    readStatus();
    m_syncStatus.fail(say(failure));
    refresh();
}

void VaultViewModel::lock() {
    lockBecause(QString());
}

void VaultViewModel::signOut() {
    leave(false);
}

void VaultViewModel::removeProfile() {
    leave(true);
}

void VaultViewModel::leave(bool remove) {
    if (!m_session.isOpen() || m_leaving)
        return;
    m_secondFactor.giveUp();
    const ProfileRecord record = m_session.profile()->record;
    // The vault closes at once; the server is told on the runner. A sync running meanwhile has
    // its own handle, and its result is dropped (the session is no longer its).
    auto profile = std::make_shared<std::unique_ptr<OpenProfile>>(m_session.release());
    m_leaving = true;
    m_lockReason = remove ? tr("Removing \"%1\"…").arg(record.name)
                          : tr("Signing out of \"%1\"…").arg(record.name);
    emit leavingChanged();
    emit openChanged();
    emit locked();
    m_runner.run<ProfileService::SignedOut>(
        this,
        [this, profile, remove] {
            if (remove)
                return ProfileService::SignedOut{true, m_service.unlink(std::move(*profile))};
            return m_service.signOut(std::move(*profile));
        },
        [this, record, remove](const ProfileService::SignedOut &result) {
            QString said = remove ? tr("Removed \"%1\" from this device; the passwords stay on "
                                       "the server.")
                                        .arg(record.name)
                           : result.wiped ? tr("Signed out of \"%1\". As your administrator "
                                               "requires, its copy on this device was deleted.")
                                                .arg(record.name)
                                          : tr("Signed out of \"%1\". Its copy stays readable "
                                               "offline; once you unlock it, the next "
                                               "synchronization signs you in again.")
                                                .arg(record.name);
            if (!result.notice.isEmpty())
                said += QLatin1Char(' ') + say(result.notice);
            if (result.wiped && record.biometric)
                emit biometricsRemoved(record); // the platform's keys go with the profile
            finishLeaving(
                said, remove ? QStringLiteral("removed %1").arg(record.name)
                             : QStringLiteral("signed out of %1%2")
                                   .arg(record.name, result.wiped ? QStringLiteral(", copy deleted")
                                                                  : QString()));
        },
        [this, record](const Failure &failure) {
            finishLeaving(
                say(failure),
                QStringLiteral("leaving %1 failed (%2)").arg(record.name, failure.code()));
        });
}

void VaultViewModel::finishLeaving(const QString &said, const QString &summary) {
    m_leaving = false;
    m_lockReason = said;
    emit leavingChanged();
    emit openChanged();
    emit left(summary);
}

void VaultViewModel::lockBecause(const QString &reason) {
    // A running sync has its own copies of what it needs; its result is dropped.
    m_secondFactor.giveUp();
    m_lockReason = reason;
    m_session.lock();
    emit locked();
}

} // namespace vaultlink::ui
