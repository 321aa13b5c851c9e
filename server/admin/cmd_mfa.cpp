// The second factors' stand-ins and security keys: an administrator answers a push for the
// user's phone app (`approve`, `deny`), picks up the phone (`answer-call`), and registers the
// public keys of security keys (`fido-add`).
#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/auth/fido_credentials.h"
#include "server/auth/second_factor.h"
#include "server/common/clock.h"
#include "server/common/refusal.h"
#include "server/common/timefmt.h"
#include "server/crypto/webauthn.h"
#include "server/directory/users.h"
#include "server/store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vaultlink::server::admin {

namespace {
qint64 approvalId(const CommandLine &cli) {
    bool ok = false;
    const qint64 id = cli.positionals().value(1).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{QStringLiteral("give the approval's number as `mfa pending` lists it")};
    return id;
}

void listPending(Store &store, const CommandLine &cli) {
    qint64 userId = 0;
    if (cli.isSet(QStringLiteral("user")))
        userId = requireUserByName(store, cli.value(QStringLiteral("user"))).id;
    const QList<MfaApproval> pending = pendingApprovals(store, userId, SystemClock().nowMs());
    if (cli.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const MfaApproval &a : pending)
            list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("user"), a.userName},
                                    {QStringLiteral("method"), a.method},
                                    {QStringLiteral("device"), a.deviceName},
                                    {QStringLiteral("address"), a.address},
                                    {QStringLiteral("createdAt"), isoTime(a.createdAt)},
                                    {QStringLiteral("expiresAt"), isoTime(a.expiresAt)}});
        out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
        return;
    }
    for (const MfaApproval &a : pending)
        out() << a.id << "\t" << a.userName << "\t" << a.method << "\t" << a.deviceName << "\t"
              << a.address << "\t" << isoTime(a.createdAt) << "\tuntil " << isoTime(a.expiresAt)
              << "\n";
}

void decide(Store &store, qint64 id, const char *method, bool approve) {
    if (!decideApproval(store, id, 0, QString::fromLatin1(method), approve, SystemClock().nowMs()))
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("no %1 sign-in %2 is waiting (answered, cancelled or expired)")
                          .arg(QLatin1String(method))
                          .arg(id));
}

void addFido(Store &store, const CommandLine &cli) {
    const UserRow user = requireUserByName(store, cli.require(QStringLiteral("user")));
    const QString algorithmName = cli.value(QStringLiteral("algorithm")).isEmpty()
                                      ? QStringLiteral("ES256")
                                      : cli.value(QStringLiteral("algorithm"));
    const std::optional<FidoAlgorithm> algorithm = fidoAlgorithmNamed(algorithmName);
    if (!algorithm)
        throw UsageError{QStringLiteral("--algorithm is ES256 or EdDSA")};
    QFile file(cli.require(QStringLiteral("public-key")));
    if (!file.open(QIODevice::ReadOnly))
        throw Refusal(
            Error::InvalidRequest,
            QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const std::optional<QByteArray> spki = fidoPublicKeyFromPem(*algorithm, file.readAll());
    if (!spki)
        throw Refusal(
            Error::InvalidRequest,
            QStringLiteral("%1 holds no %2 public key in PEM").arg(file.fileName(), algorithmName));
    const auto id = QByteArray::fromBase64Encoding(
        cli.require(QStringLiteral("credential-id")).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!id)
        throw UsageError{QStringLiteral("--credential-id is base64url")};
    FidoCredentialRow row;
    row.userId = user.id;
    row.credentialId = id.decoded;
    row.name = cli.require(QStringLiteral("key-name"));
    row.algorithm = fidoAlgorithmName(*algorithm);
    row.publicKey = *spki;
    Transaction tx(store);
    addFidoCredential(store, row, SystemClock().nowMs());
    tx.commit();
    out() << "registered security key '" << row.name << "' for " << user.name << "\n";
}
} // namespace

int runMfa(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("mfa"),
        QStringLiteral(
            "mfa pending|approve ID|deny ID|answer-call ID|fido-add|fido-list|fido-remove: the "
            "stand-ins of the second factors' outside channels (a push to the user's phone app, "
            "a phone call) and the users' security keys."));
    cli.positional(QStringLiteral("action"),
                   QStringLiteral("pending, approve, deny, answer-call, fido-add, fido-list or "
                                  "fido-remove"));
    cli.positional(QStringLiteral("id"), QStringLiteral("the sign-in's number (mfa pending)"));
    cli.dataOption();
    cli.option(QStringLiteral("user"), QStringLiteral("user name"), QStringLiteral("name"));
    cli.flag(QStringLiteral("json"), QStringLiteral("pending: one JSON array"));
    cli.option(QStringLiteral("key"),
               QStringLiteral("answer-call: the key pressed on the phone (1 approves, any other "
                              "denies)"),
               QStringLiteral("digit"));
    cli.option(QStringLiteral("key-name"), QStringLiteral("fido-*: the security key's name"),
               QStringLiteral("text"));
    cli.option(QStringLiteral("credential-id"),
               QStringLiteral("fido-add: the WebAuthn credential id, base64url"),
               QStringLiteral("id"));
    cli.option(QStringLiteral("algorithm"), QStringLiteral("fido-add: ES256 (default) or EdDSA"),
               QStringLiteral("name"));
    cli.option(QStringLiteral("public-key"),
               QStringLiteral("fido-add: the credential's public key, a PEM file"),
               QStringLiteral("file"));
    return cli.run(args, [&] {
        const QString action = cli.positionals().value(0);
        auto store = cli.dataDir().open();
        if (action == QLatin1String("pending")) {
            listPending(*store, cli);
        } else if (action == QLatin1String("approve") || action == QLatin1String("deny")) {
            const bool approve = action == QLatin1String("approve");
            decide(*store, approvalId(cli), mfa::kPush, approve);
            out() << (approve ? "approved" : "denied") << "\n";
        } else if (action == QLatin1String("answer-call")) {
            const QString key = cli.require(QStringLiteral("key"));
            const bool approve = key == QLatin1String("1");
            decide(*store, approvalId(cli), mfa::kPhoneCall, approve);
            out() << (approve ? "pressed 1: approved" : "denied") << "\n";
        } else if (action == QLatin1String("fido-add")) {
            addFido(*store, cli);
        } else if (action == QLatin1String("fido-list")) {
            const UserRow user = requireUserByName(*store, cli.require(QStringLiteral("user")));
            for (const FidoCredentialRow &c : fidoCredentials(*store, user.id))
                out() << c.name << "\t" << c.algorithm << "\t"
                      << c.credentialId.toBase64(QByteArray::Base64UrlEncoding |
                                                 QByteArray::OmitTrailingEquals)
                      << "\tcounter " << c.signCount << "\n";
        } else if (action == QLatin1String("fido-remove")) {
            const UserRow user = requireUserByName(*store, cli.require(QStringLiteral("user")));
            Transaction tx(*store);
            removeFidoCredential(*store, user.id, cli.require(QStringLiteral("key-name")));
            tx.commit();
            out() << "removed\n";
        } else {
            throw UsageError{QStringLiteral("mfa takes pending, approve, deny, answer-call, "
                                            "fido-add, fido-list or fido-remove")};
        }
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
