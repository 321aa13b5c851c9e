#pragma once

#include "src/edits/pending_change.h"
#include "src/sync/syncer.h"

#include <QString>

#include <functional>

namespace vaultlink {

class ApiClient;
class Mirror;
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
    using ClientRefs = std::function<QString()>; // a new client reference for each re-creation
    Pusher(ServerSession &session, ApiClient &api, ClientRefs clientRefs);

    // `progress` hears of each change sent (SyncProgress::sending).
    PushReport push(Mirror &mirror, const SyncProgressFn &progress = {});

private:
    // Sends one change; answers the id of a change to send next for the same record (a
    // re-creation, or what is left after a merge), or nothing.
    std::optional<qint64> sendOne(Mirror &mirror, const PendingChange &change, PushReport &report);
    std::optional<qint64> create(Mirror &mirror, const PendingChange &change, PushReport &report);
    std::optional<qint64> edit(Mirror &mirror, const PendingChange &change, PushReport &report);
    std::optional<qint64> remove(Mirror &mirror, const PendingChange &change, PushReport &report);
    // The server's answer to a change stored with what the user changed since (afterAnswer).
    std::optional<qint64> storeAnswer(Mirror &mirror, const PendingChange &change,
                                      const QJsonObject &answer, PushReport &report);
    // The server's record now, or nothing when it no longer has it for this user.
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
