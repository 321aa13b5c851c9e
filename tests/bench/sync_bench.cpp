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
//       wall, the client's CPU time, time spent waiting in Transport::send).
//   vaultlink_sync_bench change PROFILE DATADIR CHANGES ROUND
//       Only the other device's changes (to time 'vaultlink-cli sync' from outside).
//   vaultlink_sync_bench unlock PROFILE DATADIR ROUNDS
//       Unlock to the first list page (50 rows), without the KDF: the steps ProfileService::unlock
//       takes after the key derivation, then Mirror::list. Also the KDF alone, and the whole
//       unlock with the KDF.
//   vaultlink_sync_bench search PROFILE DATADIR
//       Search p50/p99 on the real mirror: terms drawn from its own records.
//
// The password is read from the first line of standard input. Output: one "name value unit"
// line per figure, then lines starting with '#' for people. Build in Release.

#include "src/api/api_client.h"
#include "src/crypto/clock.h"
#include "src/crypto/kdf.h"
#include "src/crypto/random.h"
#include "src/profiles/environment.h"
#include "src/profiles/failure.h"
#include "src/profiles/profile_service.h"
#include "src/storage/mirror.h"
#include "src/storage/search_index.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <sys/resource.h>
#include <time.h>
#include <vector>

using namespace vaultlink;
using SteadyClock = std::chrono::steady_clock;

namespace {

double msBetween(SteadyClock::time_point from, SteadyClock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

double msSince(SteadyClock::time_point start) {
    return msBetween(start, SteadyClock::now());
}

// User + system CPU time of this process (all threads), in ms.
double cpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// CPU time of the calling thread, in ms: what a query costs without the time other processes
// held the CPU.
double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Time this process's threads spent runnable but waiting for a CPU (other processes had it),
// in ms, from /proc/self/task/*/schedstat; on a shared machine this is part of any wall time.
double runQueueMs() {
    double total = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        std::ifstream stat(tasks.filePath(task + QStringLiteral("/schedstat")).toStdString());
        double onCpu = 0, waiting = 0;
        if (stat >> onCpu >> waiting)
            total += waiting / 1e6;
    }
    return total;
}

// The calling thread's time on a CPU and runnable but waiting for one, in ms.
struct Sched {
    double cpu = 0;
    double queue = 0;
};
Sched threadSched() {
    std::ifstream stat("/proc/thread-self/schedstat");
    Sched sched;
    if (stat >> sched.cpu >> sched.queue)
        sched.cpu /= 1e6, sched.queue /= 1e6;
    return sched;
}

// Peak resident set size in MB (VmHWM), and a reset of that peak (Linux 4.0+).
double peakRssMb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return -1;
}

void resetPeakRss() {
    std::ofstream("/proc/self/clear_refs") << "5";
}

void figure(const char *name, double value, const char *unit) {
    std::printf("%s %.3f %s\n", name, value, unit);
}

struct Spread {
    double p50 = 0, p99 = 0, max = 0;
};

Spread spread(std::vector<double> samples) {
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1))];
    };
    return {at(0.50), at(0.99), samples.back()};
}

// Every request the core sends, with the time it waited for the answer.
struct Exchange {
    QByteArray method;
    QString path;
    double startMs = 0; // since the recorder was made
    double ms = 0;
    qsizetype bytes = 0;
    int status = 0;
    double cpuMs = 0;   // the sending thread on a CPU during the exchange (TLS, HTTP, copies)
    double queueMs = 0; // ... and runnable but waiting for a CPU
};

struct Recorder {
    SteadyClock::time_point origin = SteadyClock::now();
    std::vector<Exchange> exchanges;
    std::function<void(const HttpRequest &)> beforeSend;

