#include "server/seed/seed.h"

#include "server/directory/forms.h"
#include "server/directory/units.h"
#include "server/store/sql.h"
#include "server/store/store.h"
#include "server/vault/record_json.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QStringList>

#include <array>
#include <random>

namespace vaultlink::server {

namespace {

constexpr std::array kServices = {
    "GitHub",  "GitLab",     "Jira",         "Confluence", "Slack",     "Zoom",      "Salesforce",
    "AWS",     "Azure",      "Google Ads",   "HubSpot",    "Workday",   "SAP",       "ServiceNow",
    "Okta",    "Dropbox",    "Box",          "Zendesk",    "Datadog",   "PagerDuty", "Grafana",
    "Jenkins", "SonarQube",  "Artifactory",  "Bitbucket",  "Trello",    "Asana",     "Notion",
    "Figma",   "Miro",       "DocuSign",     "Adobe",      "Mailchimp", "Stripe",    "PayPal",
    "Shopify", "Cloudflare", "DigitalOcean", "Heroku",     "Twilio",    "SendGrid",  "Intercom"};
constexpr std::array kEnvironments = {"prod", "staging", "test",  "dev",
                                      "eu",   "us",      "admin", "backup"};
constexpr std::array kFirstNames = {"anna", "ben",  "chris", "dana", "emil", "fatima", "georg",
                                    "hana", "ivan", "julia", "kofi", "lena", "mario",  "nora"};
constexpr std::array kTags = {"finance", "ops",    "dev",      "marketing", "legal",
                              "hr",      "shared", "critical", "legacy",    "customer"};
constexpr std::array kForms = {"login",   "login",  "login",       "website",
                               "website", "server", "credit-card", "note"};

template <typename Array> QString pick(std::mt19937_64 &rng, const Array &items) {
    return QString::fromLatin1(items[rng() % items.size()]);
}

QString password(std::mt19937_64 &rng) {
    static const char alphabet[] =
        "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+-=?@_";
    QString out;
    for (int i = 0; i < 20; ++i)
        out.append(QLatin1Char(alphabet[rng() % (sizeof alphabet - 1)]));
    return out;
}

QString valueFor(const FieldSpec &spec, std::mt19937_64 &rng, const QString &service,
                 const QString &env, const QString &user) {
    const QString domain = service.toLower().remove(QLatin1Char(' ')) + QStringLiteral(".example");
    if (spec.type == QLatin1String("username"))
        return user;
    if (spec.type == QLatin1String("password"))
        return spec.key == QLatin1String("pin") ? QString::number(1000 + rng() % 9000)
                                                : password(rng);
    if (spec.type == QLatin1String("url"))
        return QStringLiteral("https://%1.%2/login").arg(env, domain);
    if (spec.type == QLatin1String("email"))
        return QStringLiteral("%1@%2").arg(user, domain);
    if (spec.type == QLatin1String("notes"))
        return rng() % 3 == 0 ? QStringLiteral("Rotated quarterly. Owner: %1.").arg(user)
                              : QString();
    if (spec.type == QLatin1String("date"))
        return QStringLiteral("20%1-%2")
            .arg(27 + rng() % 5)
            .arg(1 + rng() % 12, 2, 10, QLatin1Char('0'));
    if (spec.key == QLatin1String("hostname"))
        return QStringLiteral("%1-%2.internal.example").arg(env).arg(rng() % 100);
    if (spec.key == QLatin1String("port"))
        return QString::number(rng() % 2 ? 22 : 3389);
    if (spec.key == QLatin1String("cardholder"))
        return user.toUpper();
    if (spec.type == QLatin1String("totp"))
        return rng() % 4 == 0 ? QStringLiteral("JBSWY3DPEHPK3PXP") : QString();
    return {};
}

quint64 seedFor(const QString &database, const QString &user, qint64 count) {
    const QByteArray h = QCryptographicHash::hash(
        QStringLiteral("%1\n%2\n%3").arg(database, user).arg(count).toUtf8(),
        QCryptographicHash::Sha256);
    quint64 seed = 0;
    for (int i = 0; i < 8; ++i)
        seed = (seed << 8) | static_cast<unsigned char>(h[i]);
    return seed;
}

} // namespace

SeedResult seedRecords(Store &store, qint64 databaseId, qint64 userId, qint64 count, qint64 nowMs) {
    Transaction tx(store);
    QList<qint64> units;
    for (const UnitAccess &unit : unitsForUser(store, databaseId, userId))
        if (unit.rights.add)
            units.append(unit.unitId);
    if (units.isEmpty()) {
        const auto existing = findUnit(store, databaseId, QStringLiteral("Shared"));
        const qint64 shared =
            existing ? *existing : addUnit(store, databaseId, QStringLiteral("Shared"));
        setUnitRights(store, shared, userId, {true, true, true});
        units.append(shared);
    }
    const QString dbName =
        queryValue(store, QStringLiteral("SELECT name FROM databases WHERE id = ?"), {databaseId})
            .toString();
    const QString userName =
        queryValue(store, QStringLiteral("SELECT name FROM users WHERE id = ?"), {userId})
            .toString();
    std::mt19937_64 rng(seedFor(dbName, userName, count));

    // One reserved block of sequence numbers: far cheaper than a round trip per record.
    const qint64 firstSeq =
        queryValue(store, QStringLiteral("SELECT seq FROM databases WHERE id = ?"), {databaseId})
            .toLongLong() +
        1;
    QSqlQuery insertRecord =
        prepare(store, QStringLiteral("INSERT INTO records(database_id, form_id, unit_id, "
                                      "owner_id, created_by, created_at, seq) "
                                      "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertField =
        prepare(store, QStringLiteral("INSERT INTO fields(record_id, key, type, label, value, "
                                      "revision, modified_at, position) "
                                      "VALUES(?, ?, ?, ?, ?, 1, ?, ?)"));
    SeedResult result;
    for (qint64 i = 0; i < count; ++i) {
        const FormSpec form = *findForm(pick(rng, kForms));
        const QString service = pick(rng, kServices);
        const QString env = pick(rng, kEnvironments);
        const QString user =
            pick(rng, kFirstNames) + QLatin1Char('.') + QString::number(rng() % 1000);
        const bool personal = rng() % 3 == 0;
        const QVariant nullId{QMetaType(QMetaType::LongLong)};
        insertRecord.addBindValue(databaseId);
        insertRecord.addBindValue(form.id);
        insertRecord.addBindValue(
            personal
                ? nullId
                : QVariant(
                      units[static_cast<qsizetype>(rng() % static_cast<quint64>(units.size()))]));
        insertRecord.addBindValue(personal ? QVariant(userId) : nullId);
        insertRecord.addBindValue(userId);
        insertRecord.addBindValue(nowMs);
        insertRecord.addBindValue(firstSeq + i);
        execQuery(insertRecord);
        const qint64 recordId = insertRecord.lastInsertId().toLongLong();
        int position = 0;
        for (const FieldSpec &spec : form.fields) {
            QString value;
            if (spec.key == QLatin1String("name"))
                value = QStringLiteral("%1 %2 #%3").arg(service, env).arg(i + 1);
            else if (spec.type == QLatin1String("tags"))
                storedValue(spec.type, QJsonArray{pick(rng, kTags), env}, &value);
            else
                value = valueFor(spec, rng, service, env, user);
            if (value.isNull())
                value = QStringLiteral(""); // Qt SQL would bind a null QString as NULL
            for (const QVariant &v :
                 {QVariant(recordId), QVariant(spec.key), QVariant(spec.type), QVariant(spec.label),
                  QVariant(value), QVariant(nowMs), QVariant(position++)})
                insertField.addBindValue(v);
            execQuery(insertField);
        }
        ++(personal ? result.personal : result.global);
    }
    run(store, QStringLiteral("UPDATE databases SET seq = ? WHERE id = ?"),
        {firstSeq + count - 1, databaseId});
    result.created = count;
    tx.commit();
    return result;
}

} // namespace vaultlink::server
