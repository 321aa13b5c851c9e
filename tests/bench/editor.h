#pragma once

#include "src/api/api_client.h"
#include "src/profiles/environment.h"
#include "src/profiles/profile_service.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace vaultlink::bench {

// Another device of the same user changing records through the API (docs/api.md §7.12), so
// that the next sync has something to fetch. Its requests go through an untimed transport: they
// are not the synchronizing client's.
class Editor {
public:
    Editor(const ProfileRecord &profile, const SecureBuffer &password, const Environment &untimed);

    void changeNotes(qint64 id, const QString &value);

private:
    QByteArray call(const QByteArray &method, qint64 id, const QByteArray &body);

    QUrl m_base;
    std::unique_ptr<Transport> m_transport;
    ApiClient m_api;
    QByteArray m_token;
};

// `changes` records spread over the whole set; another round changes other records.
void changeRecords(Editor &editor, const QList<qint64> &ids, int changes, int round);

} // namespace vaultlink::bench
