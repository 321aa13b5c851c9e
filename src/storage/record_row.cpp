#include "src/storage/record_row.h"

#include "src/autofill/app_identity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace vaultlink {

namespace {
[[noreturn]] void invalid(qint64 id, const char *what) {
    throw std::invalid_argument("record " + std::to_string(id) +
                                " is not a record object: " + what);
}

std::optional<qint64> integer(const QJsonValue &value) {
    return record_body::wholeNumber(value);
}

bool storableText(const QString &text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x80)
            return text.isValidUtf16();
    return true;
}

// The tags column: compact JSON as QJsonDocument writes it, without it for printable ASCII.
QByteArray tagsJsonOf(const QStringList &tags) {
    QByteArray json("[");
    for (const QString &tag : tags) {
        if (json.size() > 1)
            json += ',';
        json += '"';
        for (const QChar c : tag) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u > 0x7E || u == '"' || u == '\\')
                return QJsonDocument(QJsonArray::fromStringList(tags))
                    .toJson(QJsonDocument::Compact);
            json += static_cast<char>(u);
        }
        json += '"';
    }
    json += ']';
    return json;
}

// Keeps the search text's structure intact whatever a field holds.
void appendSearchable(QByteArray &search, const QString &text) {
    QByteArray folded = foldText(text);
    folded.replace('\0', ' ').replace(kFieldSeparator, ' ');
    search += folded;
}

// The same from UTF-8 (a column): ASCII folds byte by byte.
void appendSearchableUtf8(QByteArray &search, QByteArrayView utf8) {
    for (const char c : utf8)
        if (static_cast<unsigned char>(c) >= 0x80) {
            appendSearchable(search, QString::fromUtf8(utf8));
            return;
        }
    const qsizetype at = search.size();
    search.resize(at + utf8.size());
    char *to = search.data() + at;
    for (const char c : utf8)
        *to++ = c >= 'A' && c <= 'Z'                ? static_cast<char>(c + ('a' - 'A'))
                : c == '\0' || c == kFieldSeparator ? ' '
                                                    : c;
}

// Each tag of a tags column's compact JSON ("[\"a\",\"b\"]") as UTF-8; QJsonDocument only for
// one holding an escape.
template <typename Each> void eachTag(QByteArrayView json, Each &&each) {
    if (!json.contains('\\')) {
        qsizetype at = 1; // after '['
        while (at < json.size() && json[at] == '"') {
            const qsizetype end = json.indexOf('"', at + 1);
            if (end < 0)
                break;
            each(json.sliced(at + 1, end - at - 1));
            at = end + 2; // past '"' and ',' (or ']')
        }
        return;
    }
    for (const QJsonValue tag : QJsonDocument::fromJson(json.toByteArray()).array())
        each(QByteArrayView(tag.toString().toUtf8()));
}

// A format-1 record's fields (their objects, keys read already) as a layout: the one of its form
// in `forms`, one met recently on this thread (records come by the thousand with a handful of
// layouts), or a new one; null when a field lacks a string type or label, or no record could be
// stored compact with it.
Layout layoutOfFields(const QString &form, const QJsonObject *objects, const QString *keys,
                      qsizetype count, const FormLayouts &forms) {
    QVarLengthArray<FormLayout::Field, 12> read;
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonValue type = objects[i].value(QLatin1String("type"));
        const QJsonValue label = objects[i].value(QLatin1String("label"));
        if (!type.isString() || !label.isString())
            return nullptr;
        read.append({keys[i], type.toString(), label.toString()});
    }
    const auto same = [&](const Layout &layout) {
        return layout && layout->form() == form &&
               std::equal(read.begin(), read.end(), layout->fields().begin(),
                          layout->fields().end());
    };
    if (Layout known = layoutOf(forms, form); same(known))
        return known;
    thread_local QList<Layout> recent;
    for (qsizetype i = 0; i < recent.size(); ++i)
        if (same(recent[i])) {
            Layout found = recent[i];
            recent.move(i, 0);
            return found;
        }
    auto made = std::make_shared<const FormLayout>(
        form, QList<FormLayout::Field>(read.begin(), read.end()));
    if (!made->compact())
        return nullptr;
    recent.prepend(made);
    if (recent.size() > 16)
        recent.removeLast();
    return made;
}