    double waitedMs(std::size_t from = 0) const {
        double total = 0;
        for (std::size_t i = from; i < exchanges.size(); ++i)
            total += exchanges[i].ms;
        return total;
    }
    void print(std::size_t from = 0) const {
        std::map<QString, std::pair<int, double>> byPath;
        for (std::size_t i = from; i < exchanges.size(); ++i) {
            auto &entry = byPath[QString::fromLatin1(exchanges[i].method) + QLatin1Char(' ') +
                                 exchanges[i].path];
            ++entry.first;
            entry.second += exchanges[i].ms;
        }
        for (const auto &[path, entry] : byPath)
            std::printf("#   %-34s x%-4d %9.1f ms waited\n", path.toUtf8().constData(), entry.first,
                        entry.second);
    }
};

class TimedTransport final : public Transport {
public:
    TimedTransport(std::unique_ptr<Transport> inner, Recorder &recorder)
        : m_inner(std::move(inner))
        , m_recorder(recorder) {}

    HttpResponse send(const HttpRequest &request) override {
        if (m_recorder.beforeSend)
            m_recorder.beforeSend(request);
        const Sched before = threadSched();
        const auto start = SteadyClock::now();
        HttpResponse response = m_inner->send(request);
        const auto end = SteadyClock::now();
        const Sched after = threadSched();
        m_recorder.exchanges.push_back({request.method, request.url.path(),
                                        msBetween(m_recorder.origin, start), msBetween(start, end),
                                        response.body.size(), response.status,
                                        after.cpu - before.cpu, after.queue - before.queue});
        return response;
    }

private:
    std::unique_ptr<Transport> m_inner;
    Recorder &m_recorder;
};

// The command line's environment (src/cli/main.cpp), with the transport timed.
struct Bench {
    SystemClock clock;
    SystemRandom random;
    Recorder recorder;

    Environment environment() {
        bool ok = false;
        const int kdfMs = qEnvironmentVariableIntValue("VAULTLINK_KDF_MS", &ok);
        return {random,
                clock,
                [this](const TrustPolicy &trust) -> std::unique_ptr<Transport> {
                    return std::make_unique<TimedTransport>(
                        std::make_unique<QtTransport>(trust, std::chrono::seconds(60)), recorder);
                },
                threadSleeper(),
                std::chrono::milliseconds(ok && kdfMs > 0 ? kdfMs : 500),
                QStringLiteral("vaultlink_sync_bench")};
    }
};

