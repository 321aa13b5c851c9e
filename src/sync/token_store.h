#pragma once

#include "src/api/api_types.h"

#include <QString>

namespace vaultlink {

// Where a session keeps what must outlive the process: the refresh token, inside the profile's
// encrypted mirror. storeGrant() is atomic, so after a crash the store holds either the old
// token or the new one; at worst (new token issued, not yet saved) the old one is refused as
// reused and the user logs in once more.
class TokenStore {
public:
    virtual ~TokenStore() = default;
    virtual QString refreshToken() = 0;
    virtual void storeGrant(const TokenGrant &grant) = 0;
    virtual void forgetTokens() = 0;
};

} // namespace vaultlink
