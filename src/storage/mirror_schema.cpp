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
    };
    return steps;
}

} // namespace vaultlink
