// vaultlink_sync_bench push PROFILE DATADIR EDITS CURLCONFIG
//   Writing on the device, then sending it (issue: writing records). Unlocks once, then:
//   - EDITS records (spread over the set, each one the user may change) get two fields changed
//     each through RecordEditor, as the app does; each edit is timed until the list shows it
//     (the record's row read back, marked pending, and the first page of the list read again):
//     local_edit p50/p99;
//   - ProfileService::sync sends them (timed from the sync's start to its last "sent" step:
//     wall, time waiting for answers, the client's share, and the CPU time of all its threads);
//   - CURLCONFIG gets the same requests for EDITS other records of the same kinds (a PATCH of the
//     same two fields against their revisions), as a curl config whose bearer token and CA file
//     are the placeholders @TOKEN@ and @CACERT@ (each request names them: `next` resets curl's
//     options), so that scripts/bench.sh can time curl sending them as the baseline.
#include "src/profiles/profile_service.h"
#include "src/profiles/record_editor.h"
#include "tests/bench/commands.h"
#include "tests/bench/measure.h"
#include "tests/bench/timed_transport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace vaultlink::bench {

namespace {
// Records the user may change, every step-th of them, `count` for the device and `count` more
// (interleaved) for curl: both sets spread over the whole mirror.
std::pair<QList<qint64>, QList<qint64>> editable(RecordEditor &editor, Mirror &mirror, int count) {
    QList<qint64> all;
    for (const qint64 id : mirror.ids())
        if (id > 0 && editor.whyNotEdit(id).isEmpty())
            all.append(id);
    if (all.size() < 2 * count)
        throw std::runtime_error("too few records the user may change");
    const qsizetype step = all.size() / (2 * count);
    std::pair<QList<qint64>, QList<qint64>> chosen;
    for (int i = 0; i < count; ++i) {
        chosen.first.append(all[2 * i * step]);
        chosen.second.append(all[(2 * i + 1) * step]);
    }
    return chosen;
}

// Values no earlier run gave: a run's edits are never no-ops on a server that keeps records.
FieldValues valuesFor(int i) {
    static const qint64 run = QDateTime::currentMSecsSinceEpoch();
    return {{QStringLiteral("notes"), QStringLiteral("changed on the device, run %1").arg(run)},
            {QStringLiteral("name"), QStringLiteral("Bench record %1").arg(i, 6, 10, QChar(u'0'))}};
}

// The PATCH the client sends for these values, for curl: one request per record, on one
// connection, with the record's current base revisions.
void writeCurlConfig(const QString &path, const QString &server, Mirror &mirror,
                     const QList<qint64> &ids) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw std::runtime_error("cannot write the curl config");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonObject record = *mirror.record(ids[i]);
        QJsonArray changes;
        const FieldValues values = valuesFor(static_cast<int>(i));
        for (auto value = values.constBegin(); value != values.constEnd(); ++value)
            changes.append(QJsonObject{
                {"key", value.key()},
                {"value", *value},
                {"baseRevision", fieldOf(record, value.key())->value("revision").toInteger()}});
        QByteArray body =
            QJsonDocument(QJsonObject{{"changes", changes}}).toJson(QJsonDocument::Compact);
        QByteArray entry;
        if (i > 0)
            entry += "next\n";
        entry += "url = \"" + server.toUtf8() + "/api/v1/records/" + QByteArray::number(ids[i]) +
                 "\"\nrequest = \"PATCH\"\ncacert = \"@CACERT@\"\n"
                 "header = \"Content-Type: application/json\"\n"
                 "header = \"Authorization: Bearer @TOKEN@\"\noutput = \"/dev/null\"\n"
                 "data-binary = \"" +
                 body.replace('\\', "\\\\").replace('"', "\\\"") + "\"\n";
        file.write(entry);
    }
}
} // namespace

int pushCommand(const QStringList &args) {
    const SecureBuffer password = readPassword();
    const int edits = args.at(2).toInt();
    TimedEnvironment timed;
    ProfileService service(args.at(1), timed.environment());
    std::unique_ptr<OpenProfile> profile = service.unlock(args.at(0), password);
    Mirror &mirror = *profile->mirror;
    std::unique_ptr<RecordEditor> editor = service.editor(*profile);
    const auto [mine, curls] = editable(*editor, mirror, edits);
    writeCurlConfig(args.at(3), profile->record.serverUrl, mirror, curls);

    std::vector<double> local;
    for (qsizetype i = 0; i < mine.size(); ++i) {
        const auto start = SteadyClock::now();
        editor->edit(mine[i], valuesFor(static_cast<int>(i)));
        const QList<RecordSummary> row = mirror.summaries({mine[i]});
        const QList<RecordSummary> page = mirror.list(Tab::all(), 0, 50);
        local.push_back(msSince(start));
        if (row.size() != 1 || !row[0].pending || page.isEmpty())
            throw std::runtime_error("an edit was not shown at once");
    }
    if (mirror.pendingCount() != edits)
        throw std::runtime_error("the edits are not all pending");

    const std::size_t first = timed.recorder.exchanges.size();
    const auto start = SteadyClock::now();
    const double cpuStart = cpuMs();
    double pushedMs = 0;
    double pushedCpu = 0;
    const SyncOutcome outcome =
        service.sync(*profile, password, noOtp, [&](const SyncProgress &progress) {
            if (progress.sending) {
                pushedMs = msSince(start);
                pushedCpu = cpuMs() - cpuStart;
            }
        });
    // The sync opens the mirror afresh (another process may have replaced the file): the old
    // object is gone.
    if (outcome.push.sent != edits || profile->mirror->pendingCount() != 0)
        throw std::runtime_error("the sync did not send every edit");
    double waited = 0;
    int patches = 0;
    for (std::size_t i = first; i < timed.recorder.exchanges.size(); ++i) {
        const Exchange &exchange = timed.recorder.exchanges[i];
        if (exchange.method == "PATCH") {
            waited += exchange.ms;
            ++patches;
        }
    }
    figure("local_edit_p50", spread(local).p50, "ms");
    figure("local_edit_p99", spread(local).p99, "ms");
    figure("local_edit_max", spread(local).max, "ms");
    figure("push_edits", edits, "count");
    figure("push_requests", patches, "count");
    figure("push_wall", pushedMs, "ms");
    figure("push_waited", waited, "ms");
    figure("push_client", pushedMs - waited, "ms");
    figure("push_cpu", pushedCpu, "ms");
    std::printf("# %d edits sent in %d PATCH requests: %.0f ms, %.0f ms of it waiting for "
                "answers\n",
                edits, patches, pushedMs, waited);
    return 0;
}

} // namespace vaultlink::bench
