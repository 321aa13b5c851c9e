#pragma once

#include <QString>

namespace vaultlink::server {

class Store;
struct Record;
struct UserRights;

// The one definition of "user sees record": their own personal record, or a live record in a
// unit they may read. The SQL form binds the user id twice, at the two '?' marks.
QString visibleSql(const QString &alias);
bool canRead(Store &store, const Record &record, qint64 userId);
bool canEdit(Store &store, const Record &record, qint64 userId);
bool canDelete(Store &store, const Record &record, qint64 userId);
// Creating a global record needs "can create new passwords" plus the read and add rights on the
// unit; a personal one needs "can create personal records".
bool canCreate(Store &store, const UserRights &rights, qint64 userId, const qint64 *unitId);

} // namespace vaultlink::server
