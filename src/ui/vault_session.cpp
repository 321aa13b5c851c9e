#include "src/ui/vault_session.h"

#include <chrono>

namespace vaultlink::ui {

VaultSession::~VaultSession() {
    dropIndex();
}

void VaultSession::open(std::unique_ptr<OpenProfile> profile, SecureBuffer password) {
    dropIndex();
    m_profile = std::move(profile);
    m_password = std::move(password);
    buildIndexAside();
    emit openChanged();
}

void VaultSession::lock() {
    if (!m_profile)
        return;
    dropIndex();
    m_profile.reset(); // the data key's buffer wipes itself
    m_password = SecureBuffer();
    emit openChanged();
}

void VaultSession::renamed(const QString &name) {
    if (!m_profile)
        return;
    m_profile->record.name = name;
    emit openChanged();
}

void VaultSession::synced(const ProfileRecord &record) {
    if (!m_profile)
        return;
    m_profile->record = record;
    m_profile->mirror.reset();
    m_profile->mirror = m_profile->files.open(m_profile->files.path);
    recordsChanged();
}

std::unique_ptr<OpenProfile> VaultSession::release() {
    dropIndex();
    std::unique_ptr<OpenProfile> profile = std::move(m_profile);
    m_password = SecureBuffer();
    emit openChanged();
    return profile;
}

const SearchIndex &VaultSession::searchIndex() {
    if (!m_index && m_building.valid())
        m_index = m_building.get();
    if (!m_index)
        m_index = SearchIndex::build(*m_profile->mirror);
    return *m_index;
}

void VaultSession::recordsChanged() {
    // A build under way is of the old records: it finishes aside, and is waited for only when
    // the vault closes, so an edit never waits for it.
    std::erase_if(m_stale, [](const std::future<std::optional<SearchIndex>> &build) {
        return build.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    });
    if (m_building.valid())
        m_stale.push_back(std::move(m_building));
    m_building = {};
    m_index.reset();
    buildIndexAside();
    emit recordsUpdated();
}

void VaultSession::buildIndexAside() {
    if (!m_profile)
        return;
    // A connection of its own: the GUI thread's reads of the list do not wait behind it.
    m_building =
        std::async(std::launch::async, [files = m_profile->files]() -> std::optional<SearchIndex> {
            try {
                const std::unique_ptr<Mirror> mirror = files.open(files.path);
                // One pass over the table gains nothing from a page cache, and the pages it kept
                // would stay in the app's memory.
                mirror->db().exec(QStringLiteral("PRAGMA cache_size = -256"));
                return SearchIndex::build(*mirror);
            } catch (const std::exception &) {
                return std::nullopt; // the search builds it and reports
            }
        });
}

void VaultSession::dropIndex() {
    if (m_building.valid())
        m_building.wait();
    m_building = {};
    m_stale.clear(); // each waits as it goes
    m_index.reset();
}

} // namespace vaultlink::ui
