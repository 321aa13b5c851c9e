#pragma once

#include "server/vault/record.h"

#include <QJsonObject>

namespace vaultlink::server {

// The wire form of a record (docs/api.md "Record").
QJsonObject recordJson(const Record &record);
QJsonObject fieldJson(const Field &field);
// A field value as stored, from its wire form: tags take an array of strings, every other
// type a string. Returns false when the JSON type does not fit the field type.
bool storedValue(const QString &type, const QJsonValue &wire, QString *stored);

} // namespace vaultlink::server
