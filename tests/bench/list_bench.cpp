// The vault's list at a realistic size: the lazy model the page uses (RecordListModel: 100 rows
// read at a time, 16 pages kept) against loading every row at once, as a JavaScript array model
// in QML would need, measured in the same run on the same mirror.
// Usage: vaultlink_list_bench [records]   (default 100000; build in Release)
// Output: one "name value unit" line per figure, then a readable summary (lines start with #).

#include "src/storage/mirror.h"
#include "src/ui/record_list_model.h"
#include "tests/bench/synthetic_records.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QVariantMap>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace vaultlink;
using Clock = std::chrono::steady_clock;

namespace {
constexpr int kScreen = 12;   // rows a phone shows at once
constexpr int kFlings = 2000; // jumps to random places (a scroll bar dragged)

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double rssMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void figure(const char *name, double value, const char *unit) {
    std::printf("%s %.3f %s\n", name, value, unit);
}

// What a row of the list shows: name, user name and address.
int readScreen(const ui::RecordListModel &model, int first) {
    int characters = 0;
    for (int row = first; row < std::min(first + kScreen, model.rowCount()); ++row) {
        const QModelIndex index = model.index(row);
        for (const int role : {ui::RecordListModel::NameRole, ui::RecordListModel::UserNameRole,
                               ui::RecordListModel::UrlRole})
            characters += static_cast<int>(model.data(index, role).toString().size());
    }
    return characters;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const long records = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 100000;
    if (records <= 0)
        return 2;
    QTemporaryDir dir;
    SecureBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(i * 5 + 3); // synthetic data, throw-away key
    const QString path = dir.filePath(QStringLiteral("mirror.db"));
    {
        bench::SyntheticRecords generator(20261123);
        auto mirror = Mirror::open(path, key);
        for (qint64 first = 1; first <= records; first += 1000) {
            QList<QJsonObject> page;
            for (qint64 id = first; id < first + 1000 && id <= records; ++id)
                page.append(generator.next(id));
            mirror->applyPage(page, {}, QStringLiteral("c%1").arg(first), first);
        }
    }
    auto mirror = Mirror::open(path, key);
    int sink = 0;

    // Lazy: the first screen, then flings to random places (each a screen read).
    double rssBefore = rssMb();
    auto start = Clock::now();
    ui::RecordListModel model;
    model.showTab(mirror.get(), Tab::all());
    sink += readScreen(model, 0);
    const double lazyFirstMs = msSince(start);
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> place(0, std::max(0, model.rowCount() - kScreen));
    std::vector<double> flingMs;
    for (int i = 0; i < kFlings; ++i) {
        start = Clock::now();
        sink += readScreen(model, place(rng));
        flingMs.push_back(msSince(start));
    }
    // Dragged through from top to bottom, a screen at a time: what scrolling asks of the model.
    std::vector<double> scrollMs;
    for (int row = 0; row < model.rowCount(); row += kScreen) {
        start = Clock::now();
        sink += readScreen(model, row);
        scrollMs.push_back(msSince(start));
    }
    const double lazyRss = rssMb() - rssBefore;
    const auto at = [](std::vector<double> &samples, double q) {
        std::sort(samples.begin(), samples.end());
        return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1))];
    };

    // Baseline: every row read into a list of maps before anything is shown.
    rssBefore = rssMb();
    start = Clock::now();
    QVariantList all;
    for (const RecordSummary &row : mirror->list(Tab::all(), 0, static_cast<int>(records)))
        all.append(QVariantMap{{QStringLiteral("name"), row.name},
                               {QStringLiteral("userName"), row.userName},
                               {QStringLiteral("url"), row.url}});
    sink += static_cast<int>(all.size());
    const double fullFirstMs = msSince(start);
    const double fullRss = rssMb() - rssBefore;

    figure("records", static_cast<double>(model.rowCount()), "rows");
    figure("lazy_first_screen", lazyFirstMs, "ms");
    figure("lazy_scroll_p50", at(scrollMs, 0.5), "ms");
    figure("lazy_scroll_p99", at(scrollMs, 0.99), "ms");
    figure("lazy_scroll_max", scrollMs.back(), "ms");
    figure("lazy_jump_p50", at(flingMs, 0.5), "ms");
    figure("lazy_jump_p99", at(flingMs, 0.99), "ms");
    figure("lazy_rss_growth", lazyRss, "MB");
    figure("full_first_screen", fullFirstMs, "ms");
    figure("full_rss_growth", fullRss, "MB");
    std::printf("# %ld records: first screen %.1f ms lazy vs %.0f ms loading every row first; "
                "scrolling a screen p50 %.2f ms, p99 %.2f ms; a jump to a random place p50 %.2f "
                "ms, p99 %.2f ms (a 60 Hz frame is 16.7 ms); memory +%.1f MB lazy vs +%.1f MB "
                "(%d)\n",
                records, lazyFirstMs, fullFirstMs, at(scrollMs, 0.5), at(scrollMs, 0.99),
                at(flingMs, 0.5), at(flingMs, 0.99), lazyRss, fullRss, sink % 10);
    return 0;
}
