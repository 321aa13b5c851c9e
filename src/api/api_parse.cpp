#include "src/api/api_parse.h"

#include "src/api/api_error.h"
#include "src/api/json_reader.h"
#include "src/api/json_split.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace vaultlink {

namespace {

template <typename T> T checked(const JsonReader &reader, T value) {
    if (!reader.ok())
        throw ApiError::badAnswer(reader.error());
    return value;
}

void readUser(JsonReader &user, SessionInfo &session) {
    session.userName = user.nonEmptyString("name");
    session.displayName = user.string("displayName");
    JsonReader rights = user.object("rights");
    rights.boolean("canSyncMobile");
    session.rights.createGlobal = rights.boolean("canCreateGlobal");
    session.rights.createPersonal = rights.boolean("canCreatePersonal");
}

void readDatabase(JsonReader &database, qint64 &id, QString &name) {
    id = database.integer("id");
    name = database.string("name");
}

// The members a grant and GET /session share: user, database and device.
SessionInfo readSessionCore(JsonReader &reader) {
    SessionInfo session;
    JsonReader user = reader.object("user");
    readUser(user, session);
    JsonReader database = reader.object("database");
    readDatabase(database, session.databaseId, session.databaseName);
    JsonReader device = reader.object("device");
    device.string("id");
    device.optionalString("name");
    return session;
}

bool isDigest(const QString &text) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

// A record is kept as JSON for the mirror; what the sync relies on is checked here (the mirror's
// row reads the values). Format 1 lists its fields with their revisions; format 2 gives the values
// by key and the fields that changed since the record was made.
void checkRecord(JsonReader &record) {
    record.integer("id");
    record.integer("sequence");
    record.nonEmptyString("form");
    if (record.json().contains(QLatin1String("values"))) {
        record.object("values");
        if (!record.has("changed"))
            return;
        JsonReader changed = record.object("changed");
        const QJsonObject entries = changed.json();
        for (auto it = entries.begin(); it != entries.end() && record.ok(); ++it) {
            const QByteArray key = it.key().toUtf8();
            JsonReader field = changed.object(key.constData());
            field.integer("revision");
        }
        return;
    }
    const QJsonArray fields = record.array("fields");
    for (qsizetype i = 0; i < fields.size() && record.ok(); ++i) {
        JsonReader field = record.objectAt(fields, i, "fields");
        field.nonEmptyString("key");
        field.integer("revision");
    }
}

} // namespace

Policy readPolicy(JsonReader &reader) {
    Policy policy;
    policy.accessTokenSeconds = reader.integer("accessTokenSeconds");
    policy.sessionTimeoutSeconds = reader.integer("sessionTimeoutSeconds");
    policy.refreshTokenSeconds = reader.integer("refreshTokenSeconds");
    policy.maxSessionSeconds = reader.integer("maxSessionSeconds");
    policy.maxOfflineSeconds = reader.integer("maxOfflineSeconds");
    policy.mobileSyncAllowed = reader.boolean("mobileSyncAllowed");
    policy.deviceActive = reader.boolean("deviceActive");
    policy.biometricUnlockAllowed = reader.optionalBoolean("biometricUnlockAllowed", true);
    policy.wipeOnLogout = reader.optionalBoolean("wipeOnLogout", false);
    // A mode of a newer server is off for this client, which cannot know what it asks for.
    policy.deviceLogin =
        deviceLoginModeNamed(reader.optionalString("deviceLogin")).value_or(DeviceLoginMode::None);
    policy.serverTime = reader.time("serverTime");
    policy.json = reader.json();
    return policy;
}

ServerInfo parseServerInfo(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the server information"));
    ServerInfo info;
    info.name = reader.string("name");
    info.apiVersion = static_cast<int>(reader.integer("apiVersion"));
    const QJsonArray features = reader.array("features");
    for (qsizetype i = 0; i < features.size(); ++i)
        info.features.append(reader.stringAt(features, i, "features"));
    return checked(reader, info);
}

QList<DatabaseInfo> parseDatabases(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the list of databases"));
    QList<DatabaseInfo> databases;
    const QJsonArray list = reader.array("databases");
    for (qsizetype i = 0; i < list.size(); ++i) {
        JsonReader entry = reader.objectAt(list, i, "databases");
        DatabaseInfo database;
        readDatabase(entry, database.id, database.name);
        database.mobileSync = entry.boolean("mobileSync");
        databases.append(database);
    }
    return checked(reader, databases);
}

