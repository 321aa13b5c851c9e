// FakeWebApp's forms and record endpoints: GET /forms, and GET, POST, PATCH and DELETE of
// docs/api.md §7.10–7.12 with the same rules as the real server (client references, base revisions,
// record revisions), for the one form the fake has (name, username, password, tags).
#include "tests/unit/support/fake_web_app.h"
#include "tests/unit/support/http_doubles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace vaultlink::testing {

namespace {
qint64 revisionSum(const QJsonObject &record) {
    qint64 sum = 0;
    for (const QJsonValue field : record.value(QLatin1String("fields")).toArray())
        sum += field.toObject().value(QLatin1String("revision")).toInteger();
    return sum;
}

HttpResponse noContent() {
    HttpResponse response;
    response.status = 204;
    return response;
}

// The answer the client would have had, lost on the way: it sees a cut connection.
HttpResponse lost() {
    HttpResponse response;
    response.failure = NetFailure::ConnectionLost;
    response.maybeDelivered = true;
    response.message = Message(QStringLiteral("connection-lost"), {QStringLiteral("fake")});
    return response;
}
} // namespace

QJsonObject FakeWebApp::recordJson(qint64 id) const {
    const Record &record = m_records[id];
    QJsonObject object = record.object;
    object.insert(QStringLiteral("sequence"), record.sequence);
    return object;
}

std::optional<QJsonObject> FakeWebApp::record(qint64 id) const {
    if (!m_records.contains(id) || m_records[id].deleted)
        return std::nullopt;
    return recordJson(id);
}

QList<qint64> FakeWebApp::visibleIds() const {
    QList<qint64> ids;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it)
        if (!it->deleted)
            ids.append(it.key());
    return ids;
}

void FakeWebApp::setField(qint64 id, const QString &key, const QJsonValue &value,
                          const QJsonValue &modifiedBy) {
    Record &record = m_records[id];
    QJsonArray fields = record.object.value(QStringLiteral("fields")).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = fields[i].toObject();
        if (field.value(QStringLiteral("key")).toString() != key)
            continue;
        field.insert(QStringLiteral("value"), value);
        field.insert(QStringLiteral("revision"),
                     field.value(QStringLiteral("revision")).toInteger() + 1);
        field.insert(QStringLiteral("modifiedBy"), modifiedBy);
        fields.replace(i, field);
    }
    record.object.insert(QStringLiteral("fields"), fields);
    record.sequence = ++m_sequence;
}

std::optional<HttpResponse> FakeWebApp::records(const HttpRequest &request) {
    static const QRegularExpression one(QStringLiteral("^/api/v1/records/([1-9][0-9]*)$"));
    const QString path = request.url.path();
    if (path == QLatin1String("/api/v1/forms")) {
        QJsonArray fields;
        for (const auto &[key, type] :
             {std::pair{"name", "title"}, std::pair{"username", "username"},
              std::pair{"password", "password"}, std::pair{"tags", "tags"}})
            fields.append(QJsonObject{{"key", key}, {"type", type}, {"label", key}});
        return jsonAnswer(
            200,
            {{"forms",
              QJsonArray{QJsonObject{{"id", "login"}, {"name", "Login"}, {"fields", fields}}}}});
    }
    const QJsonObject in = QJsonDocument::fromJson(request.body).object();
    if (path == QLatin1String("/api/v1/records") && request.method == "POST")
        return createRecord(in);
    const QRegularExpressionMatch match = one.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 id = match.captured(1).toLongLong();
    // A deletion repeated after a lost answer (this fake has one user: it deleted it).
    if (request.method == "DELETE" && m_records.contains(id) && m_records[id].deleted)
        return noContent();
    if (!record(id))
        return problemAnswer(404, QStringLiteral("record-unknown"));
    if (request.method == "GET")
        return jsonAnswer(200, recordJson(id));
    if (request.method == "PATCH")
        return changeRecord(id, in);
    if (request.method == "DELETE")
        return removeRecord(id, request.url);
    return problemAnswer(405, QStringLiteral("method-not-allowed"));
}

