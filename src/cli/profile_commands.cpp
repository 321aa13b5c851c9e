#include "src/base/message_catalog.h"
#include "src/biometrics/biometric_unlock.h"
#include "src/cli/commands.h"
#include "src/cli/exit_codes.h"
#include "src/cli/messages.h"
#include "src/cli/second_factor_prompt.h"
#include "src/profiles/link_input.h"

#include <QJsonArray>

namespace vaultlink::cli {

namespace {
Failure usage(const QString &code, const QString &message) {
    return cliFailure(code, message);
}

LinkPayload payloadFromQr(const CliArgs &args) {
    return args.qrImage.isEmpty() ? linkPayloadFrom(args.qrText)
                                  : linkPayloadFrom(readQrCodeFile(args.qrImage));
}

QString resyncText(ResyncReason reason) {
    const Message message = resyncMessage(reason);
    return message.isEmpty() ? QString() : say(message);
}

// Why a full resync ran, for scripts: stable, unlike the sentence in resyncReason. It is the
// reason's message key without its "resync-" prefix ("damaged", "cursor-unknown", …).
QString resyncCode(ResyncReason reason) {
    const QString key = resyncMessage(reason).key();
    return key.startsWith(QLatin1String("resync-")) ? key.mid(7) : QString();
}

QJsonObject syncJson(const SyncOutcome &outcome) {
    return {{QStringLiteral("records"), outcome.report.count},
            {QStringLiteral("upserts"), outcome.report.upserts},
            {QStringLiteral("removals"), outcome.report.removals},
            {QStringLiteral("pages"), outcome.report.pages},
            {QStringLiteral("fullResync"), outcome.report.fullResync},
            {QStringLiteral("resyncReason"), resyncText(outcome.report.resync)},
            {QStringLiteral("resyncCode"), resyncCode(outcome.report.resync)},
            {QStringLiteral("loggedIn"), outcome.loggedIn},
            {QStringLiteral("deviceLogin"), outcome.deviceLogin},
            {QStringLiteral("integrityChecked"), outcome.report.integrityChecked},
            {QStringLiteral("verified"), true},
            {QStringLiteral("sent"), outcome.push.sent},
            {QStringLiteral("settled"), outcome.push.settled},
            {QStringLiteral("refused"), outcome.push.refused},
            {QStringLiteral("conflicts"), outcome.push.notes}};
}

// What was sent before the records were fetched; empty when nothing was pending.
QString pushLine(const PushReport &push) {
    if (push.sent + push.settled + push.refused + push.notes == 0)
        return {};
    QString text = QStringLiteral("Sent %1 change(s) made here").arg(push.sent + push.settled);
    if (push.refused > 0)
        text += QStringLiteral("; the server refused %1 (see 'pending')").arg(push.refused);
    if (push.notes > 0)
        text += QStringLiteral("; %1 conflict(s) to review (see 'conflicts')").arg(push.notes);
    return text + u'.';
}

QString syncLine(const SyncOutcome &outcome) {
    const SyncReport &report = outcome.report;
    if (report.upserts == 0 && report.removals == 0 && !report.fullResync)
        return QStringLiteral("Up to date: %1 records, verified against the server.")
            .arg(report.count);
    QString text = QStringLiteral("%1 records, verified against the server (%2 changed, %3 "
                                  "removed).")
                       .arg(report.count)
                       .arg(report.upserts)
                       .arg(report.removals);
    if (report.fullResync && report.resync != ResyncReason::None)
        text += QStringLiteral(" Rebuilt from the server: %1.").arg(resyncText(report.resync));
    return text;
}
} // namespace

int databasesCommand(Context &context) {
    const QList<DatabaseInfo> databases = context.service.databases(
        serverUrlFrom(context.args.arguments.at(0)), pinFrom(context.args.pin));
    if (context.out.json()) {
        QJsonArray list;
        for (const DatabaseInfo &db : databases)
            list.append(QJsonObject{{QStringLiteral("id"), db.id},
                                    {QStringLiteral("name"), db.name},
                                    {QStringLiteral("mobileSync"), db.mobileSync}});
        context.out.value(list);
        return Ok;
    }
    for (const DatabaseInfo &db : databases)
        context.out.line(QStringLiteral("%1\t%2\t%3")
                             .arg(db.id)
                             .arg(db.name, db.mobileSync ? QStringLiteral("mobile sync on")
                                                         : QStringLiteral("mobile sync off")));
    return Ok;
}

int linkCommand(Context &context) {
    const CliArgs &args = context.args;
    const bool byQr = !args.qrImage.isEmpty() || !args.qrText.isEmpty();
    if (args.name.isEmpty())
        throw usage(QStringLiteral("usage"), QStringLiteral("link needs --name PROFILE."));
    if (byQr && (!args.arguments.isEmpty() || !args.database.isEmpty() || !args.user.isEmpty() ||
                 !args.pin.isEmpty() || (!args.qrImage.isEmpty() && !args.qrText.isEmpty())))
        throw usage(QStringLiteral("usage"),
                    QStringLiteral("A link code brings its own server, database, user and pin: "
                                   "give --qr or --qr-text alone with --name."));
    if (!byQr && (args.arguments.size() != 1 || args.database.isEmpty() || args.user.isEmpty()))
        throw usage(QStringLiteral("usage"),
                    QStringLiteral("link needs URL --database D --user U --name PROFILE, or "
                                   "--qr IMAGE / --qr-text URI with --name."));
    if (context.service.find(args.name))
        throw usage(QStringLiteral("profile-exists"),
                    QStringLiteral("A profile named \"%1\" already exists.").arg(args.name));

    LinkTarget target;
    std::optional<LinkPayload> payload;
    if (byQr) {
        payload = payloadFromQr(args);
    } else {
        target.server = serverUrlFrom(args.arguments.at(0));
        target.pin = pinFrom(args.pin);
        target.databaseName = args.database;
        const AccountName account = accountNameFrom(args.user, args.domain);
        target.userName = account.user;
        target.domain = account.domain;
    }
    // The password before the link code is spent, so a missing one does not waste the code.
    const SecureBuffer password = context.input.password(QStringLiteral("Password"));
    if (payload)
        target = context.service.redeem(*payload);
    CliSecondFactor secondFactor(context);
    const ProfileService::Linked linked =
        context.service.link(target, args.name, password, &secondFactor,
                             [&](const SyncProgress &p) { context.out.progress(p); });
    if (context.out.json()) {
        QJsonObject result = syncJson(linked.sync);
        result.insert(QStringLiteral("profile"), linked.profile.name);
        result.insert(QStringLiteral("server"), linked.profile.serverUrl);
        result.insert(QStringLiteral("database"), linked.profile.databaseName);
        result.insert(QStringLiteral("user"), linked.profile.userName);
        context.out.value(result);
    } else {
        context.out.line(QStringLiteral("Linked profile \"%1\": %2 on %3 at %4.")
                             .arg(linked.profile.name, linked.profile.userName,
                                  linked.profile.databaseName, linked.profile.serverUrl));
        context.out.line(syncLine(linked.sync));
    }
    return Ok;
}

int profilesCommand(Context &context) {
    const QList<ProfileRecord> profiles = context.service.profiles();
    if (context.out.json()) {
        QJsonArray list;
        for (const ProfileRecord &p : profiles)
            list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("server"), p.serverUrl},
                                    {QStringLiteral("database"), p.databaseName},
                                    {QStringLiteral("user"), p.userName},
                                    {QStringLiteral("pin"), p.pin}});
        context.out.value(list);
        return Ok;
    }
    if (profiles.isEmpty())
        context.out.note(QStringLiteral("No profiles yet; link one with 'vaultlink-cli link'."));
    for (const ProfileRecord &p : profiles)
        context.out.line(QStringLiteral("%1\t%2 on %3\t%4\t%5")
                             .arg(p.name, p.userName, p.databaseName, p.serverUrl,
                                  p.pin.isEmpty() ? QStringLiteral("system trust")
                                                  : QStringLiteral("pinned key")));
    return Ok;
}

