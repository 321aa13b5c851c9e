// Mirror and search figures at a realistic size: feed pages applied, search index built, search
// against a SQL LIKE scan of the same columns, and the first list page after reopening.
// Usage: vaultlink_search_bench [records]   (default 100000; build in Release)
// Output: one "name value unit" line per figure, then a readable summary (lines start with #).

#include "src/storage/mirror.h"
#include "src/storage/search_index.h"
#include "tests/bench/synthetic_records.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <vector>

using namespace vaultlink;
using Clock = std::chrono::steady_clock;

namespace {
constexpr int kPageSize = 1000;
constexpr int kQueries = 250;
constexpr int kSearchRounds = 5;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Processor time of this process: on a busy machine wall time also counts waiting for a core.
double cpuMs() {
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

double loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1.0;
}

struct Spread {
    double p50 = 0, p99 = 0, max = 0;
};

Spread spread(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1))];
    };
    return {at(0.50), at(0.99), samples.back()};
}

void figure(const char *name, double value, const char *unit) {
    std::printf("%s %.3f %s\n", name, value, unit);
}

SecureBuffer benchKey() {
    // A fixed throw-away key: the data is synthetic, and the bench measures the cipher, not keys.
    SecureBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(i * 7 + 1);
    return key;
}

QByteArray likePattern(const QByteArray &folded) {
    QByteArray pattern("%");
    for (const char c : folded) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + '%';
}
} // namespace

