// Figures of the client core against a running reference server, through the same code the
// command line runs (ProfileService), with every request timed at the Transport seam:
//
//   vaultlink_sync_bench link URL PIN DATABASE USER PROFILE DATADIR
//       ProfileService::link as 'vaultlink-cli link' does it; splits the time into login, KDF
//       and profile creation, and the first sync; peak RSS of the first sync alone (the peak is
//       reset when the first page is requested, after every KDF run).
//   vaultlink_sync_bench incremental PROFILE DATADIR ROUNDS CHANGES
//       Unlocks once; then ROUNDS times: another device of the same user changes CHANGES records
//       on the server (untimed), and ProfileService::sync brings the mirror up to date (timed:
//       wall, the client's CPU time, time spent waiting in Transport::send). The first round also
//       reads every page of the file on a thread of its own (the page check a sync runs once per
//       opening of the file); it is reported apart, and the check alone (Mirror::pagesReadable,
//       on a connection of its own) is timed three times afterwards.
//   vaultlink_sync_bench change PROFILE DATADIR CHANGES ROUND
//       Only the other device's changes (to time 'vaultlink-cli sync' from outside).
//   vaultlink_sync_bench unlock PROFILE DATADIR ROUNDS
//       Unlock to the first list page (50 rows), without the KDF: the steps ProfileService::unlock
//       takes after the key derivation, then Mirror::list. Also the KDF alone, and the whole
//       unlock with the KDF.
//   vaultlink_sync_bench search PROFILE DATADIR
//       Search p50/p99 on the real mirror: terms drawn from its own records.
//   vaultlink_sync_bench push PROFILE DATADIR EDITS CURLCONFIG
//       Edits on the device and their sending, with a curl baseline's config (write_bench.cpp).
//   vaultlink_sync_bench biometric PROFILE DATADIR ROUNDS
//       Biometric unlock to the first page with the desktop's stand-in (biometric_bench.cpp).
//
// The password is read from the first line of standard input. Output: one "name value unit"
// line per figure, then lines starting with '#' for people. Build in Release.

#include "src/crypto/kdf.h"
#include "src/profiles/failure.h"
#include "src/profiles/profile_service.h"
#include "tests/bench/commands.h"
#include "tests/bench/editor.h"
#include "tests/bench/measure.h"
#include "tests/bench/timed_transport.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

using namespace vaultlink;

