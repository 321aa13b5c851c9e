#pragma once

#include "src/live/notice_channel.h"

namespace vaultlink::testing {

// The server's change-notice channel as a test plays it: what the client opened it with, and
// notices and endings sent when the test says.
class ScriptedNoticeChannel final : public NoticeChannel {
public:
    void open(const QUrl &address, const TrustPolicy &trust, const QString &accessToken,
              Handlers handlers) override {
        ++opens;
        server = address;
        pinned = trust.hasPin();
        token = accessToken;
        m_handlers = std::move(handlers);
        m_open = true;
    }
    void close() override {
        if (m_open)
            ++closes;
        m_open = false;
        m_handlers = {};
    }
    bool isOpen() const override { return m_open; }

    void hello(qint64 sequence) { send({Notice::Type::Hello, 1, sequence, {}, {}}); }
    void changed(qint64 sequence) { send({Notice::Type::Changed, 1, sequence, {}, {}}); }
    void send(const Notice &notice) {
        if (m_open && m_handlers.notice)
            m_handlers.notice(notice);
    }
    void end(ChannelEnd::Kind kind, const QString &code = {}) {
        if (!m_open)
            return;
        const auto ended = m_handlers.ended;
        m_open = false;
        m_handlers = {};
        if (ended)
            ended({kind, code, Message(code.isEmpty() ? QStringLiteral("connection-lost") : code)});
    }

    int opens = 0;
    int closes = 0;
    QUrl server;
    bool pinned = false;
    QString token;

private:
    Handlers m_handlers;
    bool m_open = false;
};

} // namespace vaultlink::testing
