#include "src/storage/record_row.h"

#include "src/autofill/app_identity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <stdexcept>
#include <string>

namespace vaultlink {

namespace {
[[noreturn]] void invalid(qint64 id, const char *what) {
    throw std::invalid_argument("record " + std::to_string(id) +
                                " is not a record object: " + what);
}

std::optional<qint64> integer(const QJsonValue &value) {
    // toInteger() falls back to its default for non-integral numbers; compare to tell them apart.
    if (!value.isDouble())
        return std::nullopt;
    const qint64 result = value.toInteger(-1);
    if (result == -1 && value.toDouble() != -1.0)
        return std::nullopt;
    return result;
}

// Keeps the search text's structure intact whatever a field holds.
void appendSearchable(QByteArray &search, const QString &text) {
    QByteArray folded = foldText(text);
    folded.replace('\0', ' ').replace(kFieldSeparator, ' ');
    search += folded;
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

RecordRow RecordRow::fromJson(const QJsonObject &record, const QByteArray &received) {
    RecordRow row;
    const auto id = integer(record.value(QLatin1String("id")));
    if (!id)
        throw std::invalid_argument("a record object without an integer id");
    row.id = *id;

    const QJsonValue form = record.value(QLatin1String("form"));
    if (!form.isString() || form.toString().isEmpty())
        invalid(row.id, "no form");
    row.form = form.toString();

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

    const auto sequence = integer(record.value(QLatin1String("sequence")));
    if (!sequence || *sequence < 0)
        invalid(row.id, "no sequence");
    row.sequence = *sequence;

    const QJsonValue fields = record.value(QLatin1String("fields"));
    if (!fields.isArray())
        invalid(row.id, "no fields");
    bool named = false;
    QJsonArray tags;
    for (const QJsonValue field : fields.toArray()) {
        const QJsonObject object = field.toObject();
        const QJsonValue key = object.value(QLatin1String("key"));
        const QJsonValue value = object.value(QLatin1String("value"));
        if (!field.isObject() || !key.isString())
            invalid(row.id, "a field without a key");
        const QString name = key.toString();
        if (name == QLatin1String("tags")) {
            if (!value.isArray())
                invalid(row.id, "tags are not an array");
            // The last one counts, like the other columns' fields, for the list and the search
            // alike (a record holding two once listed one's tags and searched both).
            // Each tag as UTF-8 can hold it: a lone surrogate ("\ud800" is valid JSON) has no
            // UTF-8 form, and the list, reading the column back, showed three U+FFFD for it
            // where the search held one (found by fuzzing).
            tags = {};
            row.tags.clear();
            for (const QJsonValue tag : value.toArray()) {
                if (!tag.isString())
                    invalid(row.id, "a tag is not a string");
                row.tags.append(QString::fromUtf8(tag.toString().toUtf8()));
                tags.append(row.tags.last());
            }
            continue;
        }
        QString *column = name == QLatin1String("name")       ? &row.name
                          : name == QLatin1String("username") ? &row.userName
                          : name == QLatin1String("url")      ? &row.url
                                                              : nullptr;
        if (!column)
            continue;
        if (!value.isString())
            invalid(row.id, "a name, user name or URL that is not a string");
        *column = value.toString();
        named = named || column == &row.name;
    }
    if (!named)
        invalid(row.id, "no name field");

    row.site = autofillKey(row.url);
    row.tagsJson = QJsonDocument(tags).toJson(QJsonDocument::Compact);
    row.sortKey = foldText(row.name);
    row.search.reserve(row.sortKey.size() + row.userName.size() + row.url.size() + 32);
    appendSearchable(row.search, row.name);
    for (const QString *text : {&row.userName, &row.url}) {
        row.search += kFieldSeparator;
        appendSearchable(row.search, *text);
    }
    for (const QString &tag : std::as_const(row.tags)) {
        row.search += kFieldSeparator;
        appendSearchable(row.search, tag);
    }
    row.raw = received.isEmpty() ? QJsonDocument(record).toJson(QJsonDocument::Compact) : received;
    return row;
}

} // namespace vaultlink
