#include "src/ui/vault_session.h"

namespace vaultlink::ui {

VaultSession::~VaultSession() = default;

void VaultSession::open(std::unique_ptr<OpenProfile> profile, SecureBuffer password) {
    m_index.reset();
    m_profile = std::move(profile);
    m_password = std::move(password);
    emit openChanged();
}

void VaultSession::lock() {
    if (!m_profile)
        return;
    m_index.reset();
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
    m_index.reset();
    std::unique_ptr<OpenProfile> profile = std::move(m_profile);
    m_password = SecureBuffer();
    emit openChanged();
    return profile;
}

const SearchIndex &VaultSession::searchIndex() {
    if (!m_index)
        m_index = SearchIndex::build(*m_profile->mirror);
    return *m_index;
}

void VaultSession::recordsChanged() {
    m_index.reset();
    emit recordsUpdated();
}

} // namespace vaultlink::ui
