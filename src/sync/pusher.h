#pragma once

#include "src/api/api_client.h"
#include "src/edits/pending_change.h"
#include "src/storage/mirror.h"
#include "src/sync/syncer.h"

#include <QString>

#include <functional>
#include <memory>

namespace vaultlink {

class ServerSession;

struct PushReport {
    int sent = 0;    // changes the server now holds
    int settled = 0; // changes that needed nothing sent after a merge, or lost to the server
    int refused = 0; // refused by the server in this push (kept, with its reason)
    int waiting = 0; // refused before and not retried: still pending
    int notes = 0;   // conflicts and other notes made by this push
};

// Sends a mirror's pending changes (Mirror::pendingChanges, in the order first made) before the
// change feed is read: a creation with its client reference, an edit as a PATCH of the changed
// fields against their base revisions, a deletion against the record's revision. Each answer is
// stored with the change's removal from the outbox in one transaction, so a crash at any moment
// loses nothing and, every request being safe to repeat, applies nothing twice.
//
// When the server changed the record meanwhile (revision-conflict) it is fetched and merged
// (src/edits/pending_change.h) and what is left is sent again; a record the server no longer has
// is created again from this device's copy (an edit beats a deletion). A change the server
// refuses (forbidden, invalid-request, request-too-large) stays pending with the server's reason
// and is not sent again until the user retries or discards it. Failures that
// are not about the change (network, session) end the push and are thrown; what was stored
// stays.
class Pusher {
public:
    // A new client reference for each re-creation; called on the thread that stores answers
    // (never two at once).
    using ClientRefs = std::function<QString()>;
    Pusher(ServerSession &session, ApiClient &api, ClientRefs clientRefs);

    // `progress` hears of each change sent (SyncProgress::sending).
    PushReport push(Mirror &mirror, const SyncProgressFn &progress = {});

    // Changes sent together (ApiClient::tryWrites): the round trips of a push on a mobile
    // network overlap instead of adding up.
    static constexpr qsizetype kWindow = 32;

private:
    using FirstOutcome = std::optional<ApiClient::WriteOutcome>;
    struct Window;
    std::unique_ptr<Window> windowAt(Mirror &mirror, const QList<PendingChange> &queue,
                                     qsizetype start, PushReport &report);
    void send(Window &window);
    // Stores what the server took on a worker thread; the rest waits for finish().
    void startStoring(Mirror &mirror, Window &window);
    // Waits for the store, then sends the rest of the window one by one (sendOne) and what is
    // left for its records after a merge or a re-creation.
    void finish(Mirror &mirror, Window &window, qsizetype queued, PushReport &report,
                const SyncProgressFn &progress);
    // One change, with its first attempt's outcome where a window sent it.
    std::optional<qint64> sendOne(Mirror &mirror, const PendingChange &change, PushReport &report,
                                  const FirstOutcome &first);
    std::optional<qint64> write(Mirror &mirror, const PendingChange &change, PushReport &report,
                                const FirstOutcome &first); // a creation or an edit
    std::optional<qint64> remove(Mirror &mirror, const PendingChange &change, PushReport &report,
                                 const FirstOutcome &first);
    static RecordWrite writeOf(const PendingChange &change);
    // The server's answer (the record; empty for a deletion): `first` where there is one, else
    // sent now, repeated as ApiClient repeats it and with a fresh token where needed. Throws the
    // ApiError either way.
    QJsonObject answer(const PendingChange &change, const FirstOutcome &first);
    // Storing the server's acceptance of `change` (`answer`: its record; empty for a deletion)
    // with what the user changed since; sets `next` when the decision runs.
    Mirror::LocalDecision accepted(Mirror &mirror, const PendingChange &change,
                                   const QJsonObject &answer, std::optional<qint64> &next);
    std::optional<qint64> store(Mirror &mirror, const PendingChange &change,
                                const QJsonObject &answer, PushReport &report);
    std::optional<QJsonObject> current(qint64 id);
    std::optional<qint64> merge(Mirror &mirror, const PendingChange &sent,
                                const std::optional<QJsonObject> &remote, PushReport &report);
    void refuse(Mirror &mirror, const PendingChange &sent, const Refusal &refusal,
                PushReport &report);

    ServerSession &m_session;
    ApiClient &m_api;
    ClientRefs m_clientRefs;
};

} // namespace vaultlink
