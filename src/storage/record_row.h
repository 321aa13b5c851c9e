#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vaultlink {

// The case folding used for ordering and search: NFC first, so that a composed and a decomposed
// "Ü" fold alike, then Unicode case folding, as UTF-8. The same on the record and the query side.
QByteArray foldText(const QString &text);

// One docs/api.md §6 record object as the mirror stores it: the columns it is listed, ordered
// and searched by, taken from its fields by key, next to the object's JSON text.
struct RecordRow {
    qint64 id = 0;
    QString form;
    std::optional<qint64> unit; // empty for a personal record
    qint64 sequence = 0;
    QString name;
    QString userName; // empty for forms without a `username` field (credit card, note)
    QString url;      // empty for forms without a `url` field
    QString site;     // the URL's autofill key (src/autofill: autofillKey), empty for none
    QStringList tags;
    QByteArray tagsJson; // compact JSON array
    QByteArray sortKey;  // folded name
    QByteArray search;   // folded name, user name, URL and tags, separated by kFieldSeparator
    QByteArray raw;      // the object's JSON text

    // Throws std::invalid_argument naming what is wrong when the object is not a record object
    // (id, form, unit/personal, sequence, fields with a string `name`; `tags` an array of strings).
    // `received` is the object's JSON as received, kept as `raw`; without it the object is written
    // out as compact JSON.
    static RecordRow fromJson(const QJsonObject &record, const QByteArray &received = {});
};

// Between the fields of a record's search text, so that a term never matches across two fields.
// Queries holding it (or '\0', which ends a record's text in the index) match nothing.
inline constexpr char kFieldSeparator = '\x1f';

} // namespace vaultlink
