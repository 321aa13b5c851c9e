#include "src/sync/pusher.h"

#include "src/api/api_client.h"
#include "src/api/api_error.h"
#include "src/storage/mirror.h"
#include "src/storage/record_row.h"
#include "src/sync/session.h"

#include <QJsonArray>

namespace vaultlink {

namespace {
// Refusals about the change itself: sending it again unchanged cannot help.
bool refusesTheChange(const ApiError &error) {
    static const QStringList codes = {
        QStringLiteral("forbidden"), QStringLiteral("invalid-request"),
        QStringLiteral("request-too-large"), QStringLiteral("malformed-json"),
        QStringLiteral("unsupported-media-type")};
    return error.kind() == ApiError::Kind::Refusal && codes.contains(error.code());
}

// A record object from the server as the mirror will hold it; anything else is a bad answer.
QJsonObject checkedRecord(const QJsonObject &record) {
    try {
        if (RecordRow::fromJson(record).id > 0)
            return record;
    } catch (const std::invalid_argument &error) {
        throw ApiError::badAnswer(QString::fromUtf8(error.what()));
    }
    throw ApiError::badAnswer(QStringLiteral("a record id that is not positive"));
}

bool isSameChange(const std::optional<PendingChange> &pending, const PendingChange &sent) {
    return pending && pending->recordId == sent.recordId && pending->version == sent.version;
}

// After the server took `sent`: what the user changed since sending is still to go, against
// the server's answer. The fields sent are the server's now, at the answer's revisions.
LocalUpdate afterAnswer(const std::optional<PendingChange> &pending, const PendingChange &sent,
                        const QJsonObject &answer) {
    LocalUpdate update;
    update.server = answer;
    update.shown = answer;
    if (!pending && sent.kind == PendingChange::Kind::Create) {
        // Deleted here while its creation was on the way: now a deletion of the record created.
        PendingChange deletion;
        deletion.recordId = answer.value(QLatin1String("id")).toInteger();
        deletion.kind = PendingChange::Kind::Delete;
        deletion.base = answer;
        deletion.version = sent.version + 1;
        update.change = deletion;
        update.shown = {};
        return update;
    }
    if (!pending || isSameChange(pending, sent))
        return update;
    PendingChange rest = *pending;
    rest.recordId = answer.value(QLatin1String("id")).toInteger();
    rest.refused.reset();
    if (rest.kind == PendingChange::Kind::Delete) {
        rest.base = answer;
        update.shown = {};
        update.change = rest;
        return update;
    }
    // A creation answered becomes an edit of the record created; an edit keeps its base for the
    // fields not sent, so that another device's change of those is still found.
    QJsonObject base = rest.kind == PendingChange::Kind::Create ? answer : sent.base;
    QJsonArray fields = base.value(QLatin1String("fields")).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString key = fields[i].toObject().value(QLatin1String("key")).toString();
        if (sent.edits.contains(key))
            if (const std::optional<QJsonObject> now = fieldOf(answer, key))
                fields.replace(i, *now);
    }
    base.insert(QLatin1String("fields"), fields);
    rest.kind = PendingChange::Kind::Edit;
    rest.base = base;
    const Resolution resolution = resolve(rest, answer);
    update.change = resolution.outcome == Resolution::Outcome::Send
                        ? std::optional(resolution.change)
                        : std::nullopt;
    update.shown = resolution.shown;
    update.notes = resolution.notes;
    return update;
}
} // namespace

Pusher::Pusher(ServerSession &session, ApiClient &api, ClientRefs clientRefs)
    : m_session(session)
    , m_api(api)
    , m_clientRefs(std::move(clientRefs)) {}

PushReport Pusher::push(Mirror &mirror, const SyncProgressFn &progress) {
    PushReport report;
    const QList<PendingChange> queue = mirror.pendingChanges();
    qint64 done = 0;
    for (const PendingChange &queued : queue) {
        std::optional<qint64> next = queued.recordId;
        // A merge or a re-creation may leave something to send for the same record; a few
        // rounds settle any honest race, and a server that conflicts forever cannot hold the
        // push: what is left waits for the next sync.
        for (int round = 0; next && round < 4; ++round) {
            const std::optional<PendingChange> change = mirror.pendingChange(*next);
            if (!change)
                break;
            if (change->refused) {
                ++report.waiting;
                break;
            }
            next = sendOne(mirror, *change, report);
        }
        if (progress) {
            SyncProgress step;
            step.sending = true;
            step.sent = ++done;
            step.toSend = queue.size();
            progress(step);
        }
    }
    return report;
}

std::optional<qint64> Pusher::sendOne(Mirror &mirror, const PendingChange &change,
                                      PushReport &report) {
    try {
        switch (change.kind) {
        case PendingChange::Kind::Create:
            return create(mirror, change, report);
        case PendingChange::Kind::Edit:
            return edit(mirror, change, report);
        case PendingChange::Kind::Delete:
            return remove(mirror, change, report);
        }
    } catch (const ApiError &error) {
        if (!refusesTheChange(error))
            throw;
        refuse(mirror, change,
               {error.code(), error.problem().value(QLatin1String("detail")).toString()}, report);
    }
    return std::nullopt;
}

std::optional<qint64> Pusher::storeAnswer(Mirror &mirror, const PendingChange &change,
                                          const QJsonObject &answer, PushReport &report) {
    std::optional<qint64> next;
    mirror.updateLocal(change.recordId, [&](const std::optional<PendingChange> &pending,
                                            const std::optional<QJsonObject> &) {
        LocalUpdate update = afterAnswer(pending, change, answer);
        if (update.change)
            next = update.change->recordId;
        return update;
    });
    ++report.sent;
    return next;
}

