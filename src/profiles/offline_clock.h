#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace vaultlink {

class Mirror;

// How long a profile has been out of contact with its server, for the offline limit, counted so
// that setting the device's clock back gains nothing, in this process or the next.
//
// The clock is read at every read of the vault (the app's unlock is one), and what it moved
// forward since the previous reading is added to the time counted since the last sync; a step
// back adds nothing, and the count goes on from the new reading. Both values live in the mirror,
// which SQLCipher encrypts and authenticates (a page changed outside the client no longer reads).
// Time offline so counted is never less than "from the last sync to the latest time ever seen"
// (the mark issue 11 asks for), and unlike that mark it does not stand still while the clock is
// behind it. What it cannot see: a step back between two readings that is smaller than the time
// between them, and a copy of the whole mirror put back in place (nothing on the device itself
// can tell an older authenticated file from the current one).
//
// The server's Date header is deliberately not used: the count is time elapsed on this device's
// clock and needs no absolute reference. A Date could only shorten the count (one ahead of the
// clock) or lengthen it (one behind), so a server with a wrong clock would free its users or lock
// them out; each successful sync starts the count again from zero instead.
class OfflineClock {
public:
    explicit OfflineClock(Mirror &mirror)
        : m_mirror(mirror) {}

    // Takes the reading `now` and returns the seconds counted since the last sync.
    qint64 observe(const QDateTime &now);
    // The values that start the count again at `now`: stored with a successful sync's own.
    static QList<QPair<QString, QString>> restartedAt(const QDateTime &now);

private:
    Mirror &m_mirror;
};

} // namespace vaultlink