namespace vaultlink::bench {

void printKdf(const KdfParams &kdf) {
    std::printf("kdf_logN %d exp\nkdf_r %d count\nkdf_p %d count\nkdf_memory %.0f MiB\n", kdf.logN,
                kdf.r, kdf.p, static_cast<double>(kdf.memoryBytes()) / (1024.0 * 1024.0));
}

// ---- link -------------------------------------------------------------------------------------

int linkCommand(const QStringList &args) {
    const SecureBuffer password = readPassword();
    TimedEnvironment timed;
    ProfileService service(args.at(5), timed.environment());
    LinkTarget target{QUrl(args.at(0)), args.at(1), 0, args.at(2), args.at(3), {}};

    // The first page request comes after every KDF run (calibration and key creation): from
    // there on the peak RSS is the first sync's own.
    std::optional<std::size_t> firstPage;
    double rssAtFirstPage = 0; // the process before the sync: Qt, TLS, the login's connection
    double cpuAtFirstPage = 0;
    double queueAtFirstPage = 0;
    Sched mainAtFirstPage;
    timed.recorder.beforeSend = [&](const HttpRequest &request) {
        if (!firstPage && request.url.path().endsWith(QLatin1String("/changes"))) {
            firstPage = timed.recorder.exchanges.size();
            cpuAtFirstPage = cpuMs();
            queueAtFirstPage = runQueueMs();
            mainAtFirstPage = threadSched();
            resetPeakRss();
            rssAtFirstPage = currentRssMb();
        }
    };
    const double cpuStart = cpuMs();
    const auto start = SteadyClock::now();
    const ProfileService::Linked linked = service.link(target, args.at(4), password, noOtp);
    const double totalMs = msSince(start);
    const double cpuTotal = cpuMs() - cpuStart;
    const double syncPeak = peakRssMb();

    const auto &ex = timed.recorder.exchanges;
    const auto login = std::find_if(ex.begin(), ex.end(), [](const Exchange &e) {
        return e.path.endsWith(QLatin1String("/auth/login"));
    });
    if (login == ex.end() || !firstPage || *firstPage == 0)
        throw std::runtime_error("unexpected request sequence");
    const double originToStart = msBetween(timed.recorder.origin, start);
    const double loginEnd = login->startMs + login->ms - originToStart;
    // Between the login's answer and the next request: KDF calibration, the key derivation that
    // wraps the data key, the new mirror file and the registry.
    const Exchange &afterLogin = *(login + 1);
    const double kdfAndProfileMs = afterLogin.startMs - originToStart - loginEnd;
    const double firstPageStart = ex[*firstPage].startMs - originToStart;
    // From the first request after the login (the new session's token refresh) to the end.
    const double syncMs = totalMs - (afterLogin.startMs - originToStart);
    const double pagesMs = totalMs - firstPageStart;
    const double pagesWaited = timed.recorder.waitedMs(*firstPage);

    figure("link_total", totalMs, "ms");
    figure("link_cpu", cpuTotal, "ms");
    figure("link_before_login", login->startMs - originToStart, "ms");
    figure("link_login_wait", login->ms, "ms");
    figure("link_kdf_and_profile", kdfAndProfileMs, "ms");
    figure("link_sync", syncMs, "ms");
    figure("link_pages", pagesMs, "ms");
    figure("link_pages_waited", pagesWaited, "ms");
    figure("link_pages_client", pagesMs - pagesWaited, "ms");
    const double pagesCpu = cpuMs() - cpuAtFirstPage;
    const double pagesQueued = runQueueMs() - queueAtFirstPage;
    const Sched mainNow = threadSched();
    // The sync runs on this thread; Qt's network thread does TLS and HTTP meanwhile.
    const double mainCpu = mainNow.cpu - mainAtFirstPage.cpu;
    const double mainQueued = mainNow.queue - mainAtFirstPage.queue;
    figure("link_pages_cpu", pagesCpu, "ms");
    figure("link_pages_run_queue", pagesQueued, "ms");
    figure("link_pages_main_cpu", mainCpu, "ms");
    figure("link_pages_main_run_queue", mainQueued, "ms");
    // The syncing thread's time during the pages, whole: blocked inside the transport (waiting
    // for the server's answers), on a CPU, runnable, and blocked elsewhere (waiting for the
    // worker to finish the previous page, or for the file).
    double blockedInSend = 0;
    for (std::size_t i = *firstPage; i < ex.size(); ++i)
        blockedInSend += std::max(ex[i].ms - ex[i].cpuMs - ex[i].queueMs, 0.0);
    figure("link_pages_main_blocked_send", blockedInSend, "ms");
    figure("link_pages_main_blocked_other",
           std::max(pagesMs - blockedInSend - mainCpu - mainQueued, 0.0), "ms");
    figure("link_sync_peak_rss", syncPeak, "MB");
    figure("link_sync_rss_start", rssAtFirstPage, "MB");
    figure("link_sync_rss_growth", syncPeak - rssAtFirstPage, "MB");
    figure("link_records", static_cast<double>(linked.sync.report.count), "count");
    figure("link_pages_count", linked.sync.report.pages, "count");
    printKdf(linked.profile.kdf);
    std::printf("# link: %.0f ms = %.0f before login + login %.0f (server checks the password) + "
                "KDF and profile %.0f + first sync %.0f\n",
                totalMs, login->startMs - originToStart, login->ms, kdfAndProfileMs, syncMs);
    std::printf("# first sync: %d pages in %.0f ms; the syncing thread: blocked waiting for the "
                "server's answers %.0f ms, on a CPU %.0f ms, waiting for a CPU %.0f ms, blocked "
                "otherwise %.0f ms; all threads on a CPU %.0f ms; peak RSS %.1f MB after the KDF\n",
                linked.sync.report.pages, pagesMs, blockedInSend, mainCpu, mainQueued,
                std::max(pagesMs - blockedInSend - mainCpu - mainQueued, 0.0), pagesCpu, syncPeak);
    timed.recorder.print();
    return 0;
}

// ---- change, incremental ----------------------------------------------------------------------

int changeCommand(const QStringList &args) {
    const SecureBuffer password = readPassword();
    TimedEnvironment timed;
    ProfileService service(args.at(1), timed.environment());
    std::unique_ptr<OpenProfile> profile = service.unlock(args.at(0), password);
    Editor editor(profile->record, password, timed.untimed());
    changeRecords(editor, profile->mirror->ids(), args.at(2).toInt(), args.at(3).toInt());
    return 0;
}

int incrementalCommand(const QStringList &args) {
    const SecureBuffer password = readPassword();
    const int rounds = args.at(2).toInt();
    const int changes = args.at(3).toInt();
    TimedEnvironment timed;
    ProfileService service(args.at(1), timed.environment());
    std::unique_ptr<OpenProfile> profile = service.unlock(args.at(0), password);
    const QList<qint64> ids = profile->mirror->ids();
    Editor editor(profile->record, password, timed.untimed());

    std::vector<double> wall, cpu, waited, client, queued, mainCpu;
    qint64 upserts = 0;
    std::size_t requests = 0;
    for (int round = 0; round < rounds; ++round) {
        changeRecords(editor, ids, changes, round);
        const std::size_t first = timed.recorder.exchanges.size();
        const double cpuStart = cpuMs();
        const double queueStart = runQueueMs();
        const double mainStart = threadSched().cpu;
        const auto start = SteadyClock::now();
        const SyncOutcome outcome = service.sync(*profile, password, noOtp);
        wall.push_back(msSince(start));
        cpu.push_back(cpuMs() - cpuStart);
        mainCpu.push_back(threadSched().cpu - mainStart);
        queued.push_back(runQueueMs() - queueStart);
        waited.push_back(timed.recorder.waitedMs(first));
        client.push_back(wall.back() - waited.back());
        upserts = outcome.report.upserts;
        requests = timed.recorder.exchanges.size() - first;
        if (outcome.report.upserts != changes || outcome.report.fullResync)
            throw std::runtime_error("the sync did not bring exactly the changed records");
        std::printf("# round %d: %lld upserts, %zu requests, wall %.1f ms, cpu %.1f ms, waited "
                    "%.1f ms for answers, %.1f ms for a CPU\n",
                    round + 1, static_cast<long long>(outcome.report.upserts), requests,
                    wall.back(), cpu.back(), waited.back(), queued.back());
        if (round == rounds - 1)
            timed.recorder.print(first);
    }
    figure("incremental_changes", static_cast<double>(upserts), "count");
    figure("incremental_rounds", rounds, "count");
    figure("incremental_requests", static_cast<double>(requests), "count");
    figure("incremental_wall_p50", spread(wall).p50, "ms");
    figure("incremental_wall_max", spread(wall).max, "ms");
    figure("incremental_cpu_p50", spread(cpu).p50, "ms");
    figure("incremental_cpu_max", spread(cpu).max, "ms");
    figure("incremental_main_cpu_p50", spread(mainCpu).p50, "ms");
    figure("incremental_waited_p50", spread(waited).p50, "ms");
    figure("incremental_client_p50", spread(client).p50, "ms");
    figure("incremental_client_max", spread(client).max, "ms");
    figure("incremental_run_queue_p50", spread(queued).p50, "ms");
    figure("incremental_first_wall", wall.front(), "ms");
    figure("incremental_first_client", client.front(), "ms");
    figure("incremental_first_cpu", cpu.front(), "ms");

    std::vector<double> checkWall, checkCpu;
    for (int round = 0; round < 3; ++round) {
        const std::unique_ptr<Mirror> other = profile->files.open(profile->files.path);
        const double cpuStart = threadSched().cpu;
        const auto start = SteadyClock::now();
        if (!other->pagesReadable())
            throw std::runtime_error("a page of the synced mirror does not read");
        checkWall.push_back(msSince(start));
        checkCpu.push_back(threadSched().cpu - cpuStart);
    }
    figure("page_check_wall_p50", spread(checkWall).p50, "ms");
    figure("page_check_cpu_p50", spread(checkCpu).p50, "ms");
    std::printf("# page check alone: wall %.0f / %.0f / %.0f ms, CPU %.0f / %.0f / %.0f ms\n",
                checkWall[0], checkWall[1], checkWall[2], checkCpu[0], checkCpu[1], checkCpu[2]);
    return 0;
}

} // namespace vaultlink::bench

