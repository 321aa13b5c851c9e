#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace vaultlink::server {

struct Field {
    QString key;
    QString type;
    QString label;
    QString value; // tags: a compact JSON array of strings
    qint64 revision = 1;
    qint64 modifiedAt = 0;
    QString modifiedBy = {}; // the device that made the last change; empty: none (administrator)
};

struct Record {
    qint64 id = 0;
    qint64 databaseId = 0;
    QString formId;
    std::optional<qint64> unitId;  // global record
    std::optional<qint64> ownerId; // personal record
    qint64 createdBy = 0;
    qint64 createdAt = 0;
    qint64 seq = 0;
    bool deleted = false;
    std::optional<qint64> deletedBy; // the user who deleted it through the API
    QString clientRef;               // the creating client's reference, when it gave one
    QList<Field> fields;

    const Field *field(const QString &key) const;
    // The sum of the field revisions: each only grows, so the sum grows with any field change.
    qint64 revision() const;
};

} // namespace vaultlink::server
