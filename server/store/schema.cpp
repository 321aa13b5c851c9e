#include "server/store/schema.h"

#include "server/store/sql.h"
#include "server/store/store.h"

namespace vaultlink::server {

// Append new steps; never edit a released one.
const std::vector<QStringList> &schemaSteps() {
    static const std::vector<QStringList> all = {
        {
            QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE databases(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE "
                "NOCASE, mobile_sync INTEGER NOT NULL, seq INTEGER NOT NULL DEFAULT 0, min_seq "
                "INTEGER NOT NULL DEFAULT 0, epoch TEXT NOT NULL, created_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE "
                "NOCASE, display_name TEXT NOT NULL, password_hash TEXT NOT NULL, totp_secret "
                "BLOB, totp_last_step INTEGER NOT NULL DEFAULT 0, can_mobile INTEGER NOT NULL, "
                "can_create_global INTEGER NOT NULL, can_create_personal INTEGER NOT NULL, "
                "failed_logins INTEGER NOT NULL DEFAULT 0, last_failed_at INTEGER NOT NULL "
                "DEFAULT 0, created_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE units(id INTEGER PRIMARY KEY, database_id INTEGER NOT NULL "
                "REFERENCES databases(id) ON DELETE CASCADE, name TEXT NOT NULL COLLATE NOCASE, "
                "UNIQUE(database_id, name))"),
            QStringLiteral(
                "CREATE TABLE unit_rights(unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE "
                "CASCADE, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                "can_read INTEGER NOT NULL, can_add INTEGER NOT NULL, can_edit INTEGER NOT NULL, "
                "PRIMARY KEY(unit_id, user_id))"),
            // Who ever could read a unit: only they are told when its records leave their view.
            QStringLiteral("CREATE TABLE unit_history(unit_id INTEGER NOT NULL, user_id INTEGER "
                           "NOT NULL, PRIMARY KEY(unit_id, user_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE forms(id TEXT PRIMARY KEY, name TEXT NOT NULL, fields "
                           "TEXT NOT NULL, position INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE records(id INTEGER PRIMARY KEY, database_id INTEGER NOT NULL "
                "REFERENCES databases(id) ON DELETE CASCADE, form_id TEXT NOT NULL REFERENCES "
                "forms(id), unit_id INTEGER REFERENCES units(id), owner_id INTEGER REFERENCES "
                "users(id), created_by INTEGER NOT NULL, created_at INTEGER NOT NULL, seq INTEGER "
                "NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, CHECK((unit_id IS NULL) <> "
                "(owner_id IS NULL)))"),
            QStringLiteral("CREATE UNIQUE INDEX records_feed ON records(database_id, seq)"),
            QStringLiteral("CREATE INDEX records_unit ON records(unit_id)"),
            QStringLiteral("CREATE INDEX records_owner ON records(owner_id)"),
            QStringLiteral(
                "CREATE TABLE fields(record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE "
                "CASCADE, key TEXT NOT NULL, type TEXT NOT NULL, label TEXT NOT NULL, value TEXT "
                "NOT NULL, revision INTEGER NOT NULL, modified_at INTEGER NOT NULL, position "
                "INTEGER NOT NULL, PRIMARY KEY(record_id, key)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE devices(id INTEGER PRIMARY KEY, device_id TEXT NOT NULL, user_id "
                "INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, name TEXT NOT NULL, "
                "active INTEGER NOT NULL DEFAULT 1, first_seen INTEGER NOT NULL, last_seen "
                "INTEGER NOT NULL, UNIQUE(device_id, user_id))"),
            QStringLiteral(
                "CREATE TABLE sessions(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                "REFERENCES users(id) ON DELETE CASCADE, database_id INTEGER NOT NULL REFERENCES "
                "databases(id) ON DELETE CASCADE, device INTEGER NOT NULL REFERENCES devices(id) "
                "ON DELETE CASCADE, created_at INTEGER NOT NULL, last_seen INTEGER NOT NULL, "
                "revoked TEXT)"),
            QStringLiteral(
                "CREATE TABLE access_tokens(digest TEXT PRIMARY KEY, session_id INTEGER NOT NULL "
                "REFERENCES sessions(id) ON DELETE CASCADE, expires_at INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE refresh_tokens(digest TEXT PRIMARY KEY, session_id INTEGER NOT "
                "NULL REFERENCES sessions(id) ON DELETE CASCADE, expires_at INTEGER NOT NULL, "
                "used_at INTEGER)"),
            QStringLiteral(
                "CREATE TABLE login_transactions(digest TEXT PRIMARY KEY, user_id INTEGER NOT "
                "NULL, database_id INTEGER NOT NULL, device_id TEXT NOT NULL, device_name TEXT "
                "NOT NULL, expires_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "CREATE TABLE link_codes(digest TEXT PRIMARY KEY, user_id INTEGER NOT NULL "
                "REFERENCES users(id) ON DELETE CASCADE, database_id INTEGER NOT NULL REFERENCES "
                "databases(id) ON DELETE CASCADE, created_at INTEGER NOT NULL, expires_at "
                "INTEGER NOT NULL, used_at INTEGER)"),
            QStringLiteral(
                "CREATE TABLE web_sessions(digest TEXT PRIMARY KEY, user_id INTEGER NOT NULL "
                "REFERENCES users(id) ON DELETE CASCADE, database_id INTEGER NOT NULL REFERENCES "
                "databases(id) ON DELETE CASCADE, expires_at INTEGER NOT NULL)"),
        },
        {
            // A client-chosen reference makes record creation safe to retry.
            QStringLiteral("ALTER TABLE records ADD COLUMN client_ref TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX records_client_ref ON records(database_id, "
                           "created_by, client_ref) WHERE client_ref IS NOT NULL"),
            // Failed logins for names that do not exist, throttled like real ones so that the
            // answers do not tell which names exist.
            QStringLiteral("CREATE TABLE unknown_logins(name TEXT PRIMARY KEY COLLATE NOCASE, "
                           "failed_logins INTEGER NOT NULL, last_failed_at INTEGER NOT NULL)"),
        },
        {
            // Phones delete records: a unit right of its own, which no existing grant implies.
            QStringLiteral(
                "ALTER TABLE unit_rights ADD COLUMN can_delete INTEGER NOT NULL DEFAULT 0"),
            // Who deleted a record through the API, so that their retried delete is no error.
            QStringLiteral("ALTER TABLE records ADD COLUMN deleted_by INTEGER"),
            // The name of the device whose session last changed a field, as it was then; NULL
            // for the administrator, the seed and changes made before this step.
            QStringLiteral("ALTER TABLE fields ADD COLUMN modified_by TEXT"),
        },
        {
            // Device-key login: a public key per database and device (a device row is one
            // user's), which goes with the device.
            QStringLiteral(
                "CREATE TABLE device_keys(database_id INTEGER NOT NULL REFERENCES databases(id) "
                "ON DELETE CASCADE, device INTEGER NOT NULL REFERENCES devices(id) ON DELETE "
                "CASCADE, algorithm TEXT NOT NULL, public_key BLOB NOT NULL, created_at INTEGER "
                "NOT NULL, PRIMARY KEY(database_id, device))"),
            // Its challenges, by digest, kept past their use and expiry so that a replay or a
            // late answer is told apart from a challenge never issued.
            QStringLiteral(
                "CREATE TABLE device_challenges(digest TEXT PRIMARY KEY, database_id INTEGER NOT "
                "NULL REFERENCES databases(id) ON DELETE CASCADE, device INTEGER NOT NULL "
                "REFERENCES devices(id) ON DELETE CASCADE, user_name TEXT NOT NULL, device_id "
                "TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at "
                "INTEGER)"),
        },
        {
            // Every second factor: the methods a user may answer with, in the administrator's
            // order (names as in docs/api.md §7.3), each usable only once set up. Users with
            // TOTP keep it.
            QStringLiteral("ALTER TABLE users ADD COLUMN mfa_methods TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE users SET mfa_methods = 'totp' WHERE totp_secret IS NOT NULL"),
            QStringLiteral("ALTER TABLE users ADD COLUMN pin_hash TEXT"),
            QStringLiteral("ALTER TABLE users ADD COLUMN phone TEXT"),
            // A directory account's domain (FQDN); NULL for a local account.
            QStringLiteral("ALTER TABLE users ADD COLUMN directory_domain TEXT"),
            QStringLiteral(
                "CREATE TABLE fido_credentials(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                "REFERENCES users(id) ON DELETE CASCADE, credential_id BLOB NOT NULL UNIQUE, name "
                "TEXT NOT NULL, algorithm TEXT NOT NULL, public_key BLOB NOT NULL, sign_count "
                "INTEGER NOT NULL, created_at INTEGER NOT NULL, last_used_at INTEGER)"),
            // Out-of-band approvals (push, phone call) of a login transaction: one at a time.
            // Numbers are never reused, so that an answer given late cannot reach another one.
            QStringLiteral(
                "CREATE TABLE mfa_approvals(id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "transaction_digest TEXT NOT "
                "NULL UNIQUE, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                "method TEXT NOT NULL, state TEXT NOT NULL, device_name TEXT NOT NULL, address "
                "TEXT NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE login_transactions ADD COLUMN fido_challenge BLOB"),
            QStringLiteral(
                "ALTER TABLE login_transactions ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
        },
        {
            // The administrators' audit trail (auth/audit_events): what happened to whom, on
            // which device and database; the detail a compact JSON object, never a secret.
            // An event outlives the rows it names (its reference to them becomes NULL).
            QStringLiteral(
                "CREATE TABLE events(id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, "
                "kind TEXT NOT NULL, user_id INTEGER REFERENCES users(id) ON DELETE SET NULL, "
                "device INTEGER REFERENCES devices(id) ON DELETE SET NULL, database_id INTEGER "
                "REFERENCES databases(id) ON DELETE SET NULL, detail TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX events_at ON events(at)"),
            // The end of a session last written to the trail (wipe-ordered, session-expired), so
            // that a device asking again hears the same refusal without a new event each time.
            QStringLiteral("ALTER TABLE sessions ADD COLUMN end_recorded TEXT"),
        },
    };
    return all;
}

int latestSchemaVersion() {
    return static_cast<int>(schemaSteps().size());
}

void migrate(Store &store) {
    Transaction tx(store);
    const int current = store.schemaVersion();
    if (current > latestSchemaVersion())
        throw std::runtime_error("the server store was written by a newer vaultlink-server");
    for (int version = current; version < latestSchemaVersion(); ++version) {
        for (const QString &statement : schemaSteps()[static_cast<size_t>(version)])
            exec(store, statement);
        exec(store, QStringLiteral("PRAGMA user_version=%1").arg(version + 1));
    }
    tx.commit();
}

} // namespace vaultlink::server
