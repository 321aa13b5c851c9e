#pragma once

#include "server/crypto/password_hash.h"
#include "server/store/store.h"
#include "tests/server/support/fake_clock.h"
#include "tests/server/support/seq_random.h"

#include <QTemporaryDir>

#include <memory>

namespace vaultlink::server::test {

// A fresh store file in a temporary folder, with the forms installed, a fake clock and
// deterministic randomness. Password hashes use a low scrypt cost to keep tests quick; the
// production cost is tested on its own.
struct TempStore {
    TempStore();

    static constexpr ScryptCost kFastCost{10, 8, 1};

    qint64 addDatabase(const QString &name, bool mobileSync = true);
    qint64 addUser(const QString &name, const QString &password, bool canSyncMobile = true,
                   bool canCreateGlobal = true, bool canCreatePersonal = true);
    qint64 addUnit(qint64 databaseId, const QString &name);
    void grant(qint64 unitId, qint64 userId, bool read, bool add = false, bool edit = false,
               bool remove = false);

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    FakeClock clock;
    SeqRandom random;
};

} // namespace vaultlink::server::test
