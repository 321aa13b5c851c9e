#pragma once

#include "src/crypto/secure_buffer.h"
#include "src/storage/statement.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <type_traits>

struct sqlite3;

namespace vaultlink {

// Why a local database could not be used; each kind has its own message for the user.
class StorageError : public std::runtime_error {
public:
    enum class Kind {
        Undecryptable, // the key (already authenticated by its wrap) does not open it: damaged or
                       // replaced; detail: the file's name
        Corrupt,       // decrypts, but fails SQLite's integrity check; detail: SQLite's reason
        TooNew,        // written by a newer Vaultlink
        Busy,          // another process holds it; detail: what is held (a file's name)
        Io,            // cannot be read or written; detail: SQLite's or the system's reason
    };
    StorageError(Kind kind, const QString &detail);
    Kind kind() const { return m_kind; }
    // What goes into the user's message (English where it comes from SQLite or the system).
    const QString &detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_detail;
};

class EncryptedDb;

// One step of a file's schema: its SQL statements, then its code (rows that SQL alone cannot
// convert), in one transaction with the new version number.
struct Migration {
    Migration(std::initializer_list<QString> sql)
        : statements(sql) {}
    Migration(QStringList sql, std::function<void(EncryptedDb &)> run)
        : statements(std::move(sql))
        , code(std::move(run)) {}
    QStringList statements;
    std::function<void(EncryptedDb &)> code;
};

// One SQLCipher file opened with a raw 256-bit key (no SQLCipher KDF: the key is already
// random), temporary storage in memory, schema brought forward by numbered migrations. A file
// that will not open is reported, never replaced.
class EncryptedDb {
public:
    // Creates the file (owner-only) when it does not exist. `migrations[i]` brings version i to
    // i + 1.
    static std::unique_ptr<EncryptedDb> open(const QString &path, const SecureBuffer &key,
                                             const std::vector<Migration> &migrations);
    ~EncryptedDb();
    EncryptedDb(const EncryptedDb &) = delete;
    EncryptedDb &operator=(const EncryptedDb &) = delete;

    void exec(const QString &sql);
    QString queryText(const QString &sql); // first column of the first row, or empty
    Statement prepare(std::string_view sql);

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT; when it throws, rolls back and rethrows, so
    // the file holds all of its writes or none. Transactions do not nest.
    template <typename Work> auto transaction(Work &&work) -> decltype(work()) {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                commit();
            } else {
                auto result = work();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }
    void begin();
    void commit();
    void rollback() noexcept;

    // A write-ahead log (where the file keeps one) is copied back into the file by the commit
    // that fills it to kCheckpointPages, as SQLite does by itself. Commits made while checkpoints
    // are deferred let it grow to kDeferredPages first: a small write the user waits for (an
    // edit: 5 ms more every 90th at 100,000 records) leaves the copying to the next ordinary
    // commit (a sync) or to closing the file.
    static constexpr int kCheckpointPages = 1000;
    static constexpr int kDeferredPages = 4000;
    void deferCheckpoints(bool defer) { m_deferCheckpoints = defer; }
    int schemaVersion();
    // Rewrites the file without its free pages (VACUUM; a write-ahead log is emptied after it).
    // False, at once, when another connection holds the file or there is no room for the copy:
    // the file stays as it was. Throws StorageError for anything else.
    bool vacuum();
    bool integrityOk();
    // Whether every page reads: PRAGMA quick_check visits them all, and SQLCipher checks each
    // page's HMAC as it decrypts it (SQLite's own checks of the b-trees come with it, without
    // integrity_check's comparison of every index with its table). False for a page that does
    // not read, however SQLite reports it.
    bool pagesReadable();

private:
    explicit EncryptedDb(sqlite3 *db);
    void migrate(const std::vector<Migration> &migrations);
    static int afterWalCommit(void *self, sqlite3 *db, const char *name, int pages);
    sqlite3 *m_db;
    bool m_deferCheckpoints = false;
};

} // namespace vaultlink
