#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/admin/stop_signals.h"
#include "server/auth/audit_events.h"
#include "server/common/clock.h"
#include "server/common/random.h"
#include "server/directory/forms.h"
#include "server/http/api_server.h"
#include "server/http/notice_hub.h"
#include "server/http/server_context.h"
#include "server/http/tls.h"
#include "server/store/settings.h"
#include "server/store/store.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTimer>

#include <chrono>

namespace vaultlink::server::admin {

namespace {
struct ListenAddress {
    QHostAddress host;
    quint16 port = 0;
};

ListenAddress parseListen(const QString &text) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon >= 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port > 65535)
        throw UsageError{
            QStringLiteral("--listen takes ADDRESS:PORT (port 0 picks a free one), not '%1'")
                .arg(text)};
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty() || host == QLatin1String("*"))
        address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        throw UsageError{QStringLiteral("'%1' is not an IP address (or localhost)").arg(host)};
    return {address, static_cast<quint16>(port)};
}

int positiveOption(const CommandLine &cli, const char *name, int fallback) {
    if (!cli.isSet(QLatin1String(name)))
        return fallback;
    bool ok = false;
    const int value = cli.value(QLatin1String(name)).toInt(&ok);
    if (!ok || value < 1)
        throw UsageError{QStringLiteral("--%1 takes a positive whole number, not '%2'")
                             .arg(QLatin1String(name), cli.value(QLatin1String(name)))};
    return value;
}

ServerLimits serverLimits(const CommandLine &cli) {
    ServerLimits limits;
    limits.times.deadlineMs = positiveOption(cli, "request-deadline-ms", limits.times.deadlineMs);
    limits.maxConnectionsPerAddress =
        positiveOption(cli, "max-connections-per-address", limits.maxConnectionsPerAddress);
    return limits;
}

void pruneEvents(Store &store, const Clock &clock) {
    try {
        deleteOldEvents(store, clock.nowMs());
    } catch (const std::exception &error) {
        // The store may be busy for longer than its timeout; the next day tries again.
        qWarning("cannot prune the audit trail: %s", error.what());
    }
}

// Link codes must carry an address phones can reach. Unless the administrator set one, follow
// the port actually served on localhost.
void followServedPort(Store &store, const QString &explicitUrl, quint16 port) {
    if (!explicitUrl.isEmpty()) {
        saveSetting(store, QString::fromLatin1(setting::kPublicUrl), explicitUrl);
        return;
    }
    const QString current = Settings::load(store).text(setting::kPublicUrl);
    if (current.startsWith(QLatin1String("https://localhost:")))
        saveSetting(store, QString::fromLatin1(setting::kPublicUrl),
                    QStringLiteral("https://localhost:%1").arg(port));
}
} // namespace

int runServe(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("run"),
        QStringLiteral("Serve the Web Application over HTTPS (TLS 1.2+) until SIGINT "
                       "or SIGTERM. Prints 'listening on https://ADDRESS:PORT' once ready."));
    cli.dataOption();
    cli.option(QStringLiteral("listen"),
               QStringLiteral("address and port, e.g. 127.0.0.1:8443 or 127.0.0.1:0"),
               QStringLiteral("addr:port"));
    cli.option(QStringLiteral("public-url"), QStringLiteral("address put into link codes"),
               QStringLiteral("url"));
    cli.option(QStringLiteral("request-deadline-ms"),
               QStringLiteral("time a connection has for its TLS handshake and for each request "
                              "to arrive in full (default 30000); slower clients are dropped"),
               QStringLiteral("ms"));
    cli.option(QStringLiteral("max-connections-per-address"),
               QStringLiteral("open connections one client address may have (default 64)"),
               QStringLiteral("count"));
    cli.option(
        QStringLiteral("notice-poll-ms"),
        QStringLiteral("how often to look for changes made outside the server (default 1000)"),
        QStringLiteral("ms"));
    return cli.run(args, [&] {
        const DataDir dir(cli.require(QStringLiteral("data")));
        const ListenAddress listen = parseListen(cli.require(QStringLiteral("listen")));
        std::unique_ptr<Store> store = dir.open();
        installForms(*store);
        SystemClock clock;
        // The audit trail keeps event-retention-days: pruned now and once a day from now on.
        deleteOldEvents(*store, clock.nowMs());
        QTimer prune;
        QObject::connect(&prune, &QTimer::timeout, [&] { pruneEvents(*store, clock); });
        prune.start(std::chrono::hours(24));
        SystemRandom random;
        ServerContext context(*store, clock, random, dir.pin());
        ApiServer server(context, serverLimits(cli));
        const int pollMs = cli.isSet(QStringLiteral("notice-poll-ms"))
                               ? cli.value(QStringLiteral("notice-poll-ms")).toInt()
                               : 1000;
        NoticeHub notices(server.webSockets(), context, pollMs > 0 ? pollMs : 1000);
        server.acceptWebSockets(QLatin1String(NoticeHub::kPath), [&](const HttpRequest &request) {
            notices.admit(request.header("authorization"));
        });
        const quint16 port = server.listen(
            serverTlsConfiguration(dir.certificatePem(), dir.keyPem()), listen.host, listen.port);
        if (port == 0)
            throw std::runtime_error("cannot listen on " + listen.host.toString().toStdString() +
                                     ":" + std::to_string(listen.port) +
                                     " (in use, or not allowed)");
        followServedPort(*store, cli.value(QStringLiteral("public-url")), port);
        const QString host = listen.host.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QStringLiteral("[%1]").arg(listen.host.toString())
                                 : listen.host.toString();
        out() << "listening on https://" << host << ":" << port << "\n";
        out() << "pin " << context.pin << "\n";
        out().flush();
        quitOnStopSignals();
        QCoreApplication::exec();
        out() << "stopped\n";
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
