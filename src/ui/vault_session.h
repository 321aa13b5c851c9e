#pragma once

#include "src/profiles/profile_service.h"
#include "src/storage/search_index.h"

#include <QObject>

#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace vaultlink::ui {

// The profile the user has unlocked, shared by the Vault and Record pages; locking closes the
// mirror and wipes the data key. Only the GUI thread opens or closes it; a sync running on the
// runner's thread uses the mirror under the mirror's own lock.
class VaultSession : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~VaultSession() override;

    bool isOpen() const { return m_profile != nullptr; }
    QString profileName() const { return isOpen() ? m_profile->record.name : QString(); }
    OpenProfile *profile() { return m_profile.get(); }
    Mirror *mirror() { return isOpen() ? m_profile->mirror.get() : nullptr; }

    // The password stays (wiped on lock) so that a sync can log in again by itself when the
    // server ended the session; the data key it protects is in memory anyway while unlocked.
    void open(std::unique_ptr<OpenProfile> profile, SecureBuffer password);
    const SecureBuffer &password() const { return m_password; }
    void lock();
    void renamed(const QString &name); // the open profile got a new name
    // After a sync through a companion handle: its record, and a fresh connection to the file
    // (a full resync may have replaced it). Readers must take mirror() again.
    void synced(const ProfileRecord &record);
    // Takes the profile away (to unlink it); the session is closed.
    std::unique_ptr<OpenProfile> release();

    // Built on a thread of its own, over a connection of its own, as soon as the vault opens and
    // again when the records change (after a sync), so that the first search does not wait for
    // it (90 ms at 100,000 records) and the first screen is not held up either; a search that
    // comes sooner waits for that build rather than starting another.
    const SearchIndex &searchIndex();
    void recordsChanged();
    // Whether a build on the thread is under way (for tests).
    bool indexBuilding() const { return m_building.valid(); }

signals:
    void openChanged();
    void recordsUpdated();

private:
    void buildIndexAside();
    void dropIndex(); // waits for a build under way: it reads the file with the key

    std::unique_ptr<OpenProfile> m_profile;
    std::future<std::optional<SearchIndex>> m_building;
    std::vector<std::future<std::optional<SearchIndex>>> m_stale; // of records since changed
    SecureBuffer m_password;
    std::optional<SearchIndex> m_index;
};

} // namespace vaultlink::ui