void readUnit(RecordRow &row, const QJsonObject &record) {
    const QJsonValue personal = record.value(QLatin1String("personal"));
    const QJsonValue unit = record.value(QLatin1String("unit"));
    if (!personal.isBool())
        invalid(row.id, "no personal flag");
    if (personal.toBool()) {
        if (!unit.isNull() && !unit.isUndefined())
            invalid(row.id, "personal and in a unit");
    } else {
        row.unit = integer(unit);
        if (!row.unit)
            invalid(row.id, "neither personal nor in a unit");
    }
}

// Whether every tag was valid UTF-16 (a lone surrogate makes the record keep its JSON).
bool readTags(RecordRow &row, const QJsonValue &value) {
    if (!value.isArray())
        invalid(row.id, "tags are not an array");
    // Each tag as UTF-8 can hold it: a lone surrogate ("\ud800" is valid JSON) has no UTF-8
    // form, and the list, reading the column back, showed three U+FFFD for it where the search
    // held one (found by fuzzing).
    row.tags.clear();
    bool valid = true;
    for (const QJsonValue tag : value.toArray()) {
        if (!tag.isString())
            invalid(row.id, "a tag is not a string");
        const QString text = tag.toString();
        if (text.isValidUtf16()) {
            row.tags.append(text);
        } else {
            row.tags.append(QString::fromUtf8(text.toUtf8()));
            valid = false;
        }
    }
    return valid;
}

QString *columnOf(RecordRow &row, const QString &key) {
    return key == QLatin1String("name")       ? &row.name
           : key == QLatin1String("username") ? &row.userName
           : key == QLatin1String("url")      ? &row.url
                                              : nullptr;
}

void readFormat1(RecordRow &row, const QJsonObject &record, const FormLayouts &forms,
                 const QByteArray &received) {
    readUnit(row, record);
    const QJsonValue fields = record.value(QLatin1String("fields"));
    if (!fields.isArray())
        invalid(row.id, "no fields");
    const QJsonArray list = fields.toArray();
    QVarLengthArray<QJsonObject, 12> objects;
    QVarLengthArray<QString, 12> keys;
    bool named = false;
    bool columnsStorable = true; // what the columns hold is what the record holds
    for (const QJsonValue field : list) {
        QJsonObject object = field.toObject();
        const QJsonValue key = object.value(QLatin1String("key"));
        if (!field.isObject() || !key.isString())
            invalid(row.id, "a field without a key");
        QString name = key.toString();
        if (name == QLatin1String("tags")) {
            // The last one counts, like the other columns' fields, for the list and the search
            // alike (a record holding two once listed one's tags and searched both).
            columnsStorable =
                readTags(row, object.value(QLatin1String("value"))) && columnsStorable;
        } else if (QString *column = columnOf(row, name)) {
            const QJsonValue value = object.value(QLatin1String("value"));
            if (!value.isString())
                invalid(row.id, "a name, user name or URL that is not a string");
            *column = value.toString();
            named = named || column == &row.name;
            columnsStorable = columnsStorable && storableText(*column);
        }
        objects.append(std::move(object));
        keys.append(std::move(name));
    }
    if (!named)
        invalid(row.id, "no name field");

    if (const Layout layout =
            layoutOfFields(row.form, objects.data(), keys.data(), objects.size(), forms))
        if (std::optional<QByteArray> body = record_body::fromFormat1(
                record, objects.data(), *layout, row.sequence, columnsStorable)) {
            row.layout = layout;
            row.body = std::move(*body);
            return;
        }
    row.body = record_body::jsonBody(
        received.isEmpty() ? QJsonDocument(record).toJson(QJsonDocument::Compact) : received);
}

std::optional<QString> optionalText(qint64 id, const QJsonValue &value, const char *what) {
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        invalid(id, what);
    return value.toString();
}

