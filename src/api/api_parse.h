#pragma once

#include "src/api/api_types.h"

#include <QJsonObject>
#include <QList>

namespace vaultlink {

class JsonReader;

// The answers of docs/api.md §7 read strictly: a missing member or one of the wrong type throws
// ApiError::badAnswer naming it. Unknown members are ignored, as the contract asks.
ServerInfo parseServerInfo(const QJsonObject &json);
QList<DatabaseInfo> parseDatabases(const QJsonObject &json);
TokenGrant parseTokenGrant(const QJsonObject &json);
SessionInfo parseSession(const QJsonObject &json);
// The page's body as received: its records are cut out, not read (FeedPage::records).
FeedPage parseFeedPage(const QByteArray &body);
// One of those records (the index names it in messages), read as strictly as the rest.
QJsonObject parseFeedRecord(const QByteArray &record, qsizetype index);
Redemption parseRedemption(const QJsonObject &json);
DeviceChallenge parseDeviceChallenge(const QJsonObject &json);
QList<FormInfo> parseForms(const QJsonObject &json);
// A record object (docs/api.md §6), checked as the feed's are, returned as it came.
QJsonObject parseRecord(const QJsonObject &json);

// The challenge of an mfa-required problem; on a malformed one, nullopt and `error` says why.
std::optional<MfaChallenge> parseChallenge(const QJsonObject &problem, QString *error = nullptr);
// The approval an mfa-required answer to a push or call carries while it waits (docs/api.md
// §7.4); nullopt, and `error` says why, when it carries none or a malformed one.
std::optional<MfaApproval> parseApproval(const QJsonObject &problem, QString *error = nullptr);

// The policy object a reader stands on (§5); failures go to the reader.
Policy readPolicy(JsonReader &reader);

} // namespace vaultlink
