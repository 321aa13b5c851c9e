#include "src/ui/vault_view_model.h"

#include "src/profiles/mirror_token_store.h"
#include "src/profiles/profile_service.h"
#include "src/ui/task_runner.h"
#include "src/ui/vault_session.h"

#include <QVariantMap>

namespace vaultlink::ui {

VaultViewModel::VaultViewModel(ProfileService &service, TaskRunner &runner, VaultSession &session,
                               QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_runner(runner)
    , m_session(session) {
    connect(&m_session, &VaultSession::openChanged, this, &VaultViewModel::sessionChanged);
    connect(&m_otp, &OtpBridge::requested, this, [this](int digits) {
        m_otpDigits = digits;
        emit otpRequested();
    });
    sessionChanged();
}

VaultViewModel::~VaultViewModel() {
    m_otp.cancel();
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

void VaultViewModel::refresh() {
    Mirror *mirror = m_session.mirror();
    if (!mirror) {
        m_records.clear();
        return;
    }
    const QList<TabEntry> tabs = visibleTabs();
    const Tab tab = tabs.value(m_currentTab, tabs.first()).tab;
    const QString term = m_searchText.trimmed();
    if (term.isEmpty()) {
        m_records.showTab(mirror, tab);
        return;
    }
    // Hidden Personal records stay out of "all tabs" searches too.
    QList<qint64> hits = m_session.searchIndex().find(term, m_searchAllTabs ? Tab::all() : tab);
    if (m_hidePersonal && (m_searchAllTabs || tab.kind == Tab::Kind::All)) {
        const QList<qint64> personal = m_session.searchIndex().find(term, Tab::personal());
        hits.removeIf([&](qint64 id) { return personal.contains(id); });
    }
    m_records.showIds(mirror, std::move(hits));
}

void VaultViewModel::readStatus() {
    Mirror *mirror = m_session.mirror();
    m_units = mirror ? mirror->units() : QList<StoredUnit>();
    m_recordCount = mirror ? mirror->syncState().count : 0;
    m_lastSync = mirror
                     ? QDateTime::fromString(mirror->value(QLatin1String(mirror_keys::lastSyncAt)),
                                             Qt::ISODateWithMs)
                     : QDateTime();
}

void VaultViewModel::sessionChanged() {
    m_searchText.clear();
    m_currentTab = 0;
    m_unitTabs.clear();
    m_syncError.clear();
    m_syncNotice.clear();
    readStatus();
    emit openChanged();
    emit tabsChanged();
    emit currentTabChanged();
    emit searchTextChanged();
    emit syncChanged();
    refresh();
}

void VaultViewModel::sync(bool repair) {
    OpenProfile *profile = m_session.profile();
    if (!profile || m_syncing)
        return;
    m_syncing = true;
    m_received = 0;
    m_total = 0;
    m_syncError.clear();
    m_syncNotice.clear();
    emit syncChanged();
    const SecureBuffer &password = m_session.password();
    const OtpPrompt otp = m_otp.prompt();
    m_runner.run<SyncOutcome>(
        this,
        [this, profile, &password, otp, repair] {
            const auto progress = [this](const SyncProgress &p) {
                QMetaObject::invokeMethod(
                    this,
                    [this, p] {
                        m_received = p.received;
                        m_total = p.total;
                        emit syncChanged();
                    },
                    Qt::QueuedConnection);
            };
            return m_service.sync(*profile, password, otp, progress, repair);
        },
        [this](SyncOutcome outcome) {
            m_syncing = false;
            if (lockIfPending())
                return;
            m_syncNotice = outcome.notice;
            if (outcome.report.fullResync && !outcome.report.resyncReason.isEmpty())
                m_syncNotice = tr("The local copy was rebuilt from the server: %1")
                                   .arg(outcome.report.resyncReason);
            readStatus();
            m_session.recordsChanged();
            emit tabsChanged();
            emit syncChanged();
            refresh();
        },
        [this](const Failure &failure) {
            m_syncing = false;
            if (lockIfPending())
                return;
            m_syncError = failure.message();
            emit syncChanged();
            // A revoked device has lost its copy: nothing is left to show.
            if (failure.kind() == Failure::Kind::Policy &&
                failure.code() == QLatin1String("device-revoked"))
                lock();
        });
}

void VaultViewModel::lock() {
    m_otp.cancel();
    emit locked();
    // A running sync writes to the mirror that locking closes: the page is left at once, the
    // mirror closed when the sync ends.
    if (m_syncing)
        m_lockPending = true;
    else
        m_session.lock();
}

bool VaultViewModel::lockIfPending() {
    if (!m_lockPending)
        return false;
    m_lockPending = false;
    m_session.lock();
    return true;
}

} // namespace vaultlink::ui
