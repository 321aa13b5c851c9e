#pragma once

#include "server/vault/record.h"

#include <QList>

#include <optional>

namespace vaultlink::server {

class Store;

// Row-level reads and writes of records and their fields; no rights, no rules.
std::optional<Record> loadRecord(Store &store, qint64 id);
// Loads the given records with their fields, in the order of the ids.
QList<Record> loadRecords(Store &store, const QList<qint64> &ids);
qint64 insertRecord(Store &store, const Record &record);
void writeField(Store &store, qint64 recordId, const Field &field, int position);
void setRecordSequence(Store &store, qint64 recordId, qint64 seq);
// A deletion through the API names its user, so that the user's retry is recognized.
void markDeleted(Store &store, qint64 recordId, qint64 seq, std::optional<qint64> deletedBy);

} // namespace vaultlink::server