TokenGrant parseTokenGrant(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the token grant"));
    TokenGrant grant;
    if (reader.string("tokenType").compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0 &&
        reader.ok())
        reader.fail(QStringLiteral("tokenType"), QStringLiteral("is not \"Bearer\""));
    grant.accessToken = reader.nonEmptyString("accessToken");
    grant.accessTokenExpiresAt = reader.time("accessTokenExpiresAt");
    grant.refreshToken = reader.nonEmptyString("refreshToken");
    grant.refreshTokenExpiresAt = reader.time("refreshTokenExpiresAt");
    JsonReader session = reader.object("session");
    grant.session = readSessionCore(session);
    JsonReader policy = reader.object("policy");
    grant.policy = readPolicy(policy);
    grant.session.policy = grant.policy;
    return checked(reader, grant);
}

SessionInfo parseSession(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the session"));
    SessionInfo session = readSessionCore(reader);
    const QJsonArray units = reader.array("units");
    for (qsizetype i = 0; i < units.size(); ++i) {
        JsonReader entry = reader.objectAt(units, i, "units");
        UnitInfo unit;
        unit.id = entry.integer("id");
        unit.name = entry.string("name");
        JsonReader rights = entry.object("rights");
        unit.read = rights.boolean("read");
        unit.add = rights.boolean("add");
        unit.edit = rights.boolean("edit");
        unit.remove = rights.has("delete") && rights.boolean("delete");
        session.units.append(unit);
    }
    JsonReader policy = reader.object("policy");
    session.policy = readPolicy(policy);
    return checked(reader, session);
}

FeedPage parseFeedPage(const QByteArray &body) {
    // The records are only cut out here (parseFeedRecord reads each one): the syncing thread
    // needs the cursor at once to ask for the next page, and the mirror keeps each record's text
    // as it came.
    const QString label = QStringLiteral("the change feed page");
    QString why;
    std::optional<JsonSplit> split = splitArrayMember(body, QStringLiteral("records"), &why);
    if (!split)
        throw ApiError::badAnswer(QStringLiteral("%1: %2").arg(label, why));
    const QJsonDocument rest = QJsonDocument::fromJson(split->rest);
    if (!rest.isObject())
        throw ApiError::badAnswer(QStringLiteral("%1 is not valid JSON").arg(label));
    JsonReader reader(rest.object(), label);
    FeedPage page;
    const qint64 format = reader.optionalInteger("format").value_or(1);
    if (reader.ok() && format != 1 && format != 2)
        reader.fail(QStringLiteral("format"), QStringLiteral("is not 1 or 2"));
    page.format = static_cast<int>(format);
    page.records = std::move(split->elements);
    const QJsonArray removed = reader.array("removed");
    for (qsizetype i = 0; i < removed.size(); ++i)
        page.removed.append(reader.integerAt(removed, i, "removed"));
    page.cursor = reader.nonEmptyString("cursor");
    page.more = reader.boolean("more");
    page.sequence = reader.integer("sequence");
    JsonReader total = reader.object("total");
    page.totalCount = total.integer("count");
    page.totalDigest = total.string("digest");
    if (reader.ok() && !isDigest(page.totalDigest))
        reader.fail(QStringLiteral("total.digest"),
                    QStringLiteral("is not 64 lower-case hex digits"));
    JsonReader policy = reader.object("policy");
    page.policy = readPolicy(policy);
    return checked(reader, page);
}

QJsonObject parseFeedRecord(const QByteArray &record, qsizetype index) {
    const QString label = QStringLiteral("the change feed page, records[%1]").arg(index);
    const QJsonDocument document = QJsonDocument::fromJson(record);
    if (!document.isObject())
        throw ApiError::badAnswer(QStringLiteral("%1 is not a JSON object").arg(label));
    JsonReader reader(document.object(), label);
    checkRecord(reader);
    return checked(reader, reader.json());
}

Redemption parseRedemption(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the redeemed link code"));
    Redemption redemption;
    redemption.server = reader.nonEmptyString("server");
    JsonReader database = reader.object("database");
    readDatabase(database, redemption.databaseId, redemption.databaseName);
    redemption.userName = reader.nonEmptyString("username");
    redemption.domain = reader.optionalString("domain");
    return checked(reader, redemption);
}

DeviceChallenge parseDeviceChallenge(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the device-login challenge"));
    DeviceChallenge challenge;
    challenge.challenge = reader.nonEmptyString("challenge");
    challenge.expiresAt = reader.time("expiresAt");
    const QString replaces = reader.string("replaces");
    const std::optional<DeviceLoginMode> mode = deviceLoginModeNamed(replaces);
    // The login's body depends on it, so a value this client does not know cannot be guessed at.
    if (reader.ok() && (!mode || *mode == DeviceLoginMode::None))
        reader.fail(QStringLiteral("replaces"),
                    QStringLiteral("is not \"password\", \"second-factor\" or \"both\""));
    challenge.replaces = mode.value_or(DeviceLoginMode::Both);
    return checked(reader, challenge);
}

