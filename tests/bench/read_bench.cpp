// The commands of vaultlink_sync_bench that read the synced mirror: unlock to the first page,
// and search (sync_bench.cpp describes them).

#include "src/crypto/kdf.h"
#include "src/profiles/profile_service.h"
#include "src/storage/mirror.h"
#include "src/storage/profile_registry.h"
#include "src/storage/search_index.h"
#include "tests/bench/commands.h"
#include "tests/bench/measure.h"
#include "tests/bench/timed_transport.h"

#include <QFile>
#include <QUrl>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <future>
#include <optional>
#include <random>
#include <stdexcept>
#include <vector>

namespace vaultlink::bench {

// ---- unlock -----------------------------------------------------------------------------------

int unlockCommand(const QStringList &args) {
    const SecureBuffer password = readPassword();
    const int rounds = std::max(1, args.at(2).toInt());
    TimedEnvironment timed;
    ProfileService service(args.at(1), timed.environment());
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

namespace {

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

} // namespace

int searchCommand(const QStringList &args) {
    const SecureBuffer password = readPassword();
    TimedEnvironment timed;
    ProfileService service(args.at(1), timed.environment());
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
    // The app builds the index at unlock on a thread and connection of its own
    // (ui::VaultSession): the first screen (the file opened, the first 50 rows) with that build
    // running beside it, against the same without it; median of 7 rounds each, alternating.
    {
        const MirrorFiles &files = profile->files;
        std::vector<double> alone, beside;
        for (int round = 0; round < 14; ++round) {
            const bool aside = round % 2 == 1;
            std::future<qsizetype> building;
            if (aside)
                building = std::async(std::launch::async, [&files] {
                    const std::unique_ptr<Mirror> other = files.open(files.path);
                    other->db().exec(QStringLiteral("PRAGMA cache_size = -256"));
                    return SearchIndex::build(*other).size();
                });
            const auto firstScreen = SteadyClock::now();
            const std::unique_ptr<Mirror> shown = files.open(files.path);
            shown->list(Tab::all(), 0, 50);
            (aside ? beside : alone).push_back(msSince(firstScreen));
            if (aside && building.get() != index.size())
                throw std::runtime_error("the index built aside differs");
        }
        figure("index_built_at_unlock", 1, "count");
        figure("first_screen_alone", spread(alone).p50, "ms");
        figure("first_screen_index_aside", spread(beside).p50, "ms");
        figure("index_first_screen_delay", spread(beside).p50 - spread(alone).p50, "ms");
    }
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

} // namespace vaultlink::bench
