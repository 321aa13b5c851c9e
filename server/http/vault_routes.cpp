#include "server/auth/token_grant.h"
#include "server/common/refusal.h"
#include "server/directory/forms.h"
#include "server/directory/units.h"
#include "server/http/json_body.h"
#include "server/http/router.h"
#include "server/http/routes.h"
#include "server/http/server_context.h"
#include "server/store/settings.h"
#include "server/vault/feed_json.h"
#include "server/vault/record_json.h"

#include <QJsonArray>

namespace vaultlink::server {

namespace {

// The record form asked for: "format" absent or 1, or 2 (docs/api.md §7.9). Canonical decimal,
// and at most once: given twice, a proxy and the server might each read another one.
FeedFormat feedFormat(const HttpRequest &request) {
    const QStringList values = request.query.allQueryItemValues(QStringLiteral("format"));
    if (values.isEmpty())
        return FeedFormat::Full;
    if (values.size() == 1 && values.first() == QLatin1String("1"))
        return FeedFormat::Full;
    if (values.size() == 1 && values.first() == QLatin1String("2"))
        return FeedFormat::Compact;
    throw Refusal(Error::InvalidRequest, QStringLiteral("'format' must be 1 or 2, given once"),
                  {{QStringLiteral("field"), QStringLiteral("format")}});
}

int pageLimit(const HttpRequest &request, qint64 max) {
    const QString text = request.query.queryItemValue(QStringLiteral("limit"));
    if (text.isEmpty())
        return static_cast<int>(std::min<qint64>(500, max));
    const qint64 limit = integerParam(text, "limit");
    if (limit < 1 || limit > max)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("'limit' must be between 1 and %1").arg(max));
    return static_cast<int>(limit);
}

QList<FieldChange> parseChanges(const JsonBody &body) {
    QList<FieldChange> changes;
    for (const auto &entry : body.array("changes")) {
        const QJsonObject change = entry.toObject();
        const QJsonValue key = change.value(QStringLiteral("key"));
        const QJsonValue base = change.value(QStringLiteral("baseRevision"));
        if (!entry.isObject() || !key.isString() || !base.isDouble() ||
            base.toDouble() != static_cast<double>(base.toInteger()) ||
            !change.contains(QStringLiteral("value")))
            throw Refusal(Error::InvalidRequest,
                          QStringLiteral("each change needs 'key' (string), 'value' and "
                                         "'baseRevision' (integer)"),
                          {{QStringLiteral("field"), QStringLiteral("changes")}});
        changes.append({key.toString(), change.value(QStringLiteral("value")), base.toInteger()});
    }
    return changes;
}

} // namespace

void addVaultRoutes(Router &router, ServerContext &ctx) {
    router.add("GET", QStringLiteral("/api/v1/session"), [&ctx](HttpRequest &request) {
        const SessionContext session = ctx.requireSession(request);
        QJsonArray units;
        for (const UnitAccess &unit : unitsForUser(ctx.store, session.database.id, session.user.id))
            units.append(unitJson(unit));
        QJsonObject body = sessionJson(session.user, session.database, session.device);
        body.insert(QStringLiteral("units"), units);
        body.insert(QStringLiteral("policy"), ctx.auth.policy(session));
        return HttpResponse::json(body);
    });

    router.add("GET", QStringLiteral("/api/v1/forms"), [&ctx](HttpRequest &request) {
        ctx.requireSession(request);
        QJsonArray forms;
        for (const FormSpec &form : builtinForms())
            forms.append(formJson(form));
        return HttpResponse::json({{QStringLiteral("forms"), forms}});
    });

    router.add("GET", QStringLiteral("/api/v1/changes"), [&ctx](HttpRequest &request) {
        const SessionContext session = ctx.requireSession(request);
        const int limit =
            pageLimit(request, Settings::load(ctx.store).number(setting::kFeedPageMax));
        const FeedFormat format = feedFormat(request);
        const FeedPage page =
            ctx.feed.changes(session.database.id, session.user.id,
                             request.query.queryItemValue(QStringLiteral("cursor")), limit);
        return HttpResponse::jsonText(feedPageJson(page, format, ctx.auth.policy(session)));
    });

    router.add("GET", QStringLiteral("/api/v1/records/{id}"), [&ctx](HttpRequest &request) {
        const SessionContext session = ctx.requireSession(request);
        const qint64 id = integerParam(request.params.value(QStringLiteral("id")), "id");
        return HttpResponse::json(recordJson(ctx.records.get(ServerContext::actorOf(session), id)));
    });

    router.add("POST", QStringLiteral("/api/v1/records"), [&ctx](HttpRequest &request) {
        const SessionContext session = ctx.requireSession(request);
        const JsonBody body(request);
        NewRecord record;
        record.formId = body.string("form");
        record.clientRef = body.optionalString("clientRef");
        const QJsonValue unit = body.raw().value(QStringLiteral("unit"));
        if (unit.isDouble() && unit.toDouble() == static_cast<double>(unit.toInteger()))
            record.unitId = unit.toInteger();
        else if (!unit.isNull() && !unit.isUndefined())
            throw Refusal(
                Error::InvalidRequest,
                QStringLiteral("field 'unit' must be a unit id, or null for a personal record"),
                {{QStringLiteral("field"), QStringLiteral("unit")}});
        const QJsonObject values = body.object("fields");
        for (auto it = values.begin(); it != values.end(); ++it)
            record.values.insert(it.key(), it.value());
        bool replayed = false;
        const Record created =
            ctx.records.create(ServerContext::actorOf(session), record, &replayed);
        return HttpResponse::json(recordJson(created), replayed ? 200 : 201);
    });

    router.add("PATCH", QStringLiteral("/api/v1/records/{id}"), [&ctx](HttpRequest &request) {
        const SessionContext session = ctx.requireSession(request);
        const qint64 id = integerParam(request.params.value(QStringLiteral("id")), "id");
        const JsonBody body(request);
        return HttpResponse::json(recordJson(
            ctx.records.update(ServerContext::actorOf(session), id, parseChanges(body))));
    });

    router.add("DELETE", QStringLiteral("/api/v1/records/{id}"), [&ctx](HttpRequest &request) {
        const SessionContext session = ctx.requireSession(request);
        const qint64 id = integerParam(request.params.value(QStringLiteral("id")), "id");
        const qint64 baseRevision = requiredIntegerQuery(request, "baseRevision");
        ctx.records.remove(ServerContext::actorOf(session), id, baseRevision);
        return HttpResponse::noContent();
    });
}

} // namespace vaultlink::server
