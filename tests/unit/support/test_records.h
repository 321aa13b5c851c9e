#pragma once

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace vaultlink::testing {

// A docs/api.md §6 record object with every field of its form, in form order. For forms without
// a user name field (credit card) userName fills the card holder.
struct TestRecord {
    explicit TestRecord(qint64 recordId)
        : id(recordId) {}
    TestRecord &withSequence(qint64 v) { return sequence = v, *this; }
    TestRecord &withForm(const QString &v) { return form = v, *this; }
    TestRecord &withUnit(std::optional<qint64> v) { return unit = v, *this; }
    TestRecord &withName(const QString &v) { return name = v, *this; }
    TestRecord &withUserName(const QString &v) { return userName = v, *this; }
    TestRecord &withPassword(const QString &v) { return password = v, *this; }
    TestRecord &withUrl(const QString &v) { return url = v, *this; }
    TestRecord &withNotes(const QString &v) { return notes = v, *this; }
    TestRecord &withTags(const QStringList &v) { return tags = v, *this; }

    qint64 id;
    qint64 sequence = 1;
    QString form = QStringLiteral("login");
    std::optional<qint64> unit; // empty: personal
    QString name = QStringLiteral("Bank");
    QString userName;
    QString password;
    QString url;
    QString notes;
    QStringList tags;

    QJsonObject json() const {
        const auto field = [](const char *key, const char *type, const QJsonValue &value) {
            return QJsonObject{
                {QStringLiteral("key"), QLatin1String(key)},
                {QStringLiteral("type"), QLatin1String(type)},
                {QStringLiteral("label"), QLatin1String(key).toString().toUpper()},
                {QStringLiteral("value"), value},
                {QStringLiteral("revision"), 1},
                {QStringLiteral("modifiedAt"), QStringLiteral("2026-11-22T15:45:59.776Z")}};
        };
        QJsonArray fields{field("name", "title", name)};
        if (form == QLatin1String("login")) {
            fields.append(field("username", "username", userName));
            fields.append(field("password", "password", password));
            fields.append(field("url", "url", url));
            fields.append(field("totp", "totp", QString()));
        } else if (form == QLatin1String("website")) {
            fields.append(field("url", "url", url));
            fields.append(field("username", "username", userName));
            fields.append(field("password", "password", password));
            fields.append(field("email", "email", QString()));
        } else if (form == QLatin1String("credit-card")) {
            fields.append(field("cardholder", "text", userName));
            fields.append(field("number", "password", password));
            fields.append(field("expiry", "date", QStringLiteral("2029-04")));
            fields.append(field("cvc", "password", QStringLiteral("123")));
            fields.append(field("pin", "password", QStringLiteral("4321")));
        }
        fields.append(field("notes", "notes", notes));
        fields.append(field("tags", "tags", QJsonArray::fromStringList(tags)));
        return {{QStringLiteral("id"), id},
                {QStringLiteral("form"), form},
                {QStringLiteral("unit"), unit ? QJsonValue(*unit) : QJsonValue()},
                {QStringLiteral("personal"), !unit.has_value()},
                {QStringLiteral("sequence"), sequence},
                {QStringLiteral("createdAt"), QStringLiteral("2026-11-22T15:45:59.776Z")},
                {QStringLiteral("clientRef"), QJsonValue()},
                {QStringLiteral("fields"), fields}};
    }
};

// docs/api.md §7.9 digest computed independently of the mirror, with Qt's SHA-256.
inline QString referenceDigest(const QList<QPair<qint64, qint64>> &idAndSequence) {
    QByteArray acc(32, '\0');
    for (const auto &[id, sequence] : idAndSequence) {
        const QByteArray hash = QCryptographicHash::hash(
            QStringLiteral("%1:%2").arg(id).arg(sequence).toLatin1(), QCryptographicHash::Sha256);
        for (qsizetype i = 0; i < 32; ++i)
            acc[i] = static_cast<char>(acc[i] ^ hash[i]);
    }
    return QString::fromLatin1(acc.toHex());
}

} // namespace vaultlink::testing
