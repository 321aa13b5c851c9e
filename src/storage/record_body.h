#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <stdexcept>

namespace vaultlink {

// A form's fields in order, each with its type and label (docs/api.md §6, GET /forms): what
// every record of that form repeats besides its values, kept by the mirror once (table
// `layouts`, mirror_schema.cpp step 6) instead of in each record.
class FormLayout {
public:
    struct Field {
        QString key;
        QString type;
        QString label;
        bool operator==(const Field &) const = default;
    };
    // Where a field's value is kept: in a column of the records table, or in the record's body.
    enum class Place : quint8 { Body, Name, UserName, Url, Tags };

    FormLayout(QString form, QList<Field> fields);

    const QString &form() const { return m_form; }
    const QList<Field> &fields() const { return m_fields; }
    Place place(qsizetype field) const { return m_places[field]; }
    qsizetype indexOf(const QString &key) const; // -1 when the form has no such field
    // Keys distinct and every text valid UTF-16 (no lone surrogate): records of this layout can
    // be stored compact; otherwise they keep their JSON text.
    bool compact() const { return m_compact; }
    // [[key, type, label], …] as compact JSON: how the mirror stores the layout; with the form,
    // its identity.
    const QByteArray &fieldsJson() const { return m_fieldsJson; }
    const QByteArray &identity() const { return m_identity; } // form, '\0', fieldsJson

    static std::shared_ptr<const FormLayout> fromJson(const QString &form,
                                                      QByteArrayView fieldsJson);

private:
    QString m_form;
    QList<Field> m_fields;
    QList<Place> m_places;
    bool m_compact = true;
    QByteArray m_fieldsJson;
    QByteArray m_identity;
};

using Layout = std::shared_ptr<const FormLayout>;
// The server's forms as the mirror holds them (Mirror::setForms): what a format-2 record object
// is read with.
using FormLayouts = QList<Layout>;
Layout layoutOf(const FormLayouts &forms, const QString &form); // null when not there

// A format-2 record (values/changed) names a form that `forms` does not hold: the forms may be
// older than the server's (Syncer fetches them again once).
class UnknownForm : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// What the records table holds of a record besides its layout and body (record_row.h).
struct RecordColumns {
    qint64 id = 0;
    QString form;
    std::optional<qint64> unit;
    qint64 sequence = 0;
    QString name;
    QString userName;
    QString url;
    QByteArrayView tagsJson;
};

namespace record_body {

// A record's body starts with one byte saying how the rest is held.
enum class Kind : char {
    Compact = 'c',         // what columns and layout do not hold (mirror_schema.cpp, step 6)
    CompactDeflated = 'C', // the same, raw deflate with the preset dictionary
    Json = 'j',            // the record's JSON text: a record its layout cannot describe exactly
    JsonDeflated = 'J',
};

// The compact body of a format-1 record object (docs/api.md §6) whose fields `layout`
// describes, key, type and label in order, stored with `columnSequence`; nullopt when the
// compact form cannot give the same object back (another member, a field without modifiedBy
// beside one with it, a value that is neither text nor a list of texts, a lone surrogate): the
// record then keeps its JSON text.
// `fields` are the record's field objects, as many as the layout has; `columnsStorable`: the
// values the columns hold (name, user name, URL, tags) are valid UTF-16.
std::optional<QByteArray> fromFormat1(const QJsonObject &record, const QJsonObject *fields,
                                      const FormLayout &layout, qint64 columnSequence,
                                      bool columnsStorable);

// A format-2 record's (docs/api.md §7.9: values, changed) parts, checked by the caller, and what
// it makes of them: the same body as the same record in format 1 gives.
struct Format2 {
    QString createdAt;
    std::optional<QString> createdBy;
    std::optional<QString> clientRef;
    QList<QJsonValue> values; // in layout order
    struct Change {
        qsizetype field = 0;
        qint64 revision = 1;
        QString modifiedAt;
        std::optional<QString> modifiedBy;
    };
    QList<Change> changed; // in layout order
};
std::optional<QByteArray> fromFormat2(const Format2 &record, const FormLayout &layout);
// The format-1 object of a format-2 record (for a record that cannot be stored compact).
QJsonObject format1Of(const RecordColumns &columns, const Format2 &record,
                      const FormLayout &layout);

QByteArray jsonBody(const QByteArray &json);

// The format-1 record object back, exactly as it was given (as parsed JSON). `layout` is the
// one the body was made with (null for a JSON body). Throws StorageError (Corrupt) for a body
// that does not read.
QJsonObject decode(const RecordColumns &columns, const FormLayout *layout, QByteArrayView body);
// The whole-number value of a JSON number, if it is one (toInteger() falls back to its default
// for non-integral numbers).
std::optional<qint64> wholeNumber(const QJsonValue &value);

// For a JSON body: its text (inflated); empty for any other.
QByteArray jsonText(QByteArrayView body);

// Deflates `body` (a Kind byte, then the payload) when that makes it smaller; for the
// measurements in mirror_schema.cpp.
QByteArray deflated(const QByteArray &body);

} // namespace record_body

} // namespace vaultlink
