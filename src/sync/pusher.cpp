#include "src/sync/pusher.h"

#include "src/api/api_client.h"
#include "src/api/api_error.h"
#include "src/storage/mirror.h"
#include "src/storage/record_row.h"
#include "src/sync/session.h"

#include <QJsonArray>

#include <algorithm>
#include <future>
#include <numeric>
#include <variant>

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

// A window of changes sent together, while the answers to the one before are stored.
struct Pusher::Window {
    qsizetype start = 0, end = 0; // its part of the queue
    QList<PendingChange> changes;
    QList<FirstOutcome> outcomes;
    QList<std::optional<qint64>> next; // per change: what to send next for its record
    QList<qsizetype> others;           // not stored with the rest: sent again one by one
    std::optional<ApiError> badAnswer; // stops the push once the rest of the window is stored
    int stored = 0;
    std::future<void> storing; // last: waited for before the rest goes
};

PushReport Pusher::push(Mirror &mirror, const SyncProgressFn &progress) {
    PushReport report;
    const QList<PendingChange> queue = mirror.pendingChanges();
    // Window k+1 is on the network while window k's answers are written to the mirror: the
    // disk and the round trips overlap. Only one window is stored at a time, and each is read
    // from the mirror just before it is sent (the user may have changed a record meanwhile).
    std::unique_ptr<Window> storing;
    std::unique_ptr<Window> current = windowAt(mirror, queue, 0, report);
    while (current) {
        send(*current);
        if (storing)
            finish(mirror, *storing, queue.size(), report, progress);
        std::unique_ptr<Window> following = windowAt(mirror, queue, current->end, report);
        startStoring(mirror, *current);
        storing = std::move(current);
        if (storing->badAnswer) // nothing more is sent to a server that breaks the contract
            finish(mirror, *storing, queue.size(), report, progress);
        current = std::move(following);
    }
    if (storing)
        finish(mirror, *storing, queue.size(), report, progress);
    return report;
}

std::unique_ptr<Pusher::Window> Pusher::windowAt(Mirror &mirror, const QList<PendingChange> &queue,
                                                 qsizetype start, PushReport &report) {
    if (start >= queue.size())
        return nullptr;
    auto window = std::make_unique<Window>();
    window->start = start;
    window->end = std::min(start + kWindow, queue.size());
    for (qsizetype i = start; i < window->end; ++i) {
        const std::optional<PendingChange> change = mirror.pendingChange(queue[i].recordId);
        if (change && change->refused)
            ++report.waiting;
        else if (change)
            window->changes.append(*change);
    }
    return window;
}

void Pusher::send(Window &window) {
    window.next.resize(window.changes.size());
    if (window.changes.isEmpty())
        return;
    window.outcomes.resize(window.changes.size());
    QList<qsizetype> toSend(window.changes.size());
    std::iota(toSend.begin(), toSend.end(), 0);
    // Writes refused for an expired access token (the server's clock ahead of this one) are
    // sent again together once the session has refreshed it (ServerSession::run).
    m_session.run([&](const QString &token) {
        QList<RecordWrite> writes;
        for (const qsizetype i : toSend)
            writes.append(writeOf(window.changes[i]));
        const QList<FirstOutcome> outcomes = m_api.tryWrites(token, writes);
        QList<qsizetype> expired;
        std::optional<ApiError> expiry;
        for (qsizetype k = 0; k < toSend.size(); ++k) {
            const ApiError *error = outcomes[k] ? std::get_if<ApiError>(&*outcomes[k]) : nullptr;
            if (error && error->code() == QLatin1String("token-expired")) {
                expired.append(toSend[k]);
                expiry = *error;
            }
            window.outcomes[toSend[k]] = outcomes[k];
        }
        toSend = expired;
        if (expiry)
            throw *expiry;
        return 0;
    });
}

void Pusher::startStoring(Mirror &mirror, Window &window) {
    // What the server took is stored in one transaction.
    QList<QPair<qint64, Mirror::LocalDecision>> stores;
    for (qsizetype i = 0; i < window.changes.size(); ++i) {
        const FirstOutcome &outcome = window.outcomes[i];
        const QJsonObject *answer = outcome ? std::get_if<QJsonObject>(&*outcome) : nullptr;
        if (!answer) {
            window.others.append(i);
            continue;
        }
        const PendingChange &change = window.changes[i];
        try {
            const QJsonObject record =
                change.kind == PendingChange::Kind::Delete ? QJsonObject() : checkedRecord(*answer);
            stores.append({change.recordId, accepted(mirror, change, record, window.next[i])});
        } catch (const ApiError &error) {
            // Stops the push once the rest is stored: the server holds those changes.
            if (!window.badAnswer)
                window.badAnswer = error;
        }
    }
    window.stored = static_cast<int>(stores.size());
    if (!stores.isEmpty())
        window.storing = std::async(std::launch::async, [&mirror, stores = std::move(stores)] {
            mirror.updateLocalAll(stores);
        });
}

