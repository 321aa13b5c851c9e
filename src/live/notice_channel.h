#pragma once

#include "src/base/message.h"
#include "src/live/notice_message.h"
#include "src/net/tls_trust.h"

#include <QUrl>

#include <functional>

namespace vaultlink {

// How a notice channel ended, which decides what the client does next (ui::LiveChanges).
struct ChannelEnd {
    enum class Kind {
        Dropped,      // the connection failed or was lost, or a keep-alive went unanswered
        Refused,      // the server answered the opening with a problem document (`code`)
        SessionEnded, // the server's `error` notice: the session ended (`code`)
        Broken,       // TLS refused, or the server broke the protocol or the contract
    };
    Kind kind = Kind::Dropped;
    QString code;    // Refused and SessionEnded: the refusal's wire code
    Message message; // why, for the log and the status line
};

// The server's change-notice channel (docs/api.md §10) for one session: open() connects with an
// access token, `notice` hears each hello and changed, `ended` hears once how it ended. The app
// keeps one open while a vault is unlocked and in use; tests script their own.
class NoticeChannel {
public:
    struct Handlers {
        std::function<void(const Notice &)> notice;    // hello and changed, on the caller's thread
        std::function<void(const ChannelEnd &)> ended; // once per open(), never after close()
    };

    virtual ~NoticeChannel() = default;
    // `server` is the profile's base address; a channel already open is closed first.
    virtual void open(const QUrl &server, const TrustPolicy &trust, const QString &accessToken,
                      Handlers handlers) = 0;
    virtual void close() = 0; // quietly: `ended` is not called
    virtual bool isOpen() const = 0;
};

} // namespace vaultlink