namespace {

int usage() {
    std::fputs("usage: vaultlink_sync_bench link URL PIN DATABASE USER PROFILE DATADIR\n"
               "       vaultlink_sync_bench incremental PROFILE DATADIR ROUNDS CHANGES\n"
               "       vaultlink_sync_bench change PROFILE DATADIR CHANGES ROUND\n"
               "       vaultlink_sync_bench unlock PROFILE DATADIR ROUNDS\n"
               "       vaultlink_sync_bench search PROFILE DATADIR\n"
               "       vaultlink_sync_bench push PROFILE DATADIR EDITS CURLCONFIG\n"
               "       vaultlink_sync_bench biometric PROFILE DATADIR ROUNDS\n"
               "(password on standard input)\n",
               stderr);
    return 64;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString mode = args.takeFirst();
    const std::map<QString, std::pair<qsizetype, int (*)(const QStringList &)>> modes = {
        {QStringLiteral("link"), {6, bench::linkCommand}},
        {QStringLiteral("incremental"), {4, bench::incrementalCommand}},
        {QStringLiteral("change"), {4, bench::changeCommand}},
        {QStringLiteral("unlock"), {3, bench::unlockCommand}},
        {QStringLiteral("biometric"), {3, bench::biometricCommand}},
        {QStringLiteral("search"), {2, bench::searchCommand}},
        {QStringLiteral("push"), {4, bench::pushCommand}},
    };
    const auto found = modes.find(mode);
    if (found == modes.end() || args.size() != found->second.first)
        return usage();
    try {
        return found->second.second(args);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "vaultlink_sync_bench: %s\n",
                     explain(error).message().debugText().toUtf8().constData());
        return 1;
    }
}