int syncCommand(Context &context) {
    // With --biometric there is no password: a session the server ended is started again with
    // the device key, where the server takes it.
    SecureBuffer password;
    std::unique_ptr<OpenProfile> profile;
    if (context.args.biometric) {
        profile = openProfileWithBiometrics(context);
    } else {
        password = context.input.password(QStringLiteral("Password"));
        profile = openProfileWith(context, password);
    }
    CliSecondFactor secondFactor(context);
    const SyncOutcome outcome = context.service.sync(
        *profile, SignIn{password, {}, biometricSigner(context), &secondFactor},
        [&](const SyncProgress &p) { context.out.progress(p); }, context.args.repair);
    if (!outcome.notice.isEmpty())
        context.out.note(say(outcome.notice));
    if (outcome.deviceLogin)
        context.out.note(QStringLiteral("The server's session had ended; signed in again with "
                                        "biometrics."));
    if (outcome.biometricsRemoved) {
        BiometricUnlock(context.biometrics).forget(profile->record);
        context.out.note(say(Message(msg::BiometricForbidden)));
    }
    if (context.out.json()) {
        context.out.value(syncJson(outcome));
    } else {
        if (const QString push = pushLine(outcome.push); !push.isEmpty())
            context.out.line(push);
        context.out.line(syncLine(outcome));
    }
    // Something waits for the user: a change the server refused, or a conflict to review.
    Mirror &mirror = *profile->mirror;
    qint64 refused = 0;
    for (const PendingChange &change : mirror.pendingChanges())
        refused += change.refused ? 1 : 0;
    const qsizetype notes = mirror.notes().size();
    if (refused + notes == 0)
        return Ok;
    context.out.note(QStringLiteral("Waiting for you: %1 refused change(s), %2 conflict(s) or "
                                    "note(s); see 'pending' and 'conflicts'.")
                         .arg(refused)
                         .arg(notes));
    return ChangesWaiting;
}