HttpResponse FakeWebApp::createRecord(const QJsonObject &in) {
    const QString ref = in.value(QStringLiteral("clientRef")).toString();
    if (!ref.isEmpty() && m_clientRefs.contains(ref)) {
        if (loseAnswers > 0) {
            --loseAnswers;
            return lost();
        }
        return jsonAnswer(200, recordJson(m_clientRefs.value(ref)));
    }
    if (!refuseWrites.isEmpty())
        return problemAnswer(403, refuseWrites);
    const QJsonObject fields = in.value(QStringLiteral("fields")).toObject();
    for (const QString &key : fields.keys())
        if (!QStringList{QStringLiteral("name"), QStringLiteral("username"),
                         QStringLiteral("password"), QStringLiteral("tags")}
                 .contains(key))
            return problemAnswer(400, QStringLiteral("invalid-request"));
    const qint64 id = addRecord(fields.value(QStringLiteral("name")).toString(),
                                fields.value(QStringLiteral("password")).toString());
    Record &record = m_records[id];
    QJsonArray list = record.object.value(QStringLiteral("fields")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject field = list[i].toObject();
        const QString key = field.value(QStringLiteral("key")).toString();
        field.insert(QStringLiteral("value"), fields.contains(key) ? fields.value(key)
                                              : key == QLatin1String("tags")
                                                  ? QJsonValue(QJsonArray())
                                                  : QJsonValue(QString()));
        list.replace(i, field);
    }
    record.object.insert(QStringLiteral("fields"), list);
    record.object.insert(QStringLiteral("clientRef"), ref.isEmpty() ? QJsonValue() : ref);
    if (!ref.isEmpty())
        m_clientRefs.insert(ref, id);
    if (loseAnswers > 0) {
        --loseAnswers;
        return lost();
    }
    return jsonAnswer(201, recordJson(id));
}

HttpResponse FakeWebApp::changeRecord(qint64 id, const QJsonObject &in) {
    if (!refuseWrites.isEmpty())
        return problemAnswer(403, refuseWrites);
    Record &record = m_records[id];
    QJsonArray fields = record.object.value(QStringLiteral("fields")).toArray();
    const auto find = [&](const QString &key) -> qsizetype {
        for (qsizetype i = 0; i < fields.size(); ++i)
            if (fields[i].toObject().value(QStringLiteral("key")).toString() == key)
                return i;
        return -1;
    };
    const QJsonArray changes = in.value(QStringLiteral("changes")).toArray();
    QJsonArray conflicts;
    for (const QJsonValue change : changes) {
        const qsizetype at = find(change.toObject().value(QStringLiteral("key")).toString());
        if (at < 0)
            return problemAnswer(400, QStringLiteral("invalid-request"));
        const QJsonObject field = fields[at].toObject();
        if (field.value(QStringLiteral("revision")).toInteger() !=
                change.toObject().value(QStringLiteral("baseRevision")).toInteger() &&
            field.value(QStringLiteral("value")) !=
                change.toObject().value(QStringLiteral("value")))
            conflicts.append(field);
    }
    if (!conflicts.isEmpty())
        return problemAnswer(409, QStringLiteral("revision-conflict"),
                             {{QStringLiteral("conflicts"), conflicts}});
    bool changed = false;
    for (const QJsonValue change : changes) {
        const qsizetype at = find(change.toObject().value(QStringLiteral("key")).toString());
        QJsonObject field = fields[at].toObject();
        if (field.value(QStringLiteral("value")) ==
            change.toObject().value(QStringLiteral("value")))
            continue;
        field.insert(QStringLiteral("value"), change.toObject().value(QStringLiteral("value")));
        field.insert(QStringLiteral("revision"),
                     field.value(QStringLiteral("revision")).toInteger() + 1);
        field.insert(QStringLiteral("modifiedBy"), QStringLiteral("dev"));
        fields.replace(at, field);
        changed = true;
    }
    if (changed) {
        record.object.insert(QStringLiteral("fields"), fields);
        record.sequence = ++m_sequence;
    }
    if (loseAnswers > 0) {
        --loseAnswers;
        return lost();
    }
    QJsonObject answer = recordJson(id);
    if (id == namelessAnswer)
        answer.insert(QStringLiteral("fields"), QJsonArray());
    return jsonAnswer(200, answer);
}

HttpResponse FakeWebApp::removeRecord(qint64 id, const QUrl &url) {
    if (!refuseWrites.isEmpty())
        return problemAnswer(403, refuseWrites);
    const QJsonObject now = recordJson(id);
    if (QUrlQuery(url).queryItemValue(QStringLiteral("baseRevision")).toLongLong() !=
        revisionSum(now))
        return problemAnswer(409, QStringLiteral("revision-conflict"),
                             {{QStringLiteral("conflicts"), now.value(QStringLiteral("fields"))},
                              {QStringLiteral("record"), now}});
    deleteRecord(id);
    if (loseAnswers > 0) {
        --loseAnswers;
        return lost();
    }
    return noContent();
}

} // namespace vaultlink::testing
