#include "tests/server/http/api_fixture.h"

#include "server/directory/databases.h"
#include "server/store/settings.h"

#include <QCryptographicHash>
#include <QUrl>

#include <array>

namespace vaultlink::server::test {

::testing::AssertionResult isProblem(const Reply &reply, int status, const char *code) {
    const auto failure = [&](const std::string &why) {
        return ::testing::AssertionFailure()
               << why << " (got status " << reply.status << ", content type '"
               << reply.header("content-type").toStdString() << "', body "
               << reply.body.toStdString() << ")";
    };
    if (reply.status != status)
        return failure("expected status " + std::to_string(status));
    if (!reply.header("content-type").startsWith("application/problem+json"))
        return failure("expected application/problem+json");
    const QJsonObject body = reply.json();
    if (body.value(QStringLiteral("code")).toString() != QLatin1String(code))
        return failure(std::string("expected code ") + code);
    if (body.value(QStringLiteral("status")).toInt() != status)
        return failure("the body's status differs from the HTTP status");
    if (!body.value(QStringLiteral("type"))
             .toString()
             .endsWith(QLatin1Char('/') + QLatin1String(code)))
        return failure("the type URI does not name the code");
    if (body.value(QStringLiteral("title")).toString().isEmpty())
        return failure("the title is missing");
    if (body.value(QStringLiteral("detail")).toString().isEmpty())
        return failure("the detail is missing");
    if (status == 401 && !reply.header("www-authenticate").startsWith("Bearer"))
        return failure("a 401 answer needs WWW-Authenticate: Bearer");
    return ::testing::AssertionSuccess();
}

QJsonObject loginBody(qint64 database, const QString &user, const QString &password,
                      const QString &deviceId, const QString &deviceName) {
    return {{QStringLiteral("database"), database},
            {QStringLiteral("username"), user},
            {QStringLiteral("password"), password},
            {QStringLiteral("device"),
             QJsonObject{{QStringLiteral("id"), deviceId}, {QStringLiteral("name"), deviceName}}}};
}

QString independentDigest(const QMap<qint64, qint64> &sequenceById) {
    std::array<unsigned char, 32> acc{};
    for (auto it = sequenceById.begin(); it != sequenceById.end(); ++it) {
        const QByteArray hash = QCryptographicHash::hash(
            (QByteArray::number(it.key()) + ':' + QByteArray::number(it.value())),
            QCryptographicHash::Sha256);
        for (qsizetype i = 0; i < hash.size(); ++i)
            acc[static_cast<size_t>(i)] ^= static_cast<unsigned char>(hash[i]);
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(acc.data()), static_cast<qsizetype>(acc.size()))
            .toHex());
}

void Mirror::apply(const QJsonObject &page) {
    for (const QJsonValue record : page.value(QStringLiteral("records")).toArray())
        sequenceById.insert(record[QStringLiteral("id")].toInteger(),
                            record[QStringLiteral("sequence")].toInteger());
    for (const QJsonValue id : page.value(QStringLiteral("removed")).toArray())
        sequenceById.remove(id.toInteger());
    cursor = page.value(QStringLiteral("cursor")).toString();
}

QList<qint64> recordIds(const QJsonObject &page) {
    QList<qint64> ids;
    for (const QJsonValue record : page.value(QStringLiteral("records")).toArray())
        ids.append(record[QStringLiteral("id")].toInteger());
    return ids;
}

QList<qint64> removedIds(const QJsonObject &page) {
    QList<qint64> ids;
    for (const QJsonValue id : page.value(QStringLiteral("removed")).toArray())
        ids.append(id.toInteger());
    return ids;
}

QJsonObject fieldOf(const QJsonObject &record, const QString &key) {
    for (const QJsonValue field : record.value(QStringLiteral("fields")).toArray())
        if (field[QStringLiteral("key")].toString() == key)
            return field.toObject();
    return {};
}

ApiTest::ApiTest()
    : client(server.baseUrl(), server.certificate()) {
    db = data().addDatabase(QStringLiteral("Main"));
    alice = data().addUser(QStringLiteral("alice"), kAlicePassword);
}

void ApiTest::setSetting(const char *key, const QString &value) {
    saveSetting(store(), QString::fromLatin1(key), value);
}

qint64 ApiTest::databaseSequence(qint64 databaseId) {
    return requireDatabase(store(), databaseId).seq;
}

Reply ApiTest::login(qint64 database, const QString &user, const QString &password,
                     const QString &deviceId) {
    return client.post(QStringLiteral("/api/v1/auth/login"),
                       loginBody(database, user, password, deviceId));
}

Tokens ApiTest::loginAs(const QString &user, const QString &password, const QString &deviceId,
                        qint64 database) {
    const Reply reply = login(database == 0 ? db : database, user, password, deviceId);
    if (reply.status != 200) {
        ADD_FAILURE() << "login of " << user.toStdString() << " failed: " << reply.status << " "
                      << reply.body.toStdString();
        return {};
    }
    const QJsonObject grant = reply.json();
    return {grant.value(QStringLiteral("accessToken")).toString(),
            grant.value(QStringLiteral("refreshToken")).toString(), grant};
}

Reply ApiTest::createRecord(const QString &access, const QJsonObject &body) {
    return client.post(QStringLiteral("/api/v1/records"), body, access);
}

qint64 ApiTest::createLogin(const QString &access, const QString &name, qint64 unit,
                            const QString &username) {
    const Reply reply = createRecord(
        access, {{QStringLiteral("form"), QStringLiteral("login")},
                 {QStringLiteral("unit"), unit == 0 ? QJsonValue() : QJsonValue(unit)},
                 {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), name},
                                                        {QStringLiteral("username"), username}}}});
    if (reply.status != 201) {
        ADD_FAILURE() << "creating record " << name.toStdString() << " failed: " << reply.status
                      << " " << reply.body.toStdString();
        return 0;
    }
    return reply.json().value(QStringLiteral("id")).toInteger();
}

Reply ApiTest::changes(const QString &access, const QString &cursor, int limit) {
    QString path = QStringLiteral("/api/v1/changes");
    QStringList query;
    if (limit > 0)
        query.append(QStringLiteral("limit=%1").arg(limit));
    if (!cursor.isEmpty())
        query.append(QStringLiteral("cursor=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (!query.isEmpty())
        path += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return client.get(path, access);
}

QList<QJsonObject> ApiTest::syncAll(const QString &access, Mirror &mirror, int limit) {
    QList<QJsonObject> pages;
    for (int guard = 0; guard < 100; ++guard) {
        const Reply reply = changes(access, mirror.cursor, limit);
        if (reply.status != 200) {
            ADD_FAILURE() << "GET /api/v1/changes failed: " << reply.status << " "
                          << reply.body.toStdString();
            return pages;
        }
        const QJsonObject page = reply.json();
        pages.append(page);
        mirror.apply(page);
        if (!page.value(QStringLiteral("more")).toBool())
            return pages;
    }
    ADD_FAILURE() << "the feed never ended";
    return pages;
}

} // namespace vaultlink::server::test
