#pragma once

#include "server/vault/feed.h"

#include <QByteArray>
#include <QJsonObject>

namespace vaultlink::server {

class JsonWriter;

// The two record forms of the change feed (docs/api.md §7.9): 1, full field objects (as every
// other endpoint writes records), and 2, the compact form (values by key, and only the field
// metadata that differs from the record's creation).
enum class FeedFormat { Full = 1, Compact = 2 };

// The body of GET /changes: the page in the given format with the policy, as compact JSON,
// written in one pass (JsonWriter). Format 1 has the members and values recordJson and a
// QJsonObject page would have (the order of members may differ); format 2 adds "format": 2.
QByteArray feedPageJson(const FeedPage &page, FeedFormat format, const QJsonObject &policy);

// One record in format 1: what recordJson(record) holds.
void writeFullRecord(JsonWriter &json, const Record &record);
// One record in format 2. `createdBy` is the modifiedBy of the first field (in the record's
// field order, its form's) at revision 1 and modified at the creation time, else none; `changed`
// holds every field whose revision, modifiedAt and modifiedBy are not (1, createdAt, createdBy),
// so that format 1 follows back from it without loss. Members that would be null or empty
// (createdBy, clientRef, changed) are left out, as the contract allows.
void writeCompactRecord(JsonWriter &json, const Record &record);

} // namespace vaultlink::server