int main(int argc, char **argv) {
    const long requested = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 100000;
    if (requested <= 0) {
        std::fprintf(stderr, "usage: %s [records]\n", argv[0]);
        return 2;
    }
    const auto records = static_cast<qint64>(requested);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mirror.db"));
    const SecureBuffer key = benchKey();
    bench::SyntheticRecords generator(20261122);

    // Feed pages, timed without making the records.
    std::vector<double> pageMs;
    double applyCpu = 0;
    {
        auto mirror = Mirror::open(path, key);
        for (qint64 first = 1; first <= records; first += kPageSize) {
            QList<QJsonObject> page;
            for (qint64 id = first; id < first + kPageSize && id <= records; ++id)
                page.append(generator.next(id));
            const auto start = Clock::now();
            const double cpuStart = cpuMs();
            mirror->applyPage(page, {}, QStringLiteral("cursor-%1").arg(first), first);
            applyCpu += cpuMs() - cpuStart;
            pageMs.push_back(msSince(start));
        }
    }
    double applyTotal = 0;
    for (const double ms : pageMs)
        applyTotal += ms;
    const Spread pages = spread(pageMs);

    // Unlock to first page: the data key is already derived, so this is open + first list page.
    auto start = Clock::now();
    auto mirror = Mirror::open(path, key);
    const double openMs = msSince(start);
    start = Clock::now();
    const QList<RecordSummary> firstPage = mirror->list(Tab::all(), 0, 50);
    const double firstPageMs = msSince(start);
    start = Clock::now();
    const QList<RecordSummary> unitPage = mirror->list(Tab::ofUnit(3), 0, 50);
    const double unitPageMs = msSince(start);

    start = Clock::now();
    const SearchIndex index = SearchIndex::build(*mirror);
    const double buildMs = msSince(start);

    std::mt19937_64 rng(7);
    std::vector<QString> terms;
    terms.reserve(kQueries);
    for (int i = 0; i < kQueries; ++i)
        terms.push_back(generator.term(rng));

    // One untimed round first, as a user's first keystrokes would find the index in cache too.
    std::size_t indexHits = 0;
    for (const QString &term : terms)
        indexHits += static_cast<std::size_t>(index.find(term, Tab::all()).size());
    std::vector<double> findMs, find50Ms, findTabMs;
    for (int round = 0; round < kSearchRounds; ++round) {
        for (const QString &term : terms) {
            start = Clock::now();
            const QList<qint64> all = index.find(term, Tab::all());
            findMs.push_back(msSince(start));
            start = Clock::now();
            const QList<qint64> first = index.find(term, Tab::all(), 50);
            find50Ms.push_back(msSince(start));
            start = Clock::now();
            const QList<qint64> personal = index.find(term, Tab::personal());
            findTabMs.push_back(msSince(start));
            if (first.size() > 50 || personal.size() > all.size())
                std::abort();
        }
    }

    // Baseline: the same queries as a LIKE scan of the columns the index reads (the folded name,
    // user name, URL, tags), in the same order.
    Statement like = mirror->db().prepare(
        "SELECT id FROM records WHERE sort_key LIKE ?1 ESCAPE '\\' OR username LIKE ?1 ESCAPE "
        "'\\' OR url LIKE ?1 ESCAPE '\\' OR tags LIKE ?1 ESCAPE '\\' ORDER BY sort_key, id");
    std::vector<double> likeMs;
    std::size_t likeHits = 0;
    int mismatches = 0;
    for (const QString &term : terms) {
        start = Clock::now();
        like.bind(1, likePattern(SearchIndex::fold(term.trimmed())));
        QList<qint64> ids;
        while (like.step())
            ids.append(like.int64(0));
        like.reset();
        likeMs.push_back(msSince(start));
        likeHits += static_cast<std::size_t>(ids.size());
        mismatches += ids != index.find(term, Tab::all()) ? 1 : 0;
    }

    const Spread find = spread(findMs);
    const Spread find50 = spread(find50Ms);
    const Spread findTab = spread(findTabMs);
    const Spread likeSpread = spread(likeMs);
    const double fileMb = static_cast<double>(QFileInfo(path).size()) / 1e6;

    figure("records", static_cast<double>(records), "count");
    figure("mirror_file", fileMb, "MB");
    figure("load_average", loadAverage(), "load");
    figure("apply_total", applyTotal, "ms");
    figure("apply_cpu", applyCpu, "ms");
    figure("apply_page_p50", pages.p50, "ms");
    figure("apply_page_max", pages.max, "ms");
    figure("apply_rate", static_cast<double>(records) / (applyTotal / 1000.0), "records/s");
    figure("open", openMs, "ms");
    figure("first_page_all", firstPageMs, "ms");
    figure("first_page_unit", unitPageMs, "ms");
    figure("open_to_first_page", openMs + firstPageMs, "ms");
    figure("index_build", buildMs, "ms");
    figure("queries", static_cast<double>(terms.size()), "count");
    figure("search_p50", find.p50, "ms");
    figure("search_p99", find.p99, "ms");
    figure("search_max", find.max, "ms");
    figure("search_limit50_p50", find50.p50, "ms");
    figure("search_limit50_p99", find50.p99, "ms");
    figure("search_personal_p50", findTab.p50, "ms");
    figure("search_personal_p99", findTab.p99, "ms");
    figure("like_p50", likeSpread.p50, "ms");
    figure("like_p99", likeSpread.p99, "ms");
    figure("like_over_index_p50", likeSpread.p50 / find.p50, "x");
    figure("like_over_index_p99", likeSpread.p99 / find.p99, "x");
    figure("hits_per_query", static_cast<double>(indexHits) / static_cast<double>(terms.size()),
           "count");
    figure("like_result_mismatches", mismatches, "count");

    std::printf(
        "# %lld records, %d-record pages: applied in %.0f ms, %.0f ms of it on the processor "
        "(%.1f ms per page, max %.1f), file %.1f MB\n",
        static_cast<long long>(records), kPageSize, applyTotal, applyCpu, pages.p50, pages.max,
        fileMb);
    std::printf("# reopen %.1f ms + first page %.2f ms (%lld rows; unit tab %.2f ms, %lld rows); "
                "index built in %.0f ms\n",
                openMs, firstPageMs, static_cast<long long>(firstPage.size()), unitPageMs,
                static_cast<long long>(unitPage.size()), buildMs);
    std::printf("# search over %zu queries x %d: p50 %.2f ms, p99 %.2f ms, max %.2f ms (first 50: "
                "p50 %.3f, p99 %.2f)\n",
                terms.size(), kSearchRounds, find.p50, find.p99, find.max, find50.p50, find50.p99);
    std::printf("# SQL LIKE baseline: p50 %.1f ms, p99 %.1f ms -> index %.0fx faster at p50, "
                "%.0fx at p99; %d result mismatches, %zu hits\n",
                likeSpread.p50, likeSpread.p99, likeSpread.p50 / find.p50,
                likeSpread.p99 / find.p99, mismatches, likeHits);
    return mismatches == 0 ? 0 : 1;
}
