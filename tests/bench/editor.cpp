#include "tests/bench/editor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <stdexcept>

namespace vaultlink::bench {

Editor::Editor(const ProfileRecord &profile, const SecureBuffer &password,
               const Environment &untimed)
    : m_base(profile.serverUrl)
    , m_transport(untimed.transport(TrustPolicy::pinned(profile.pin)))
    , m_api(m_base, *m_transport, untimed.random) {
    const LoginOutcome outcome =
        m_api.login(profile.databaseId, profile.userName, password,
                    {QStringLiteral("bench-editor"), QStringLiteral("bench editor")});
    if (!outcome.grant)
        throw std::runtime_error("the editor could not log in");
    m_token = outcome.grant->accessToken.toUtf8();
}

void Editor::changeNotes(qint64 id, const QString &value) {
    const QJsonObject record = QJsonDocument::fromJson(call("GET", id, {})).object();
    int revision = 0;
    for (const QJsonValue field : record.value(QStringLiteral("fields")).toArray())
        if (field[QStringLiteral("key")].toString() == QLatin1String("notes"))
            revision = field[QStringLiteral("revision")].toInt();
    const QJsonObject change{{QStringLiteral("key"), QStringLiteral("notes")},
                             {QStringLiteral("value"), value},
                             {QStringLiteral("baseRevision"), revision}};
    call("PATCH", id,
         QJsonDocument(QJsonObject{{QStringLiteral("changes"), QJsonArray{change}}})
             .toJson(QJsonDocument::Compact));
}

QByteArray Editor::call(const QByteArray &method, qint64 id, const QByteArray &body) {
    HttpRequest request;
    request.method = method;
    request.url = m_base.resolved(QUrl(QStringLiteral("/api/v1/records/%1").arg(id)));
    request.headers = {{"Authorization", "Bearer " + m_token}};
    request.body = body;
    const HttpResponse response = m_transport->send(request);
    if (response.status != 200)
        throw std::runtime_error(QStringLiteral("%1 record %2: HTTP %3 %4")
                                     .arg(QString::fromLatin1(method))
                                     .arg(id)
                                     .arg(response.status)
                                     .arg(QString::fromUtf8(response.body.left(200)))
                                     .toStdString());
    return response.body;
}

void changeRecords(Editor &editor, const QList<qint64> &ids, int changes, int round) {
    const qsizetype step = ids.size() / changes;
    for (int i = 0; i < changes; ++i)
        editor.changeNotes(ids.at(i * step + round % step),
                           QStringLiteral("Changed by the benchmark, round %1 at %2.")
                               .arg(round)
                               .arg(QDateTime::currentMSecsSinceEpoch()));
}

} // namespace vaultlink::bench
