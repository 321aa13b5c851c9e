#include "src/storage/mirror_schema.h"

namespace vaultlink {

const std::vector<QStringList> &mirrorMigrations() {
    static const std::vector<QStringList> steps = {
        // 1: profile state (cursor, last contact, policy) as key/value pairs.
        {QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")},
        // 2: the records as received (raw), with the columns lists and search need beside them
        // so that neither parses JSON: sort_key and search are case-folded (record_row.h), and
        // the indexes give every tab its first page in name order without sorting. The name
        // index also carries unit and search text, so the search index loads from it alone, in
        // order, instead of reading every (large) row in name order: 60 ms at 100,000 records.
        {QStringLiteral("CREATE TABLE records(id INTEGER PRIMARY KEY, form TEXT NOT NULL, "
                        "unit INTEGER, personal INTEGER NOT NULL, sequence INTEGER NOT NULL, "
                        "sort_key TEXT NOT NULL, name TEXT NOT NULL, username TEXT NOT NULL, "
                        "url TEXT NOT NULL, tags TEXT NOT NULL, search TEXT NOT NULL, "
                        "raw TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX records_by_name ON records(sort_key, id, unit, search)"),
         QStringLiteral("CREATE INDEX records_by_unit_name ON records(unit, sort_key)"),
         QStringLiteral("CREATE TABLE units(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")},
        // 3: changes made on this device (src/edits/pending_change.h), each a JSON text: the
        // outbox (one entry per record, in the order first changed), the server records deleted
        // here but not yet on the server (still counted for the digest), notes for the user,
        // and the values fields held before they were replaced; and what the user may do in
        // each unit.
        {QStringLiteral("CREATE TABLE outbox(record_id INTEGER PRIMARY KEY, queued INTEGER NOT "
                        "NULL, change TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX outbox_queued ON outbox(queued)"),
         QStringLiteral("CREATE TABLE trash(id INTEGER PRIMARY KEY, sequence INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, record_id INTEGER NOT NULL, "
                        "note TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX notes_by_record ON notes(record_id)"),
         QStringLiteral("CREATE TABLE history(id INTEGER PRIMARY KEY, record_id INTEGER NOT "
                        "NULL, entry TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX history_by_record ON history(record_id)"),
         QStringLiteral("ALTER TABLE units ADD COLUMN rights TEXT NOT NULL DEFAULT ''")},
        // 4: where a record went when its id changed (created here, then answered with the
        // server's id; created again after the server deleted it), so that whatever was open
        // on the old id follows it (Mirror::currentId).
        {QStringLiteral("CREATE TABLE moved(from_id INTEGER PRIMARY KEY, to_id INTEGER NOT "
                        "NULL)")},
        // 5: autofill. Each record's autofill key (the site of its URL, src/autofill), indexed
        // so that a lookup reads the records of one site only; filled for the rows already there
        // when the file is first opened at this version (Mirror::open). The match mode and the
        // app certificates the user confirmed, per record, on this device.
        {QStringLiteral("ALTER TABLE records ADD COLUMN site TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE INDEX records_by_site ON records(site)"),
         QStringLiteral("CREATE TABLE autofill_rules(record_id INTEGER PRIMARY KEY, mode TEXT NOT "
                        "NULL, certs TEXT NOT NULL DEFAULT '')")},
    };
    return steps;
}

} // namespace vaultlink
