#pragma once

#include "server/vault/record.h"

#include <QList>
#include <QString>

#include <optional>

namespace vaultlink::server {

class RowReader;
class Store;

// The columns of a record (of `records` under the alias given) and of a field (of `fields`), in
// the order readRecord and readField take them from a row, starting at column `first`: one
// reading for loadRecord and the feed's page queries.
QString recordColumns(const QString &alias);
Record readRecord(RowReader &row, int first);
QString fieldColumns(const QString &alias);
Field readField(RowReader &row, int first);

// Row-level reads and writes of records and their fields; no rights, no rules.
// A record with its fields in form order (a feed page reads its records itself, all at once).
std::optional<Record> loadRecord(Store &store, qint64 id);
qint64 insertRecord(Store &store, const Record &record);
void writeField(Store &store, qint64 recordId, const Field &field, int position);
void setRecordSequence(Store &store, qint64 recordId, qint64 seq);
// A deletion through the API names its user, so that the user's retry is recognized.
void markDeleted(Store &store, qint64 recordId, qint64 seq, std::optional<qint64> deletedBy);

} // namespace vaultlink::server
