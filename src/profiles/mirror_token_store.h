#pragma once

#include "src/storage/mirror.h"
#include "src/sync/token_store.h"

#include <memory>
#include <optional>

namespace vaultlink {

// Keys of the values a profile keeps in its mirror besides the records.
namespace mirror_keys {
inline constexpr char refreshToken[] = "session.refreshToken";
inline constexpr char refreshTokenExpiresAt[] = "session.refreshTokenExpiresAt";
inline constexpr char displayName[] = "session.displayName";
inline constexpr char policy[] = "server.policy";
inline constexpr char lastContactAt[] = "server.lastContactAt";
inline constexpr char lastSyncAt[] = "sync.lastSyncAt";
inline constexpr char offlineReading[] = "offline.lastReading"; // the clock, last read
inline constexpr char offlineCountedMs[] = "offline.countedMs"; // since the last sync
inline constexpr char rights[] = "session.rights"; // what the user may create (RecordEditor)
inline constexpr char forms[] = "server.forms";    // GET /forms, as RecordEditor keeps it
QStringList carried();                             // all of the above: they survive a full resync
} // namespace mirror_keys

// The policy of the last contact with the server, as the mirror keeps it; none before the first
// sync (or in a value that no longer reads as one).
std::optional<Policy> storedPolicy(Mirror &mirror);

// The session's tokens in the profile's encrypted mirror. It follows the mirror slot, because a
// full resync replaces the mirror object.
class MirrorTokenStore final : public TokenStore {
public:
    explicit MirrorTokenStore(std::unique_ptr<Mirror> &mirror)
        : m_mirror(mirror) {}
    QString refreshToken() override;
    void storeGrant(const TokenGrant &grant) override;
    void forgetTokens() override;

private:
    std::unique_ptr<Mirror> &m_mirror;
};

} // namespace vaultlink
