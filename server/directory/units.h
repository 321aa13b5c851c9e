#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vaultlink::server {

class Store;

struct UnitRights {
    bool read = false;
    bool add = false;
    bool edit = false;
    bool remove = false; // the "delete" right; the word is taken in C++
};

struct UnitAccess {
    qint64 unitId = 0;
    QString name;
    UnitRights rights;
};

qint64 addUnit(Store &store, qint64 databaseId, const QString &name);
std::optional<qint64> findUnit(Store &store, qint64 databaseId, const QString &name);
std::optional<qint64> unitDatabase(Store &store, qint64 unitId);

// Grants or changes a user's rights on a unit (all false removes them). A change of the read
// right re-reports the unit's records through the feed. Call inside a transaction.
void setUnitRights(Store &store, qint64 unitId, qint64 userId, const UnitRights &rights);
UnitRights unitRights(Store &store, qint64 unitId, qint64 userId);
QList<UnitAccess> unitsForUser(Store &store, qint64 databaseId, qint64 userId);

QJsonObject unitJson(const UnitAccess &unit);

} // namespace vaultlink::server
