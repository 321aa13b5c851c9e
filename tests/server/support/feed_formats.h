#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace vaultlink::server::test {

// A format 1 record object made from a format 2 one as docs/api.md §7.9 tells a client to make
// it, written here apart from the server: every field of the form in the form's order (`forms`
// as GET /forms lists them), its type and label from the form, its value from "values", its
// revision, modifiedAt and modifiedBy from "changed" or else (1, createdAt, createdBy); "personal"
// from "unit" being null; "clientRef" null when absent. Nullopt when the record does not fit its
// form (a field missing from "values", a value or change for a key the form does not have).
std::optional<QJsonObject> fullRecordFromCompact(const QJsonObject &compact,
                                                 const QJsonArray &forms);

} // namespace vaultlink::server::test
