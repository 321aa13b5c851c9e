#pragma once

#include "src/storage/record_body.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace vaultlink {

// The case folding used for ordering and search: NFC first, so that a composed and a decomposed
// "Ü" fold alike, then Unicode case folding, as UTF-8. The same on the record and the query side.
QByteArray foldText(const QString &text);

// One docs/api.md §6 record object as the mirror stores it: the columns it is listed, ordered
// and searched by, taken from its fields by key, and the rest of it (record_body.h): with its
// form's layout, only what neither the columns nor the layout hold; without one, its JSON text.
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
    Layout layout;       // null: `body` holds the record's JSON text
    QByteArray body;

    // Reads a record object of either feed format: format 1 (docs/api.md §6: `fields`, each with
    // key, type, label, value and its revision, modifiedAt and modifiedBy) or format 2
    // (docs/api.md §7.9, feed format 2: `values` by key and `changed`, type and label from the
    // form in `forms`). The same record gives the same row in both.
    // Throws std::invalid_argument naming what is wrong when the object is not a record object
    // (id, form, unit/personal, sequence, fields with a string `name`; `tags` an array of
    // strings; in format 2 also createdAt, every value of its form and no other, each change
    // with revision, modifiedAt and modifiedBy), UnknownForm for a format-2 record of a form
    // `forms` does not hold. `received` is a format-1 object's JSON as received, kept when the
    // record cannot be stored compact; without it the object is written out as compact JSON.
    static RecordRow fromJson(const QJsonObject &record, const FormLayouts &forms = {},
                              const QByteArray &received = {});
    // A format-1 record held under `sequence` rather than its own: a change of this device not
    // sent yet, under the sequence of the server's record it stands for (0 for none), or a row
    // of an older mirror converted as it was held.
    static RecordRow stored(const QJsonObject &record, qint64 sequence,
                            const QByteArray &received = {});

    // The format-1 record object, as given (as parsed JSON).
    QJsonObject toJson() const;
    RecordColumns columns() const;
};

// Between the fields of a record's search text, so that a term never matches across two fields.
// Queries holding it (or '\0', which ends a record's text in the index) match nothing.
inline constexpr char kFieldSeparator = '\x1f';

// A record's search text: folded name, user name, URL and tags, each followed by
// kFieldSeparator but the last, a separator or '\0' inside one made a space.
QByteArray searchText(const QString &name, const QString &userName, const QString &url,
                      const QStringList &tags);
// The same from the columns (the folded name, i.e. sort_key; user name, URL and the tags as
// compact JSON, in UTF-8), appended; for text that was valid UTF-16 (every row but those kept
// as JSON) it is the same as searchText's.
void appendSearchText(QByteArray &to, QByteArrayView sortKey, QByteArrayView userName,
                      QByteArrayView url, QByteArrayView tagsJson);

} // namespace vaultlink