namespace {
// An optional whole number within [low, high]; the fallback when absent.
int boundedInteger(JsonReader &entry, const char *key, qint64 fallback, qint64 low, qint64 high,
                   qsizetype index) {
    const qint64 value = entry.optionalInteger(key).value_or(fallback);
    if (value < low || value > high) {
        entry.fail(QStringLiteral("methods[%1].%2").arg(index).arg(QLatin1String(key)),
                   QStringLiteral("is out of range"));
        return static_cast<int>(fallback);
    }
    return static_cast<int>(value);
}

QByteArray base64url(JsonReader &entry, const QString &text, const QString &member) {
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() > 1024)
        entry.fail(member, QStringLiteral("is not base64url of 1 to 1024 bytes"));
    return decoded.decoded;
}

// WebAuthn's request options (docs/api.md §7.3, "fido").
void readFido(JsonReader &entry, MfaMethod &method, qsizetype i) {
    const QString at = QStringLiteral("methods[%1].").arg(i);
    method.fidoChallenge =
        base64url(entry, entry.nonEmptyString("challenge"), at + QStringLiteral("challenge"));
    method.rpId = entry.nonEmptyString("rpId");
    method.userVerification = entry.optionalString("userVerification", QStringLiteral("preferred"));
    method.timeoutSeconds = boundedInteger(entry, "timeoutSeconds", 60, 1, 600, i);
    const QJsonArray allow = entry.array("allowCredentials");
    for (qsizetype j = 0; j < allow.size() && j < 64; ++j) {
        JsonReader credential = entry.objectAt(allow, j, "allowCredentials");
        method.allowCredentials.append(
            base64url(credential, credential.nonEmptyString("id"),
                      at + QStringLiteral("allowCredentials[%1].id").arg(j)));
    }
}
} // namespace

std::optional<MfaChallenge> parseChallenge(const QJsonObject &problem, QString *error) {
    JsonReader reader(problem, QStringLiteral("the second-factor challenge"));
    MfaChallenge challenge;
    challenge.transaction = reader.nonEmptyString("transaction");
    challenge.expiresAt = reader.time("expiresAt");
    const QJsonArray methods = reader.array("methods");
    for (qsizetype i = 0; i < methods.size(); ++i) {
        JsonReader entry = reader.objectAt(methods, i, "methods");
        MfaMethod method;
        method.type = entry.nonEmptyString("type");
        if (method.type == QLatin1String("totp")) {
            method.digits = boundedInteger(entry, "digits", 6, 1, 10, i);
            method.periodSeconds = boundedInteger(entry, "periodSeconds", 30, 1, 3600, i);
        } else if (method.type == QLatin1String("pin")) {
            method.minLength = boundedInteger(entry, "minLength", 4, 1, 64, i);
            method.maxLength = boundedInteger(entry, "maxLength", 12, method.minLength, 64, i);
        } else if (method.takesApproval()) {
            method.approvalSeconds = boundedInteger(entry, "approvalSeconds", 60, 1, 3600, i);
            method.approver = entry.optionalString("approver").left(200);
            method.phone = entry.optionalString("phone").left(40);
        } else if (method.type == QLatin1String("fido")) {
            readFido(entry, method, i);
        } else {
            continue; // other types have members of their own; the contract skips them unread
        }
        challenge.methods.append(method);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return challenge;
}

std::optional<MfaApproval> parseApproval(const QJsonObject &problem, QString *error) {
    JsonReader reader(problem, QStringLiteral("the pending approval"));
    JsonReader approval = reader.object("approval");
    MfaApproval out;
    out.id = approval.nonEmptyString("id");
    out.method = approval.nonEmptyString("method");
    out.expiresAt = approval.time("expiresAt");
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return out;
}

QList<FormInfo> parseForms(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the forms"));
    QList<FormInfo> forms;
    const QJsonArray list = reader.array("forms");
    for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
        JsonReader entry = reader.objectAt(list, i, "forms");
        FormInfo form;
        form.id = entry.nonEmptyString("id");
        form.name = entry.string("name");
        const QJsonArray fields = entry.array("fields");
        for (qsizetype j = 0; j < fields.size() && entry.ok(); ++j) {
            JsonReader field = entry.objectAt(fields, j, "fields");
            form.fields.append(
                {field.nonEmptyString("key"), field.nonEmptyString("type"), field.string("label")});
        }
        if (entry.ok() &&
            (form.fields.isEmpty() || form.fields.first().key != QLatin1String("name") ||
             form.fields.last().key != QLatin1String("tags")))
            entry.fail(QStringLiteral("fields"), QStringLiteral("do not start with name and end "
                                                                "with tags"));
        forms.append(form);
    }
    return checked(reader, forms);
}

QJsonObject parseRecord(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the record"));
    checkRecord(reader);
    return checked(reader, json);
}

} // namespace vaultlink