SecureBuffer readPassword() {
    std::string line;
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.pop_back();
    SecureBuffer password =
        SecureBuffer::copyOf(QByteArrayView(line.data(), static_cast<qsizetype>(line.size())));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

const OtpPrompt noOtp = [](const MfaChallenge &) { return QString(); };

void printKdf(const KdfParams &kdf) {
    std::printf("kdf_logN %d exp\nkdf_r %d count\nkdf_p %d count\nkdf_memory %.0f MiB\n", kdf.logN,
                kdf.r, kdf.p, static_cast<double>(kdf.memoryBytes()) / (1024.0 * 1024.0));
}

// ---- link -------------------------------------------------------------------------------------

int link(const QStringList &args) {
    const SecureBuffer password = readPassword();
    Bench bench;
    ProfileService service(args.at(5), bench.environment());
    LinkTarget target{QUrl(args.at(0)), args.at(1), 0, args.at(2), args.at(3)};

    // The first page request comes after every KDF run (calibration and key creation): from
    // there on the peak RSS is the first sync's own.
    std::optional<std::size_t> firstPage;
    double cpuAtFirstPage = 0;
    double queueAtFirstPage = 0;
    Sched mainAtFirstPage;
    bench.recorder.beforeSend = [&](const HttpRequest &request) {
        if (!firstPage && request.url.path().endsWith(QLatin1String("/changes"))) {
            firstPage = bench.recorder.exchanges.size();
            cpuAtFirstPage = cpuMs();
            queueAtFirstPage = runQueueMs();
            mainAtFirstPage = threadSched();
            resetPeakRss();
        }
    };
    const double cpuStart = cpuMs();
    const auto start = SteadyClock::now();
    const ProfileService::Linked linked = service.link(target, args.at(4), password, noOtp);
    const double totalMs = msSince(start);
    const double cpuTotal = cpuMs() - cpuStart;
    const double syncPeak = peakRssMb();

    const auto &ex = bench.recorder.exchanges;
    const auto login = std::find_if(ex.begin(), ex.end(), [](const Exchange &e) {
        return e.path.endsWith(QLatin1String("/auth/login"));
    });
    if (login == ex.end() || !firstPage || *firstPage == 0)
        throw std::runtime_error("unexpected request sequence");
    const double originToStart = msBetween(bench.recorder.origin, start);
    const double loginEnd = login->startMs + login->ms - originToStart;
    // Between the login's answer and the next request: KDF calibration, the key derivation that
    // wraps the data key, the new mirror file and the registry.
    const Exchange &afterLogin = *(login + 1);
    const double kdfAndProfileMs = afterLogin.startMs - originToStart - loginEnd;
    const double firstPageStart = ex[*firstPage].startMs - originToStart;
    // From the first request after the login (the new session's token refresh) to the end.
    const double syncMs = totalMs - (afterLogin.startMs - originToStart);
    const double pagesMs = totalMs - firstPageStart;
    const double pagesWaited = bench.recorder.waitedMs(*firstPage);

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
    bench.recorder.print();
    return 0;
}

// ---- incremental ------------------------------------------------------------------------------

// Another device of the same user changing records through the API (docs/api.md §7.12).
class Editor {
public:
    Editor(const ProfileRecord &profile, const SecureBuffer &password, Bench &bench)
        : m_base(profile.serverUrl)
        , m_transport(TrustPolicy::pinned(profile.pin), std::chrono::seconds(60))
        , m_api(m_base, m_transport, bench.random) {
        const LoginOutcome outcome =
            m_api.login(profile.databaseId, profile.userName, password,
                        {QStringLiteral("bench-editor"), QStringLiteral("bench editor")});
        if (!outcome.grant)
            throw std::runtime_error("the editor could not log in");
        m_token = outcome.grant->accessToken.toUtf8();
    }

    void changeNotes(qint64 id, const QString &value) {
        const QJsonObject record = QJsonDocument::fromJson(call("GET", id, {})).object();
        int revision = 0;
        for (const QJsonValue field : record.value(QStringLiteral("fields")).toArray())
            if (field[QStringLiteral("key")].toString() == QLatin1String("notes"))
                revision = field[QStringLiteral("revision")].toInt();
        const QJsonObject change{{QStringLiteral("key"), QStringLiteral("notes")},
                                 {QStringLiteral("value"), value},
                                 {QStringLiteral("baseRevision"), revision}};
        call("PATCH", id,
             QJsonDocument(QJsonObject{{QStringLiteral("changes"), QJsonArray{change}}})
                 .toJson(QJsonDocument::Compact));
    }

private:
    QByteArray call(const QByteArray &method, qint64 id, const QByteArray &body) {
        HttpRequest request;
        request.method = method;
        request.url = m_base.resolved(QUrl(QStringLiteral("/api/v1/records/%1").arg(id)));
        request.headers = {{"Authorization", "Bearer " + m_token}};
        request.body = body;
        const HttpResponse response = m_transport.send(request);
        if (response.status != 200)
            throw std::runtime_error(QStringLiteral("%1 record %2: HTTP %3 %4")
                                         .arg(QString::fromLatin1(method))
                                         .arg(id)
                                         .arg(response.status)
                                         .arg(QString::fromUtf8(response.body.left(200)))
                                         .toStdString());
        return response.body;
    }

    QUrl m_base;
    QtTransport m_transport;
    ApiClient m_api;
    QByteArray m_token;
};

// `changes` records spread over the whole set; another round changes other records.
void changeRecords(Editor &editor, const QList<qint64> &ids, int changes, int round) {
    const qsizetype step = ids.size() / changes;
    for (int i = 0; i < changes; ++i)
        editor.changeNotes(ids.at(i * step + round % step),
                           QStringLiteral("Changed by the benchmark, round %1 at %2.")
                               .arg(round)
                               .arg(QDateTime::currentMSecsSinceEpoch()));
}

int change(const QStringList &args) {
    const SecureBuffer password = readPassword();
    Bench bench;
    ProfileService service(args.at(1), bench.environment());
    std::unique_ptr<OpenProfile> profile = service.unlock(args.at(0), password);
    Editor editor(profile->record, password, bench);
    changeRecords(editor, profile->mirror->ids(), args.at(2).toInt(), args.at(3).toInt());
    return 0;
}

int incremental(const QStringList &args) {
    const SecureBuffer password = readPassword();
    const int rounds = args.at(2).toInt();
    const int changes = args.at(3).toInt();
    Bench bench;
    ProfileService service(args.at(1), bench.environment());
    std::unique_ptr<OpenProfile> profile = service.unlock(args.at(0), password);
    const QList<qint64> ids = profile->mirror->ids();
    Editor editor(profile->record, password, bench);

    std::vector<double> wall, cpu, waited, client, queued, mainCpu;
    qint64 upserts = 0;
    std::size_t requests = 0;
    for (int round = 0; round < rounds; ++round) {
        changeRecords(editor, ids, changes, round);
        const std::size_t first = bench.recorder.exchanges.size();
        const double cpuStart = cpuMs();
        const double queueStart = runQueueMs();
        const double mainStart = threadSched().cpu;
        const auto start = SteadyClock::now();
        const SyncOutcome outcome = service.sync(*profile, password, noOtp);
        wall.push_back(msSince(start));
        cpu.push_back(cpuMs() - cpuStart);
        mainCpu.push_back(threadSched().cpu - mainStart);
        queued.push_back(runQueueMs() - queueStart);
        waited.push_back(bench.recorder.waitedMs(first));
        client.push_back(wall.back() - waited.back());
        upserts = outcome.report.upserts;
        requests = bench.recorder.exchanges.size() - first;
        if (outcome.report.upserts != changes || outcome.report.fullResync)
            throw std::runtime_error("the sync did not bring exactly the changed records");
        std::printf("# round %d: %lld upserts, %zu requests, wall %.1f ms, cpu %.1f ms, waited "
                    "%.1f ms for answers, %.1f ms for a CPU\n",
                    round + 1, static_cast<long long>(outcome.report.upserts), requests,
                    wall.back(), cpu.back(), waited.back(), queued.back());
        if (round == rounds - 1)
            bench.recorder.print(first);
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
    return 0;
}

// ---- unlock -----------------------------------------------------------------------------------

int unlock(const QStringList &args) {
    const SecureBuffer password = readPassword();
    const int rounds = std::max(1, args.at(2).toInt());
    Bench bench;
    ProfileService service(args.at(1), bench.environment());
    const std::optional<ProfileRecord> found = service.find(args.at(0));
    if (!found)
        throw std::runtime_error("no such profile");
    const QString mirrorPath =
        service.dataDir() + QStringLiteral("/mirrors/") + found->id + QStringLiteral(".db");
    constexpr int kFirstPage = 50;

    std::vector<double> kdf;
    std::optional<SecureBuffer> dataKey;
    {
        const auto start = SteadyClock::now();
        dataKey = unlockDataKey(password, *found);
        kdf.push_back(msSince(start));
        if (!dataKey)
            throw std::runtime_error("wrong password");
    }

    // What ProfileService::unlock does once the key is derived and unwrapped, then the first
    // page; the first round is the first open of the file in this process.
    std::vector<double> open, firstPage, total;
    qsizetype rows = 0;
    for (int round = 0; round < rounds; ++round) {
        const auto start = SteadyClock::now();
        const std::optional<ProfileRecord> again = service.find(args.at(0));
        OpenProfile profile;
        profile.record = *again;
        if (!QFile::exists(mirrorPath))
            throw std::runtime_error("mirror missing");
        profile.mirror = Mirror::open(mirrorPath, *dataKey);
        service.checkOfflineLimit(profile);
        const auto opened = SteadyClock::now();
        rows = profile.mirror->list(Tab::all(), 0, kFirstPage).size();
        const auto end = SteadyClock::now();
        open.push_back(msBetween(start, opened));
        firstPage.push_back(msBetween(opened, end));
        total.push_back(msBetween(start, end));
        std::printf("# round %d: open %.2f ms + first page %.2f ms = %.2f ms\n", round + 1,
                    open.back(), firstPage.back(), total.back());
    }

    // For comparison: the whole unlock through ProfileService, KDF included, and the KDF alone.
    std::vector<double> withKdf;
    for (int round = 0; round < 3; ++round) {
        auto start = SteadyClock::now();
        std::unique_ptr<OpenProfile> profile = service.unlock(args.at(0), password);
        service.checkOfflineLimit(*profile);
        profile->mirror->list(Tab::all(), 0, kFirstPage);
        withKdf.push_back(msSince(start));
        start = SteadyClock::now();
        (void)deriveKey(password, found->kdf);
        kdf.push_back(msSince(start));
    }

    figure("unlock_first_page_rows", static_cast<double>(rows), "count");
    figure("unlock_excl_kdf_first", total.front(), "ms");
    figure("unlock_excl_kdf_p50", spread(total).p50, "ms");
    figure("unlock_excl_kdf_max", spread(total).max, "ms");
    figure("unlock_open_first", open.front(), "ms");
    figure("unlock_page_first", firstPage.front(), "ms");
    figure("unlock_with_kdf_p50", spread(withKdf).p50, "ms");
    figure("kdf_p50", spread(kdf).p50, "ms");
    figure("kdf_max", spread(kdf).max, "ms");
    printKdf(found->kdf);
    return 0;
}

// ---- search -----------------------------------------------------------------------------------

// What a user would type: 1 to 12 characters of a record's name, user name, URL host or tag,
// sometimes upper-cased, and now and then a term that matches nothing.
std::vector<QString> termsFrom(const QList<RecordSummary> &rows, int count) {
    std::mt19937_64 rng(20261122);
    std::vector<QString> terms;
    const auto pick = [&](qsizetype n) {
        return static_cast<qsizetype>(rng() %
                                      static_cast<std::uint64_t>(std::max<qsizetype>(n, 1)));
    };
    while (static_cast<int>(terms.size()) < count) {
        if (pick(10) == 0) {
            terms.push_back(QStringLiteral("zq%1x").arg(pick(100000)));
            continue;
        }
        const RecordSummary &row = rows.at(pick(rows.size()));
        QStringList texts{row.name, row.userName, QUrl(row.url).host()};
        texts.append(row.tags);
        texts.removeAll(QString());
        if (texts.isEmpty())
            continue;
        const QString text = texts.at(pick(texts.size()));
        const qsizetype length = std::min<qsizetype>(1 + pick(12), text.size());
        QString term = text.mid(pick(text.size() - length + 1), length).trimmed();
        if (term.isEmpty())
            continue;
        if (pick(4) == 0)
            term = term.toUpper();
        terms.push_back(term);
    }
    return terms;
}

int search(const QStringList &args) {
    const SecureBuffer password = readPassword();
    Bench bench;
    ProfileService service(args.at(1), bench.environment());
    std::unique_ptr<OpenProfile> profile = service.unlock(args.at(0), password);
    Mirror &mirror = *profile->mirror;

    auto start = SteadyClock::now();
    const SearchIndex index = SearchIndex::build(mirror);
    const double buildMs = msSince(start);
    const std::vector<QString> terms = termsFrom(mirror.list(Tab::all(), 0, -1), 250);

    std::size_t hits = 0;
    for (const QString &term : terms) // one untimed round: caches warm, as after a keystroke
        hits += static_cast<std::size_t>(index.find(term, Tab::all()).size());
    std::vector<double> all, first50, personal;
    std::vector<double> allCpu; // the same queries in this thread's CPU time: no preemption
    std::vector<double> perTerm(terms.size());
    std::vector<qsizetype> termHits(terms.size());
    for (int round = 0; round < 5; ++round) {
        for (std::size_t i = 0; i < terms.size(); ++i) {
            const QString &term = terms[i];
            const double cpuStart = threadCpuMs();
            start = SteadyClock::now();
            termHits[i] = index.find(term, Tab::all()).size();
            all.push_back(msSince(start));
            allCpu.push_back(threadCpuMs() - cpuStart);
            perTerm[i] += all.back() / 5;
            start = SteadyClock::now();
            index.find(term, Tab::all(), 50);
            first50.push_back(msSince(start));
            start = SteadyClock::now();
            index.find(term, Tab::personal());
            personal.push_back(msSince(start));
        }
    }
    // What the slowest queries have in common (hits, length) says what p99 is made of.
    std::vector<std::size_t> order(terms.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return perTerm[a] > perTerm[b]; });
    for (std::size_t i = 0; i < std::min<std::size_t>(8, order.size()); ++i)
        std::printf("# slow query \"%s\": %.2f ms on average, %lld hits\n",
                    terms[order[i]].toUtf8().constData(), perTerm[order[i]],
                    static_cast<long long>(termHits[order[i]]));
    double noHitMs = 0;
    int noHit = 0;
    for (std::size_t i = 0; i < terms.size(); ++i)
        if (termHits[i] == 0)
            noHitMs += perTerm[i], ++noHit;
    if (noHit > 0)
        figure("real_search_no_hits_mean", noHitMs / noHit, "ms");
    figure("real_records", static_cast<double>(index.size()), "count");
    figure("real_index_build", buildMs, "ms");
    figure("real_queries", static_cast<double>(terms.size()), "count");
    figure("real_search_p50", spread(all).p50, "ms");
    figure("real_search_p99", spread(all).p99, "ms");
    figure("real_search_max", spread(all).max, "ms");
    figure("real_search_cpu_p50", spread(allCpu).p50, "ms");
    figure("real_search_cpu_p99", spread(allCpu).p99, "ms");
    figure("real_search_limit50_p50", spread(first50).p50, "ms");
    figure("real_search_limit50_p99", spread(first50).p99, "ms");
    figure("real_search_personal_p50", spread(personal).p50, "ms");
    figure("real_search_personal_p99", spread(personal).p99, "ms");
    figure("real_hits_per_query", static_cast<double>(hits) / static_cast<double>(terms.size()),
           "count");
    return 0;
}

int usage() {
    std::fputs("usage: vaultlink_sync_bench link URL PIN DATABASE USER PROFILE DATADIR\n"
               "       vaultlink_sync_bench incremental PROFILE DATADIR ROUNDS CHANGES\n"
               "       vaultlink_sync_bench change PROFILE DATADIR CHANGES ROUND\n"
               "       vaultlink_sync_bench unlock PROFILE DATADIR ROUNDS\n"
               "       vaultlink_sync_bench search PROFILE DATADIR\n"
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
        {QStringLiteral("link"), {6, link}},     {QStringLiteral("incremental"), {4, incremental}},
        {QStringLiteral("change"), {4, change}}, {QStringLiteral("unlock"), {3, unlock}},
        {QStringLiteral("search"), {2, search}},
    };
    const auto found = modes.find(mode);
    if (found == modes.end() || args.size() != found->second.first)
        return usage();
    try {
        return found->second.second(args);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "vaultlink_sync_bench: %s\n",
                     explain(error).message().toUtf8().constData());
        return 1;
    }
}