std::optional<qint64> Pusher::create(Mirror &mirror, const PendingChange &change,
                                     PushReport &report) {
    NewRecordRequest request{change.form, change.unit, change.clientRef, {}};
    for (auto edit = change.edits.constBegin(); edit != change.edits.constEnd(); ++edit)
        request.fields.insert(edit.key(), edit->value);
    const QJsonObject answer = checkedRecord(
        m_session.run([&](const QString &token) { return m_api.createRecord(token, request); }));
    return storeAnswer(mirror, change, answer, report);
}

std::optional<qint64> Pusher::edit(Mirror &mirror, const PendingChange &change,
                                   PushReport &report) {
    QList<FieldChange> changes;
    for (auto edit = change.edits.constBegin(); edit != change.edits.constEnd(); ++edit) {
        const std::optional<QJsonObject> field = fieldOf(change.base, edit.key());
        changes.append({edit.key(), edit->value,
                        field ? field->value(QLatin1String("revision")).toInteger() : 1});
    }
    QJsonObject answer;
    try {
        answer = checkedRecord(m_session.run([&](const QString &token) {
            return m_api.changeRecord(token, change.recordId, changes);
        }));
    } catch (const ApiError &error) {
        if (error.code() == QLatin1String("revision-conflict"))
            return merge(mirror, change, current(change.recordId), report);
        if (error.code() == QLatin1String("record-unknown"))
            return merge(mirror, change, std::nullopt, report);
        throw;
    }
    return storeAnswer(mirror, change, answer, report);
}

std::optional<qint64> Pusher::remove(Mirror &mirror, const PendingChange &change,
                                     PushReport &report) {
    try {
        m_session.run([&](const QString &token) {
            m_api.deleteRecord(token, change.recordId, recordRevision(change.base));
            return 0;
        });
    } catch (const ApiError &error) {
        if (error.code() == QLatin1String("revision-conflict")) {
            std::optional<QJsonObject> remote = error.currentRecord();
            return merge(mirror, change,
                         remote ? std::optional(checkedRecord(*remote)) : current(change.recordId),
                         report);
        }
        if (error.code() != QLatin1String("record-unknown"))
            throw;
    }
    const qint64 localId = mirror.newLocalId();
    std::optional<qint64> next;
    mirror.updateLocal(change.recordId, [&](const std::optional<PendingChange> &pending,
                                            const std::optional<QJsonObject> &) {
        // Undone here and edited after it was sent: the edit beats the deletion, as always.
        if (pending && !isSameChange(pending, change) &&
            pending->kind == PendingChange::Kind::Edit) {
            LocalUpdate update = localUpdateOf(
                resolve(*pending, std::nullopt, {localId, m_clientRefs()}), std::nullopt);
            next = update.change->recordId;
            return update;
        }
        LocalUpdate update;
        update.serverGone = true;
        return update;
    });
    ++report.sent;
    return next;
}

std::optional<QJsonObject> Pusher::current(qint64 id) {
    try {
        return checkedRecord(
            m_session.run([&](const QString &token) { return m_api.record(token, id); }));
    } catch (const ApiError &error) {
        if (error.code() == QLatin1String("record-unknown"))
            return std::nullopt;
        throw;
    }
}

std::optional<qint64> Pusher::merge(Mirror &mirror, const PendingChange &sent,
                                    const std::optional<QJsonObject> &remote, PushReport &report) {
    const qint64 localId = mirror.newLocalId(); // for a re-creation
    std::optional<qint64> next;
    mirror.updateLocal(sent.recordId, [&](const std::optional<PendingChange> &pending,
                                          const std::optional<QJsonObject> &) {
        if (!pending) { // discarded here meanwhile: the server's record is all there is
            LocalUpdate update;
            update.server = remote;
            update.serverGone = !remote;
            update.shown = remote.value_or(QJsonObject());
            ++report.settled;
            return update;
        }
        // The newest local state is merged, whether or not the user changed it since sending.
        const Resolution resolution = resolve(*pending, remote, {localId, m_clientRefs()});
        LocalUpdate update = localUpdateOf(resolution, remote);
        report.notes += static_cast<int>(update.notes.size());
        if (update.change)
            next = update.change->recordId;
        else
            ++report.settled;
        return update;
    });
    return next;
}

void Pusher::refuse(Mirror &mirror, const PendingChange &sent, const Refusal &refusal,
                    PushReport &report) {
    mirror.updateLocal(sent.recordId, [&](const std::optional<PendingChange> &pending,
                                          const std::optional<QJsonObject> &shown) {
        LocalUpdate update;
        update.change = pending;
        update.shown = shown.value_or(QJsonObject());
        // Changed by the user since it was sent: the new state is sent next time instead.
        if (isSameChange(pending, sent)) {
            update.change->refused = refusal;
            // A record the server deleted, edited here, that this user may not create again.
            if (sent.kind == PendingChange::Kind::Create &&
                sent.base.value(QLatin1String("sequence")).toInteger() > 0) {
                ChangeNote note;
                note.kind = ChangeNote::Kind::ReadOnlyCopy;
                note.recordId = sent.recordId;
                note.server = sent.base;
                update.notes.append(note);
            }
            ++report.refused;
        }
        // A deletion here of a record that is not shown keeps it in the trash (shown empty).
        return update;
    });
}

} // namespace vaultlink