// Feed format 2: the values by key, type and label from the form, each field's revision,
// modifiedAt and modifiedBy (1, createdAt, createdBy) unless `changed` says otherwise.
void readFormat2(RecordRow &row, const QJsonObject &record, const FormLayouts &forms) {
    if (record.contains(QLatin1String("fields")))
        invalid(row.id, "both fields and values");
    const QJsonValue unit = record.value(QLatin1String("unit"));
    if (!unit.isNull()) {
        row.unit = integer(unit);
        if (!row.unit)
            invalid(row.id, "a unit that is neither null nor an integer");
    }
    record_body::Format2 parts;
    const QJsonValue createdAt = record.value(QLatin1String("createdAt"));
    if (!createdAt.isString())
        invalid(row.id, "no creation time");
    parts.createdAt = createdAt.toString();
    parts.createdBy = optionalText(row.id, record.value(QLatin1String("createdBy")),
                                   "a createdBy that is not a string");
    parts.clientRef = optionalText(row.id, record.value(QLatin1String("clientRef")),
                                   "a clientRef that is not a string");
    const Layout layout = layoutOf(forms, row.form);
    if (!layout)
        throw UnknownForm("record " + std::to_string(row.id) +
                          " is not a record object: a form the server's forms do not list");
    if (layout->indexOf(QStringLiteral("name")) < 0)
        invalid(row.id, "no name field");
    const QJsonValue valuesMember = record.value(QLatin1String("values"));
    if (!valuesMember.isObject())
        invalid(row.id, "values that are not an object");
    const QJsonObject values = valuesMember.toObject();
    const QList<FormLayout::Field> &fields = layout->fields();
    parts.values.reserve(fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FormLayout::Field &field = fields[i];
        if (layout->indexOf(field.key) != i)
            invalid(row.id, "a form with a field twice");
        const QJsonValue value = values.value(field.key);
        if (value.isUndefined())
            invalid(row.id, "no value for a field of its form");
        // The columns' fields by key, as in format 1; the others by their type.
        if (field.key == QLatin1String("tags")) {
            readTags(row, value);
        } else if (QString *column = columnOf(row, field.key)) {
            if (!value.isString())
                invalid(row.id, "a name, user name or URL that is not a string");
            *column = value.toString();
        } else if (field.type == QLatin1String("tags")) {
            if (!value.isArray())
                invalid(row.id, "tags are not an array");
            for (const QJsonValue tag : value.toArray())
                if (!tag.isString())
                    invalid(row.id, "a tag is not a string");
        } else if (!value.isString()) {
            invalid(row.id, "a value that is not a string");
        }
        parts.values.append(value);
    }
    if (values.size() != fields.size())
        invalid(row.id, "a value for a field its form does not have");
    const QJsonValue changed = record.value(QLatin1String("changed"));
    if (!changed.isUndefined() && !changed.isObject())
        invalid(row.id, "changed that is not an object");
    const QJsonObject changes = changed.toObject();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const qsizetype field = layout->indexOf(it.key());
        if (field < 0)
            invalid(row.id, "a change of a field its form does not have");
        const QJsonObject change = it.value().toObject();
        const std::optional<qint64> revision = integer(change.value(QLatin1String("revision")));
        const QJsonValue modifiedAt = change.value(QLatin1String("modifiedAt"));
        const QJsonValue modifiedBy = change.value(QLatin1String("modifiedBy"));
        if (!revision)
            invalid(row.id, "a change without an integer revision");
        if (!modifiedAt.isString())
            invalid(row.id, "a change without its time");
        if (!modifiedBy.isNull() && !modifiedBy.isString())
            invalid(row.id, "a change without its author (a string or null)");
        parts.changed.append(
            {field, *revision, modifiedAt.toString(),
             modifiedBy.isString() ? std::optional(modifiedBy.toString()) : std::nullopt});
    }
    std::sort(parts.changed.begin(), parts.changed.end(),
              [](const auto &a, const auto &b) { return a.field < b.field; });

    if (std::optional<QByteArray> body = record_body::fromFormat2(parts, *layout)) {
        row.layout = layout;
        row.body = std::move(*body);
        return;
    }
    row.body =
        record_body::jsonBody(QJsonDocument(record_body::format1Of(row.columns(), parts, *layout))
                                  .toJson(QJsonDocument::Compact));
}

