#pragma once

#include "src/storage/encrypted_db.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace vaultlink {

struct RecordRow;

// The profile mirror's migrations, oldest first; append, never edit a released step.
const std::vector<Migration> &mirrorMigrations();

// The records' secondary indexes (CREATE INDEX IF NOT EXISTS …), and the statements dropping
// them: a sync filling an empty mirror builds them once after its last page (Mirror::
// deferIndexes), sorted, instead of keeping them through every page.
const QStringList &recordIndexes();
const QStringList &droppedRecordIndexes();

// Writing one row of the records table: kInsertRecord, bound by bindRecord (`layout`: the id of
// row.layout in the table layouts; empty for a row keeping its JSON text).
inline constexpr char kInsertRecord[] =
    "INSERT INTO records(id, form, unit, sequence, sort_key, name, username, url, tags, site, "
    "layout, body) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
void bindRecord(Statement &insert, const RecordRow &row, std::optional<qint64> layout);

// Step 6's conversion of the rows of a version-5 file (table records_v5) into the compact
// records table; `afterRow` (tests: a failure injected half-way) is called after each row.
void compactRecords(EncryptedDb &db, const std::function<void(qint64 converted)> &afterRow = {});

// Meta key: "1" while the space a conversion freed has not been given back (Mirror::open).
inline constexpr char kVacuumPending[] = "mirror.vacuum";

} // namespace vaultlink