void Pusher::finish(Mirror &mirror, Window &window, qsizetype queued, PushReport &report,
                    const SyncProgressFn &progress) {
    if (window.storing.valid())
        window.storing.get();
    report.sent += window.stored;
    if (window.badAnswer)
        throw *window.badAnswer;
    // Refused, failed or sent with an expired token: one by one, each as it needs.
    for (const qsizetype i : window.others)
        window.next[i] = sendOne(mirror, window.changes[i], report, window.outcomes[i]);
    // A merge or a re-creation may leave something to send for the same record; a few rounds
    // settle any honest race, and a server that conflicts forever cannot hold the push: what is
    // left waits for the next sync.
    for (std::optional<qint64> &id : window.next) {
        for (int round = 1; id && round < 4; ++round) {
            const std::optional<PendingChange> change = mirror.pendingChange(*id);
            if (!change || change->refused)
                break;
            id = sendOne(mirror, *change, report, std::nullopt);
        }
    }
    if (progress) {
        SyncProgress step;
        step.sending = true;
        step.toSend = queued;
        for (step.sent = window.start + 1; step.sent <= window.end; ++step.sent)
            progress(step);
    }
}

std::optional<qint64> Pusher::sendOne(Mirror &mirror, const PendingChange &change,
                                      PushReport &report, const FirstOutcome &first) {
    try {
        switch (change.kind) {
        case PendingChange::Kind::Create:
        case PendingChange::Kind::Edit:
            return write(mirror, change, report, first);
        case PendingChange::Kind::Delete:
            return remove(mirror, change, report, first);
        }
    } catch (const ApiError &error) {
        if (!refusesTheChange(error))
            throw;
        refuse(mirror, change,
               {error.code(), error.problem().value(QLatin1String("detail")).toString()}, report);
    }
    return std::nullopt;
}

RecordWrite Pusher::writeOf(const PendingChange &change) {
    RecordWrite write;
    write.id = change.recordId;
    switch (change.kind) {
    case PendingChange::Kind::Create:
        write.kind = RecordWrite::Kind::Create;
        write.create = {change.form, change.unit, change.clientRef, {}};
        for (auto edit = change.edits.constBegin(); edit != change.edits.constEnd(); ++edit)
            write.create.fields.insert(edit.key(), edit->value);
        break;
    case PendingChange::Kind::Edit:
        write.kind = RecordWrite::Kind::Change;
        for (auto edit = change.edits.constBegin(); edit != change.edits.constEnd(); ++edit) {
            const std::optional<QJsonObject> field = fieldOf(change.base, edit.key());
            write.changes.append({edit.key(), edit->value,
                                  field ? field->value(QLatin1String("revision")).toInteger() : 1});
        }
        break;
    case PendingChange::Kind::Delete:
        write.kind = RecordWrite::Kind::Delete;
        write.baseRevision = recordRevision(change.base);
        break;
    }
    return write;
}

QJsonObject Pusher::answer(const PendingChange &change, const FirstOutcome &first) {
    if (first) {
        if (const ApiError *error = std::get_if<ApiError>(&*first))
            throw *error;
        return std::get<QJsonObject>(*first);
    }
    return m_session.run([&](const QString &token) { return m_api.write(token, writeOf(change)); });
}

Mirror::LocalDecision Pusher::accepted(Mirror &mirror, const PendingChange &change,
                                       const QJsonObject &answer, std::optional<qint64> &next) {
    if (change.kind != PendingChange::Kind::Delete)
        return [&change, answer, &next](const std::optional<PendingChange> &pending,
                                        const std::optional<QJsonObject> &) {
            LocalUpdate update = afterAnswer(pending, change, answer);
            if (update.change)
                next = update.change->recordId;
            return update;
        };
    const qint64 localId = mirror.newLocalId(); // for a re-creation
    return [this, &change, localId, &next](const std::optional<PendingChange> &pending,
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
    };
}

std::optional<qint64> Pusher::store(Mirror &mirror, const PendingChange &change,
                                    const QJsonObject &answer, PushReport &report) {
    std::optional<qint64> next;
    mirror.updateLocal(change.recordId, accepted(mirror, change, answer, next));
    ++report.sent;
    return next;
}

std::optional<qint64> Pusher::write(Mirror &mirror, const PendingChange &change, PushReport &report,
                                    const FirstOutcome &first) {
    QJsonObject record;
    try {
        record = checkedRecord(answer(change, first));
    } catch (const ApiError &error) {
        if (change.kind != PendingChange::Kind::Edit)
            throw;
        if (error.code() == QLatin1String("revision-conflict"))
            return merge(mirror, change, current(change.recordId), report);
        if (error.code() == QLatin1String("record-unknown"))
            return merge(mirror, change, std::nullopt, report);
        throw;
    }
    return store(mirror, change, record, report);
}

std::optional<qint64> Pusher::remove(Mirror &mirror, const PendingChange &change,
                                     PushReport &report, const FirstOutcome &first) {
    try {
        answer(change, first);
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
    return store(mirror, change, {}, report);
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