int unlinkCommand(Context &context) {
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    const QString name = profile->record.name;
    if (profile->record.biometric) // its keys in the platform's keeping go with it
        BiometricUnlock(context.biometrics).forget(profile->record);
    const Message notice = context.service.unlink(std::move(profile));
    if (!notice.isEmpty())
        context.out.note(say(notice));
    context.out.line(
        QStringLiteral("Unlinked profile \"%1\"; its local copy was deleted.").arg(name));
    return Ok;
}

int signOutCommand(Context &context) {
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    const ProfileRecord record = profile->record;
    const ProfileService::SignedOut result = context.service.signOut(std::move(profile));
    if (result.wiped && record.biometric) // its keys in the platform's keeping go with it
        BiometricUnlock(context.biometrics).forget(record);
    if (!result.notice.isEmpty())
        context.out.note(say(result.notice));
    if (context.out.json()) {
        context.out.value(QJsonObject{{QStringLiteral("profile"), record.name},
                                      {QStringLiteral("signedOut"), true},
                                      {QStringLiteral("copyDeleted"), result.wiped},
                                      {QStringLiteral("serverTold"), result.notice.isEmpty()}});
        return Ok;
    }
    context.out.line(result.wiped
                         ? QStringLiteral("Signed out of \"%1\"; as the server's policy requires, "
                                          "its local copy was deleted.")
                               .arg(record.name)
                         : QStringLiteral("Signed out of \"%1\"; its local copy stays readable "
                                          "offline, and the next sync logs in again.")
                               .arg(record.name));
    return Ok;
}

} // namespace vaultlink::cli