RecordRow make(const QJsonObject &record, const FormLayouts &forms, const QByteArray &received,
               std::optional<qint64> storedSequence) {
    RecordRow row;
    const auto id = integer(record.value(QLatin1String("id")));
    if (!id)
        throw std::invalid_argument("a record object without an integer id");
    row.id = *id;

    const QJsonValue form = record.value(QLatin1String("form"));
    if (!form.isString() || form.toString().isEmpty())
        invalid(row.id, "no form");
    row.form = form.toString();

    const auto sequence = integer(record.value(QLatin1String("sequence")));
    if (!sequence || *sequence < 0)
        invalid(row.id, "no sequence");
    row.sequence = storedSequence.value_or(*sequence);

    if (record.contains(QLatin1String("values")))
        readFormat2(row, record, forms);
    else
        readFormat1(row, record, forms, received);

    row.site = autofillKey(row.url);
    row.tagsJson = tagsJsonOf(row.tags);
    row.sortKey = foldText(row.name);
    return row;
}
} // namespace

QByteArray foldText(const QString &text) {
    // ASCII text is its own NFC form and folds to lower case: the same bytes as below, without
    // the three intermediate strings (most names, user names and URLs are ASCII).
    QByteArray folded(text.size(), Qt::Uninitialized);
    char *out = folded.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return text.normalized(QString::NormalizationForm_C).toCaseFolded().toUtf8();
        *out++ = static_cast<char>(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
    }
    return folded;
}

RecordRow RecordRow::fromJson(const QJsonObject &record, const FormLayouts &forms,
                              const QByteArray &received) {
    return make(record, forms, received, std::nullopt);
}

RecordRow RecordRow::stored(const QJsonObject &record, qint64 sequence,
                            const QByteArray &received) {
    return make(record, {}, received, sequence);
}

RecordColumns RecordRow::columns() const {
    return {id, form, unit, sequence, name, userName, url, tagsJson};
}

QJsonObject RecordRow::toJson() const {
    return record_body::decode(columns(), layout.get(), body);
}

QByteArray searchText(const QString &name, const QString &userName, const QString &url,
                      const QStringList &tags) {
    QByteArray search;
    search.reserve(name.size() + userName.size() + url.size() + 32);
    appendSearchable(search, name);
    for (const QString *text : {&userName, &url}) {
        search += kFieldSeparator;
        appendSearchable(search, *text);
    }
    for (const QString &tag : tags) {
        search += kFieldSeparator;
        appendSearchable(search, tag);
    }
    return search;
}

namespace {
// ASCII folded as foldText does, a separator or '\0' made a space; false at the first byte
// that is not ASCII.
bool foldAscii(char *&out, QByteArrayView utf8) {
    static const auto table = [] {
        std::array<char, 128> folded{};
        for (int c = 0; c < 128; ++c)
            folded[static_cast<std::size_t>(c)] =
                c >= 'A' && c <= 'Z'             ? static_cast<char>(c + ('a' - 'A'))
                : c == 0 || c == kFieldSeparator ? ' '
                                                 : static_cast<char>(c);
        return folded;
    }();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80)
            return false;
        *out++ = table[byte];
    }
    return true;
}
} // namespace

void appendSearchText(QByteArray &to, QByteArrayView sortKey, QByteArrayView userName,
                      QByteArrayView url, QByteArrayView tagsJson) {
    // The name is folded already: only a separator or '\0' in it becomes a space. Most records
    // are ASCII, their tags without escapes: written in place, at most as long as the columns
    // together.
    const qsizetype at = to.size();
    to.resize(at + sortKey.size() + userName.size() + url.size() + tagsJson.size() + 2);
    char *out = to.data() + at;
    for (const char c : sortKey)
        *out++ = c == '\0' || c == kFieldSeparator ? ' ' : c;
    bool ascii = !tagsJson.contains('\\');
    for (const QByteArrayView text : {userName, url}) {
        if (!ascii)
            break;
        *out++ = kFieldSeparator;
        ascii = foldAscii(out, text);
    }
    if (ascii)
        eachTag(tagsJson, [&](QByteArrayView tag) {
            *out++ = kFieldSeparator;
            ascii = ascii && foldAscii(out, tag);
        });
    if (ascii) {
        to.truncate(out - to.constData());
        return;
    }
    to.truncate(at + sortKey.size());
    for (const QByteArrayView text : {userName, url}) {
        to += kFieldSeparator;
        appendSearchableUtf8(to, text);
    }
    eachTag(tagsJson, [&](QByteArrayView tag) {
        to += kFieldSeparator;
        appendSearchableUtf8(to, tag);
    });
}

} // namespace vaultlink
