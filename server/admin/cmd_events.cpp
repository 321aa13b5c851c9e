// The audit trail, for administrators: devices linked, logins made and refused, sign-outs,
// reused refresh tokens, revocations and the wipes they ordered, sessions timed out.
#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/auth/audit_events.h"
#include "server/common/clock.h"
#include "server/common/timefmt.h"
#include "server/directory/users.h"
#include "server/store/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vaultlink::server::admin {

namespace {
constexpr int kDefaultLimit = 200;

[[noreturn]] void badSince(const QString &text) {
    throw UsageError{QStringLiteral("--since takes an ISO 8601 time (2026-11-22T15:45:00Z) or a "
                                    "time back from now (30m, 2h, 7d), not '%1'")
                         .arg(text)};
}

// A time as the list prints it (UTC unless an offset is given), or a span back from now.
qint64 sinceMs(const QString &text, qint64 nowMs) {
    static const QRegularExpression span(QStringLiteral("^([0-9]{1,6})([smhdw])$"));
    if (const QRegularExpressionMatch m = span.match(text); m.hasMatch()) {
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('s')   ? 1
                               : unit == QLatin1Char('m') ? 60
                               : unit == QLatin1Char('h') ? 3600
                               : unit == QLatin1Char('d') ? 86400
                                                          : 7 * 86400;
        return nowMs - m.captured(1).toLongLong() * seconds * 1000;
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        badSince(text);
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toMSecsSinceEpoch();
}

int limitOption(const CommandLine &cli) {
    if (!cli.isSet(QStringLiteral("limit")))
        return kDefaultLimit;
    bool ok = false;
    const int limit = cli.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        throw UsageError{QStringLiteral("--limit takes a positive whole number, not '%1'")
                             .arg(cli.value(QStringLiteral("limit")))};
    return limit;
}

QJsonValue orNull(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject eventJson(const EventRow &e) {
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), isoTime(e.at)},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("user"), orNull(e.userName)},
            {QStringLiteral("device"), e.deviceId.isEmpty()
                                           ? QJsonValue()
                                           : QJsonObject{{QStringLiteral("id"), e.deviceId},
                                                         {QStringLiteral("name"), e.deviceName}}},
            {QStringLiteral("database"), orNull(e.databaseName)},
            {QStringLiteral("detail"), e.detail}};
}

// key=value, the value quoted as a JSON string when it has spaces or quotes of its own, so
// that a line splits back into its pairs.
QString pair(const QString &key, const QJsonValue &value) {
    QString text;
    if (value.isString()) {
        text = value.toString();
        static const QRegularExpression plain(QStringLiteral("^[^\\s\"=]+$"));
        if (!plain.match(text).hasMatch()) {
            text =
                QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
            text = text.mid(1, text.size() - 2);
        }
    } else if (value.isBool()) {
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (value.isDouble()) {
        text = QString::number(value.toDouble(), 'g', 16);
    } else if (value.isObject() || value.isArray()) {
        text = QString::fromUtf8(
            (value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray()))
                .toJson(QJsonDocument::Compact));
    } else {
        text = QStringLiteral("null");
    }
    return key + QLatin1Char('=') + text;
}

QString eventLine(const EventRow &e) {
    const auto dash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : text;
    };
    QStringList pairs;
    if (!e.databaseName.isEmpty())
        pairs.append(pair(QStringLiteral("database"), e.databaseName));
    for (auto it = e.detail.begin(); it != e.detail.end(); ++it)
        pairs.append(pair(it.key(), it.value()));
    QString line = isoTime(e.at) + QLatin1Char('\t') + e.kind + QLatin1Char('\t') +
                   dash(e.userName) + QLatin1Char('\t') + dash(e.deviceId);
    if (!pairs.isEmpty())
        line += QLatin1Char('\t') + pairs.join(QLatin1Char(' '));
    return line;
}
} // namespace

int runEvents(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("events"),
        QStringLiteral("The audit trail, oldest first: devices linked, logins and failed logins, "
                       "logouts, reused refresh tokens, devices revoked and activated, wipes "
                       "ordered, sessions expired. Kept event-retention-days (settings)."));
    cli.dataOption();
    cli.option(QStringLiteral("user"), QStringLiteral("only this user's events"),
               QStringLiteral("name"));
    cli.option(QStringLiteral("device"),
               QStringLiteral("only events of devices with this id (as `device list` shows it)"),
               QStringLiteral("id"));
    cli.option(QStringLiteral("since"),
               QStringLiteral("only events from this time on: ISO 8601 (UTC unless it has an "
                              "offset), or back from now: 30m, 2h, 7d"),
               QStringLiteral("time"));
    cli.option(QStringLiteral("limit"),
               QStringLiteral("at most this many, the newest (default 200)"), QStringLiteral("n"));
    cli.flag(QStringLiteral("json"), QStringLiteral("one JSON array of event objects"));
    return cli.run(args, [&] {
        EventFilter filter;
        filter.limit = limitOption(cli);
        if (cli.isSet(QStringLiteral("since")))
            filter.sinceMs = sinceMs(cli.value(QStringLiteral("since")), SystemClock().nowMs());
        filter.deviceId = cli.value(QStringLiteral("device"));
        auto store = cli.dataDir().open();
        if (cli.isSet(QStringLiteral("user")))
            filter.userName = requireUserByName(*store, cli.value(QStringLiteral("user"))).name;
        const QList<EventRow> events = listEvents(*store, filter);
        if (cli.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const EventRow &e : events)
                list.append(eventJson(e));
            out() << QJsonDocument(list).toJson(QJsonDocument::Compact) << "\n";
        } else {
            for (const EventRow &e : events)
                out() << eventLine(e) << "\n";
        }
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
