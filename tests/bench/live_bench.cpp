// The live vault (issue "Live vault") against a running reference server, in the app's own graph
// of view-models (ui::AppGraph) made of the app's parts: Qt's timers (ui::QtTimer, each wrapped
// to count its timeouts), the change-notice channel over TLS (SocketNoticeChannel),
// ProfileService over HTTPS (QtTransport), the SQLCipher mirror. The profile must be linked
// already (scripts/bench.sh uses the one vaultlink_sync_bench linked); the password is read from
// the first line of standard input. Build in Release.
//
//   vaultlink_live_bench PROFILE DATADIR [--rounds N] [--window S] [--closed-window S]
//                        [--settle S] [--keep-alive S] [--quick]
//
// 1. Latency. The app unlocks the profile (UnlockViewModel, as the Unlock page does), syncs and
//    opens the channel (LiveChanges). Another device of the same user, with a session of its own
//    and on a thread of its own so that the app's event loop runs meanwhile, renames the record at
//    the top of the list through the API (PATCH /records/{id}, docs/api.md §7.12) to a name that
//    keeps it there. Each round is timed from just before that request is sent (so an upper
//    bound of the time since the server committed the change) until the vault's RecordListModel
//    shows the new name in its first row (checked on its model signals). N rounds (default 50)
//    with the channel open: a notice, LiveChanges' pause, an incremental sync. The baseline, N
//    rounds in the same run: the channel closed (automatic sync off, which closes it), and the
//    app told to sync (VaultViewModel::sync) as soon as the API call returns, as if it learnt of
//    the change at once. The two kinds alternate in blocks of 10.
// 2. Idle cost. The vault open, nothing changing, the user's last key press just before: SETTLE
//    seconds (default 35: the runner's idle thread ends 30 s after the last sync), then a window
//    of WINDOW seconds (default 150, so that it holds a keep-alive: every 2 minutes) with the
//    channel open, then, as the baseline, CLOSED-WINDOW seconds (default 60) with it closed
//    (automatic sync off). In each window: the GUI thread's wake-ups (the kernel's count of its
//    voluntary context switches, and its event dispatcher's `awake` signal), every timer event it
//    delivered with its timer, the counting timers' timeouts, the channel's traffic(), the
//    kernel's TCP counters of the process's sockets to the server, and every thread's voluntary
//    context switches.
//    --quick: keep-alive every 15 s instead of 2 min, settle 3 s, windows of 20 s and 10 s: for
//    trying the benchmark out, not the app's figures.
//
// Output: "name value unit" lines, lines starting with '#' for people, and lines starting with
// '@' (a kind, then one JSON object) for the report (tests/bench/live_report.py).

#include "platform/camera_permission.h"
#include "platform/clipboard_marker.h"
#include "src/api/api_client.h"
#include "src/crypto/random.h"
#include "src/live/socket_notice_channel.h"
#include "src/net/transport.h"
#include "src/profiles/environment.h"
#include "src/profiles/failure.h"
#include "src/profiles/profile_service.h"
#include "src/ui/app_graph.h"
#include "src/ui/timer.h"
#include "tests/bench/measure.h"
#include "tests/bench/wake_counters.h"

#include <QClipboard>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

using namespace vaultlink;
using namespace vaultlink::bench;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

struct Options {
    QString profile;
    QString dataDir;
    int rounds = 50;
    milliseconds keepAlive = std::chrono::minutes(2);
    milliseconds settle = 35s;
    milliseconds window = 150s;
    milliseconds closedWindow = 60s;
    milliseconds closedSettle = 5s;
    bool quick = false;
};

constexpr int kBlock = 10;                  // rounds of one kind in a row
constexpr milliseconds kRoundLimit = 20s;   // a round that takes longer fails the benchmark
constexpr double kMinute = 60'000;          // ms
constexpr milliseconds kEditorLogin = 200s; // the other device logs in again (tokens: 300 s)
constexpr char kEditorDevice[] = "bench-live-editor";

// Runs the GUI thread's event loop until `done` holds or `limit` has passed; whether it holds.
bool runUntil(const std::function<bool()> &done, milliseconds limit) {
    if (done())
        return true;
    const auto start = SteadyClock::now();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || msSince(start) > static_cast<double>(limit.count()))
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    return done();
}

void runFor(milliseconds period) {
    QEventLoop loop;
    QTimer::singleShot(period, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

void emitJson(const char *kind, const QJsonObject &object) {
    std::printf("@%s %s\n", kind, QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
}

// The app's ui::QtTimer, counting its starts and timeouts for the report. The graph gets this in
// place of the bare QtTimer; what it waits on is the same Qt timer.
class CountingTimer final : public ui::Timer {
public:
    CountingTimer(QString name, const MainThreadWatch &watch)
        : m_name(std::move(name))
        , m_watch(watch) {
        m_inner.onTimeout([this] {
            ++m_fired;
            if (!m_qtTimer)
                m_qtTimer = m_watch.currentTimerReceiver();
            if (!m_singleShot)
                m_startedAt = SteadyClock::now();
            if (firedHook)
                firedHook();
            timedOut();
        });
    }

    void setSingleShot(bool singleShot) override {
        m_singleShot = singleShot;
        m_inner.setSingleShot(singleShot);
    }
    void start(milliseconds interval) override {
        m_interval = interval;
        m_startedAt = SteadyClock::now();
        ++m_starts;
        if (startedHook)
            startedHook();
        m_inner.start(interval);
    }
    void stop() override { m_inner.stop(); }
    bool isActive() const override { return m_inner.isActive(); }

    const QString &name() const { return m_name; }
    qint64 fired() const { return m_fired; }
    qint64 starts() const { return m_starts; }
    milliseconds interval() const { return m_interval; }
    bool singleShot() const { return m_singleShot; }
    // The Qt timer underneath, once it has fired (for the timer events of MainThreadWatch).
    const QObject *qtTimer() const { return m_qtTimer; }
    // Seconds until it fires next; negative when it is not running.
    double dueInSeconds() const {
        if (!isActive())
            return -1;
        return std::max(0.0, msBetween(SteadyClock::now(), m_startedAt + m_interval) / 1000);
    }

    std::function<void()> startedHook;
    std::function<void()> firedHook;

private:
    QString m_name;
    const MainThreadWatch &m_watch;
    ui::QtTimer m_inner;
    qint64 m_fired = 0;
    qint64 m_starts = 0;
    milliseconds m_interval{0};
    bool m_singleShot = false;
    SteadyClock::time_point m_startedAt{};
    const QObject *m_qtTimer = nullptr;
};

// Another device of the same user, renaming one record through the API with a session of its
// own, on a thread of its own: the app's event loop goes on meanwhile, as it would.
class OtherDevice {
public:
    struct Answer {
        SteadyClock::time_point sent{};     // just before the PATCH went to the transport
        SteadyClock::time_point answered{}; // its answer read
        QString error;
    };

    OtherDevice(const ProfileRecord &profile, const SecureBuffer &password, qint64 record)
        : m_worker(new QObject) {
        m_thread.setObjectName(QStringLiteral("other device"));
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
        QString error;
        QMetaObject::invokeMethod(
            m_worker,
            [&] {
                try {
                    m_state = std::make_unique<State>(profile, password, record);
                    m_state->login();
                } catch (const std::exception &failure) {
                    error = explain(failure).message().debugText();
                }
            },
            Qt::BlockingQueuedConnection);
        if (!error.isEmpty()) {
            stop();
            throw std::runtime_error("the other device: " + error.toStdString());
        }
    }
    OtherDevice(const OtherDevice &) = delete;
    OtherDevice &operator=(const OtherDevice &) = delete;
    ~OtherDevice() { stop(); }

    // Renames the record; `done` runs on `context`'s thread (the GUI thread) with the times.
    void rename(const QString &name, QObject *context, std::function<void(const Answer &)> done) {
        QMetaObject::invokeMethod(
            m_worker,
            [this, name, context, done = std::move(done)] {
                Answer answer;
                try {
                    m_state->rename(name, answer);
                } catch (const std::exception &failure) {
                    answer.error = explain(failure).message().debugText();
                }
                QMetaObject::invokeMethod(
                    context, [done, answer] { done(answer); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    // The time just before each request leaves for the network.
    class StampingTransport final : public Transport {
    public:
        explicit StampingTransport(std::unique_ptr<Transport> inner)
            : m_inner(std::move(inner)) {}
        HttpResponse send(const HttpRequest &request) override {
            lastSend = SteadyClock::now();
            return m_inner->send(request);
        }
        SteadyClock::time_point lastSend{};

    private:
        std::unique_ptr<Transport> m_inner;
    };

    // Made, used and destroyed on the device's thread (Qt's network objects live there).
    struct State {
        State(const ProfileRecord &of, const SecureBuffer &secret, qint64 id)
            : transport(std::make_unique<QtTransport>(
                  of.pin.isEmpty() ? TrustPolicy::systemStore() : TrustPolicy::pinned(of.pin)))
            , api(QUrl(of.serverUrl), transport, random)
            , profile(of)
            , password(SecureBuffer::copyOf(secret.view()))
            , record(id) {}

        void login() {
            const LoginOutcome outcome = api.login(
                profile.databaseId, profile.userName, password,
                {QString::fromLatin1(kEditorDevice), QStringLiteral("Live bench: another device")},
                profile.directoryDomain);
            if (!outcome.grant)
                throw std::runtime_error("the other device could not log in");
            token = outcome.grant->accessToken;
            loggedInAt = SteadyClock::now();
            revision = nameRevision(api.record(token, record));
        }

        void rename(const QString &name, Answer &answer) {
            if (msSince(loggedInAt) > static_cast<double>(kEditorLogin.count()))
                login();
            const QJsonObject changed = api.changeRecord(
                token, record, {FieldChange{QStringLiteral("name"), name, revision}});
            answer.answered = SteadyClock::now();
            answer.sent = transport.lastSend;
            revision = nameRevision(changed);
        }

        static qint64 nameRevision(const QJsonObject &json) {
            for (const QJsonValue field : json.value(QStringLiteral("fields")).toArray())
                if (field[QStringLiteral("key")].toString() == QLatin1String("name"))
                    return field[QStringLiteral("revision")].toInteger();
            throw std::runtime_error("the record has no name field");
        }

        SystemRandom random;
        StampingTransport transport;
        ApiClient api;
        ProfileRecord profile;
        SecureBuffer password;
        qint64 record;
        QString token;
        SteadyClock::time_point loggedInAt{};
        qint64 revision = 0;
    };

    void stop() {
        if (!m_thread.isRunning())
            return;
        QMetaObject::invokeMethod(
            m_worker, [this] { m_state.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QThread m_thread;
    QObject *m_worker; // on m_thread; deleted when it finishes
    std::unique_ptr<State> m_state;
};

// A moment, noted once.
struct Stamp {
    std::optional<SteadyClock::time_point> at;
    void mark() {
        if (!at)
            at = SteadyClock::now();
    }
};

struct Round {
    bool live = false;
    bool active = false;
    QString name;
    std::optional<OtherDevice::Answer> answer;
    Stamp noticed;     // LiveChanges started its pause: the notice was read
    Stamp pauseOver;   // ... and its pause ended: it asked for a sync
    Stamp syncStarted; // SyncStatus: syncing
    Stamp syncEnded;   // ... not syncing any more
    Stamp shown;       // the list's first row holds the new name
};

double between(const SteadyClock::time_point &from, const Stamp &to) {
    return to.at ? msBetween(from, *to.at) : -1;
}
double between(const Stamp &from, const Stamp &to) {
    return from.at && to.at ? msBetween(*from.at, *to.at) : -1;
}

// Everything counted at one moment of an idle phase.
struct Snapshot {
    SteadyClock::time_point at = SteadyClock::now();
    std::map<int, ThreadSwitches> threads;
    std::map<quint64, WireCounters> wire;
    SocketNoticeChannel::Traffic traffic;
    std::vector<qint64> fired; // per counting timer
};

struct TimerAtStart {
    bool active = false;
    double dueInSeconds = -1;
};

struct IdlePhase {
    MainThreadWatch::Counts main;
    Snapshot before;
    Snapshot after;
    std::vector<TimerAtStart> timers; // per counting timer, when the window began
    double windowMs = 0;
};

class Bench {
public:
    explicit Bench(const Options &options)
        : m_options(options)
        , m_device(QStringLiteral("Vaultlink"))
        , m_service(options.dataDir, m_device.environment())
        , m_settingsStore(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , m_marker(platform::makeClipboardMarker())
        , m_camera(platform::makeCameraPermission())
        , m_idleTimer(QStringLiteral("idle lock (IdleLock)"), m_watch)
        , m_syncTimer(QStringLiteral("sync period (AutoSync)"), m_watch)
        , m_liveTimer(
              QStringLiteral("pause after a notice, or next try after a drop (LiveChanges)"),
              m_watch)
        , m_leaveTimer(QStringLiteral("leave grace (LeaveLock)"), m_watch)
        , m_channel(m_device.environment().random, timing(options))
        , m_graph({m_service, m_settingsStore, m_dir.filePath(QStringLiteral("vaultlink.log")),
                   m_device.environment().clock, m_device.environment().random,
                   *QGuiApplication::clipboard(), *m_marker, *m_camera, QString(),
                   *QCoreApplication::instance(), m_idleTimer, m_syncTimer, m_liveTimer,
                   m_leaveTimer, m_channel,
                   // On the loopback: online and unmetered, as on Wi-Fi.
                   [] {
                       return ui::AutoSync::Connection{true, true};
                   }}) {}

    int run() {
        const SecureBuffer password = readPassword();
        const std::optional<ProfileRecord> profile = m_service.find(m_options.profile);
        if (!profile)
            throw std::runtime_error("no profile " + m_options.profile.toStdString());
        m_port = static_cast<quint16>(QUrl(profile->serverUrl).port(443));
        unlock(password);
        latency(*profile, password);
        idle();
        m_graph.vault.lock();
        return 0;
    }

private:
    static SocketNoticeChannel::Timing timing(const Options &options) {
        SocketNoticeChannel::Timing timing;
        timing.keepAlive = options.keepAlive;
        return timing;
    }

    std::vector<CountingTimer *> timers() {
        return {&m_idleTimer, &m_syncTimer, &m_liveTimer, &m_leaveTimer};
    }

    ui::SyncStatus &status() { return *m_graph.vault.syncStatus(); }
    ui::RecordListModel &list() { return *m_graph.vault.records(); }

    // Nothing running or about to: no sync, no pause, and the channel as the mode wants it.
    bool quiet(bool live) {
        using State = ui::LiveChanges::State;
        return !status().syncing() && !m_liveTimer.isActive() && !m_graph.runner.busy() &&
               m_graph.live.state() == (live ? State::Live : State::Off);
    }

    void settle(bool live, const char *what) {
        if (!runUntil([&] { return quiet(live); }, 60s))
            throw std::runtime_error(std::string(what) +
                                     ": the app did not settle (channel state " +
                                     std::to_string(static_cast<int>(m_graph.live.state())) +
                                     ", syncing " + std::to_string(status().syncing()) + "; " +
                                     status().failureLine().toStdString() + ")");
    }

    // Automatic sync on (the channel opens after a sync) or off (the channel closes).
    void setLive(bool live) {
        m_graph.settings.setAutoSync(live ? ui::AutoSync::Mode::AnyConnection
                                          : ui::AutoSync::Mode::Off);
        settle(live, live ? "opening the channel" : "closing the channel");
    }

    void unlock(const SecureBuffer &password) {
        const auto start = SteadyClock::now();
        m_graph.unlock.setProfileName(m_options.profile);
        m_graph.unlock.unlock(QString::fromUtf8(password.view()));
        runUntil([&] { return m_graph.session.isOpen() || !m_graph.unlock.error().isEmpty(); },
                 120s);
        if (!m_graph.session.isOpen())
            throw std::runtime_error("the unlock failed: " + m_graph.unlock.error().toStdString());
        const double unlocked = msSince(start);
        settle(true, "the first sync after the unlock");
        figure("unlock_to_live", msSince(start), "ms");
        figure("records", list().rowCount(), "rows");
        std::printf("# unlocked in %.0f ms (KDF included); synced and the channel open %.0f ms "
                    "after the unlock began; %d records in the list\n",
                    unlocked, msSince(start), list().rowCount());
    }

    // ---- latency --------------------------------------------------------------------------------

    void latency(const ProfileRecord &profile, const SecureBuffer &password) {
        ui::RecordListModel &model = list();
        if (model.rowCount() == 0)
            throw std::runtime_error("the list is empty");
        const qint64 target = model.idAt(0);
        const QString before = model.data(model.index(0), ui::RecordListModel::NameRole).toString();

        Round round;
        QObject context;
        bool wasSyncing = status().syncing();
        QObject::connect(&status(), &ui::SyncStatus::changed, &context, [&] {
            const bool syncing = status().syncing();
            if (round.active && syncing && !wasSyncing)
                round.syncStarted.mark();
            if (round.active && !syncing && wasSyncing)
                round.syncEnded.mark();
            wasSyncing = syncing;
        });
        m_liveTimer.startedHook = [&] {
            if (round.active && round.live)
                round.noticed.mark();
        };
        m_liveTimer.firedHook = [&] {
            if (round.active && round.live)
                round.pauseOver.mark();
        };
        const auto check = [&] {
            if (round.active && !round.shown.at && model.rowCount() > 0 &&
                model.data(model.index(0), ui::RecordListModel::NameRole).toString() == round.name)
                round.shown.mark();
        };
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &context, check);
        QObject::connect(&model, &QAbstractItemModel::modelReset, &context, check);
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &context, check);
        QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &context, check);

        OtherDevice other(profile, password, target);
        std::map<bool, std::map<std::string, std::vector<double>>> samples;
        std::mt19937 random(20261207);
        std::uniform_int_distribution<int> gap(100, 300);
        int number = 0;
        const int blocks = (m_options.rounds + kBlock - 1) / kBlock;
        for (int block = 0; block < 2 * blocks; ++block) {
            const bool live = block % 2 == 0;
            setLive(live);
            for (int i = 0; i < kBlock && (block / 2) * kBlock + i < m_options.rounds; ++i) {
                round = Round{};
                round.live = live;
                round.active = true;
                // "!" sorts before letters and digits: the record stays the list's first row.
                round.name = QStringLiteral("!Live change %1 (%2)")
                                 .arg(++number, 3, 10, QLatin1Char('0'))
                                 .arg(live ? QStringLiteral("notice") : QStringLiteral("sync"));
                other.rename(round.name, &context, [&](const OtherDevice::Answer &answer) {
                    round.answer = answer;
                    if (!round.live && answer.error.isEmpty())
                        m_graph.vault.sync(); // as if the app knew at once
                });
                const bool done = runUntil(
                    [&] {
                        return (round.answer && !round.answer->error.isEmpty()) ||
                               (round.answer && round.shown.at);
                    },
                    kRoundLimit);
                round.active = false;
                if (round.answer && !round.answer->error.isEmpty())
                    throw std::runtime_error("the other device's change failed: " +
                                             round.answer->error.toStdString());
                if (!done)
                    throw std::runtime_error("round " + std::to_string(number) +
                                             ": the list did not show the change "
                                             "within 20 s (" +
                                             status().failureLine().toStdString() + ")");
                const SteadyClock::time_point sent = round.answer->sent;
                auto &kind = samples[live];
                kind["total"].push_back(between(sent, round.shown));
                kind["answer"].push_back(msBetween(sent, round.answer->answered));
                kind["sync"].push_back(between(round.syncStarted, round.syncEnded));
                kind["list"].push_back(between(round.syncEnded, round.shown));
                if (live) {
                    kind["notice"].push_back(between(sent, round.noticed));
                    kind["pause"].push_back(between(round.noticed, round.pauseOver));
                    kind["to_sync"].push_back(between(round.pauseOver, round.syncStarted));
                } else {
                    kind["to_sync"].push_back(
                        msBetween(round.answer->answered, round.syncStarted.at.value_or(sent)));
                }
                settle(live, "after a round");
                runFor(milliseconds(gap(random))); // rounds not in step with anything
            }
        }
        m_liveTimer.startedHook = nullptr;
        m_liveTimer.firedHook = nullptr;
        report(samples);
        std::printf("# the record at the top of the list (id %lld, named \"%s\" before) "
                    "renamed %d times\n",
                    static_cast<long long>(target), before.toUtf8().constData(), number);
    }

    static void report(std::map<bool, std::map<std::string, std::vector<double>>> &samples) {
        for (const bool live : {true, false}) {
            const char *kind = live ? "live" : "baseline";
            const auto name = [&](const std::string &what) {
                return std::string(kind) + "_" + what;
            };
            auto &of = samples[live];
            const Spread total = spread(of["total"]);
            figure(name("rounds").c_str(), static_cast<double>(of["total"].size()), "count");
            figure(name("p50").c_str(), total.p50, "ms");
            figure(name("p99").c_str(), total.p99, "ms");
            figure(name("max").c_str(), total.max, "ms");
            if (!of["total"].empty())
                figure(name("min").c_str(),
                       *std::min_element(of["total"].begin(), of["total"].end()), "ms");
            for (const char *part : {"answer", "notice", "pause", "to_sync", "sync", "list"})
                if (of.count(part))
                    figure(name(std::string(part) + "_p50").c_str(), spread(of[part]).p50, "ms");
            QJsonArray all;
            for (const double value : of["total"])
                all.append(std::round(value * 10) / 10);
            emitJson(live ? "live_rounds" : "baseline_rounds", {{QStringLiteral("ms"), all}});
        }
        auto &live = samples[true];
        auto &base = samples[false];
        std::printf("# a change on another device until the list shows it, p50 / p99 / max: "
                    "channel %.0f / %.0f / %.0f ms (notice read %.0f after the request left, "
                    "pause %.0f, sync %.0f, list %.1f); a sync started when the API answered "
                    "%.0f / %.0f / %.0f ms (answer %.0f, sync %.0f, list %.1f)\n",
                    spread(live["total"]).p50, spread(live["total"]).p99, spread(live["total"]).max,
                    spread(live["notice"]).p50, spread(live["pause"]).p50, spread(live["sync"]).p50,
                    spread(live["list"]).p50, spread(base["total"]).p50, spread(base["total"]).p99,
                    spread(base["total"]).max, spread(base["answer"]).p50, spread(base["sync"]).p50,
                    spread(base["list"]).p50);
    }

    // ---- idle -----------------------------------------------------------------------------------

    Snapshot snapshot() {
        Snapshot now;
        now.threads = threadSwitches();
        now.wire = wireCounters(m_port);
        now.traffic = m_channel.traffic();
        for (const CountingTimer *timer : timers())
            now.fired.push_back(timer->fired());
        return now;
    }

    // `settle`, then a window of `length` measured: one event loop throughout, the window opened
    // and closed by two timers of the benchmark's own (left out of the counts).
    IdlePhase measureIdle(milliseconds settleFor, milliseconds length) {
        IdlePhase phase;
        QEventLoop loop;
        QTimer begin;
        QTimer end;
        for (QTimer *timer : {&begin, &end}) {
            timer->setSingleShot(true);
            timer->setTimerType(Qt::PreciseTimer);
            m_watch.ignore(timer);
        }
        QObject::connect(&begin, &QTimer::timeout, &loop, [&] {
            for (const CountingTimer *timer : timers())
                phase.timers.push_back({timer->isActive(), timer->dueInSeconds()});
            phase.before = snapshot();
            m_watch.start();
            end.start(length);
        });
        QObject::connect(&end, &QTimer::timeout, &loop, [&] {
            phase.main = m_watch.counts();
            phase.after = snapshot();
            loop.quit();
        });
        begin.start(settleFor);
        loop.exec();
        m_watch.clearIgnored();
        phase.windowMs = msBetween(phase.before.at, phase.after.at);
        return phase;
    }

    void idle() {
        setLive(true);
        // The user's last touch: the idle lock counts from here, as it would.
        QObject target;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &press);
        const IdlePhase open = measureIdle(m_options.settle, m_options.window);
        if (m_graph.live.state() != ui::LiveChanges::State::Live)
            throw std::runtime_error("the channel did not stay open through the window");
        setLive(false);
        const IdlePhase closed = measureIdle(m_options.closedSettle, m_options.closedWindow);
        figure("quick", m_options.quick ? 1 : 0, "flag");
        figure("keep_alive", static_cast<double>(m_options.keepAlive.count()) / 1000, "s");
        figure("settle", static_cast<double>(m_options.settle.count()) / 1000, "s");
        describe("idle", open, true);
        describe("closed", closed, false);
    }

    // The name of a timer the GUI thread delivered an event to.
    QString labelOf(const MainThreadWatch::TimerSource &source) {
        for (const CountingTimer *timer : timers())
            if (timer->qtTimer() == source.receiver)
                return timer->name();
        const SocketNoticeChannel::Timing timing = Bench::timing(m_options);
        if (source.className == QLatin1String("QTimer") && source.singleShot) {
            if (source.interval == timing.keepAlive.count())
                return QStringLiteral("keep-alive (SocketNoticeChannel)");
            if (source.interval == timing.pongWait.count())
                return QStringLiteral("pong deadline (SocketNoticeChannel)");
            if (source.interval == timing.openWait.count())
                return QStringLiteral("open deadline (SocketNoticeChannel)");
        }
        return source.className;
    }

    void describe(const char *prefix, const IdlePhase &phase, bool channelOpen) {
        const auto name = [&](const char *what) { return std::string(prefix) + "_" + what; };
        const double minutes = phase.windowMs / kMinute;
        const double hours = phase.windowMs / 3'600'000;
        const int gui = static_cast<int>(getpid());

        // The GUI thread: the kernel's count of its sleeps, less the benchmark's own timer that
        // ended the window; the dispatcher's count likewise.
        const auto guiBefore = phase.before.threads.find(gui);
        const auto guiAfter = phase.after.threads.find(gui);
        const double guiWakeUps =
            guiBefore != phase.before.threads.end() && guiAfter != phase.after.threads.end()
                ? static_cast<double>(guiAfter->second.voluntary - guiBefore->second.voluntary - 1)
                : -1;
        const double awake = static_cast<double>(phase.main.awake - 1);
        double processWakeUps = 0; // every thread, the same way
        for (const auto &[id, now] : phase.after.threads) {
            const auto earlier = phase.before.threads.find(id);
            const qint64 from =
                earlier == phase.before.threads.end() ? 0 : earlier->second.voluntary;
            const qint64 woke = now.voluntary - from - (id == gui ? 1 : 0);
            processWakeUps += static_cast<double>(woke);
            QJsonObject thread{
                {QStringLiteral("name"), id == gui ? QStringLiteral("GUI thread") : now.name},
                {QStringLiteral("wakeups"), woke},
                {QStringLiteral("new"), earlier == phase.before.threads.end()}};
            if (woke > 0 || id == gui)
                emitJson((std::string(prefix) + "_thread").c_str(), thread);
        }
        for (const auto &[id, then] : phase.before.threads)
            if (!phase.after.threads.count(id))
                emitJson((std::string(prefix) + "_thread").c_str(),
                         {{QStringLiteral("name"), then.name},
                          {QStringLiteral("wakeups"), QJsonValue()},
                          {QStringLiteral("ended"), true}});

        const SocketNoticeChannel::Traffic &t0 = phase.before.traffic;
        const SocketNoticeChannel::Traffic &t1 = phase.after.traffic;
        const double channelWakeUps = static_cast<double>(t1.wakeUps - t0.wakeUps);
        const double channelSent = static_cast<double>(t1.bytesSent - t0.bytesSent);
        const double channelReceived = static_cast<double>(t1.bytesReceived - t0.bytesReceived);
        const WireCounters wire = wireDelta(phase.before.wire, phase.after.wire);

        // Each timer: the app's counting timers (running or not), then every other timer the GUI
        // thread delivered an event to. More than once a minute: two timeouts less than a minute
        // apart, or a repeating timer running with a period under a minute.
        int tooOften = 0;
        const std::vector<CountingTimer *> counting = timers();
        for (std::size_t i = 0; i < counting.size(); ++i) {
            const CountingTimer &timer = *counting[i];
            const qint64 fires = phase.after.fired[i] - phase.before.fired[i];
            const bool running = phase.timers[i].active;
            const bool often = running && !timer.singleShot() && timer.interval() < 60s;
            tooOften += often ? 1 : 0;
            emitJson((std::string(prefix) + "_timer").c_str(),
                     {{QStringLiteral("label"), timer.name()},
                      {QStringLiteral("interval_s"),
                       timer.starts() > 0 ? static_cast<double>(timer.interval().count()) / 1000
                                          : QJsonValue()},
                      {QStringLiteral("single_shot"), timer.singleShot()},
                      {QStringLiteral("running"), running},
                      {QStringLiteral("due_in_s"),
                       running ? std::round(phase.timers[i].dueInSeconds) : QJsonValue()},
                      {QStringLiteral("fires"), fires},
                      {QStringLiteral("too_often"), often}});
        }
        for (const MainThreadWatch::TimerSource &source : phase.main.timers) {
            double minGap = -1;
            for (std::size_t i = 1; i < source.firedAtMs.size(); ++i) {
                const double gap = (source.firedAtMs[i] - source.firedAtMs[i - 1]) / 1000;
                minGap = minGap < 0 ? gap : std::min(minGap, gap);
            }
            const bool often = minGap >= 0 && minGap < 60;
            const bool counted = std::any_of(counting.begin(), counting.end(), [&](auto *timer) {
                return timer->qtTimer() == source.receiver;
            });
            if (!counted)
                tooOften += often ? 1 : 0; // the counting timers' verdicts are above
            emitJson((std::string(prefix) + "_timer_event").c_str(),
                     {{QStringLiteral("label"), labelOf(source)},
                      {QStringLiteral("class"), source.className},
                      {QStringLiteral("interval_s"),
                       source.interval >= 0 ? source.interval / 1000.0 : QJsonValue()},
                      {QStringLiteral("single_shot"), source.singleShot},
                      {QStringLiteral("fires"), static_cast<qint64>(source.firedAtMs.size())},
                      {QStringLiteral("min_gap_s"), minGap >= 0 ? minGap : QJsonValue()},
                      {QStringLiteral("too_often"), often}});
        }

        figure(name("window").c_str(), phase.windowMs / 1000, "s");
        figure(name("channel_open").c_str(), channelOpen ? 1 : 0, "flag");
        figure(name("gui_wakeups").c_str(), guiWakeUps, "count");
        figure(name("gui_wakeups_per_min").c_str(), guiWakeUps / minutes, "per_min");
        figure(name("gui_awake").c_str(), awake, "count");
        figure(name("gui_awake_per_min").c_str(), awake / minutes, "per_min");
        figure(name("gui_timer_events").c_str(), static_cast<double>(phase.main.timerEvents),
               "count");
        figure(name("gui_socket_events").c_str(), static_cast<double>(phase.main.socketEvents),
               "count");
        figure(name("gui_queued_calls").c_str(), static_cast<double>(phase.main.queuedCalls),
               "count");
        figure(name("process_wakeups").c_str(), processWakeUps, "count");
        figure(name("process_wakeups_per_min").c_str(), processWakeUps / minutes, "per_min");
        figure(name("channel_wakeups").c_str(), channelWakeUps, "count");
        figure(name("channel_bytes_sent").c_str(), channelSent, "B");
        figure(name("channel_bytes_received").c_str(), channelReceived, "B");
        figure(name("channel_bytes_per_hour").c_str(), (channelSent + channelReceived) / hours,
               "B_per_h");
        figure(name("wire_bytes_sent").c_str(), static_cast<double>(wire.bytesSent), "B");
        figure(name("wire_bytes_received").c_str(), static_cast<double>(wire.bytesReceived), "B");
        figure(name("wire_segments").c_str(),
               static_cast<double>(wire.segmentsOut + wire.segmentsIn), "count");
        figure(name("wire_bytes_per_hour").c_str(),
               static_cast<double>(wire.bytesSent + wire.bytesReceived) / hours, "B_per_h");
        figure(name("timers_more_than_once_a_minute").c_str(), tooOften, "count");
        std::printf("# %s: %.0f s with the channel %s: the GUI thread woke %.0f times (%.2f a "
                    "minute; its dispatcher's awake %.0f), %lld timer events, %lld socket "
                    "events; all threads %.0f; the channel %.0f wake-ups, %.0f bytes sent and "
                    "%.0f received (%.0f B/h); TCP %lld + %lld bytes in %lld segments; timers "
                    "waking more than once a minute: %d\n",
                    prefix, phase.windowMs / 1000, channelOpen ? "open" : "closed", guiWakeUps,
                    guiWakeUps / minutes, awake, static_cast<long long>(phase.main.timerEvents),
                    static_cast<long long>(phase.main.socketEvents), processWakeUps, channelWakeUps,
                    channelSent, channelReceived, (channelSent + channelReceived) / hours,
                    static_cast<long long>(wire.bytesSent),
                    static_cast<long long>(wire.bytesReceived),
                    static_cast<long long>(wire.segmentsOut + wire.segmentsIn), tooOften);
    }

    const Options m_options;
    DeviceEnvironment m_device;
    ProfileService m_service;
    QTemporaryDir m_dir;
    QSettings m_settingsStore;
    std::unique_ptr<platform::ClipboardMarker> m_marker;
    std::unique_ptr<platform::CameraPermission> m_camera;
    MainThreadWatch m_watch;
    CountingTimer m_idleTimer;
    CountingTimer m_syncTimer;
    CountingTimer m_liveTimer;
    CountingTimer m_leaveTimer;
    SocketNoticeChannel m_channel;
    ui::AppGraph m_graph;
    quint16 m_port = 0;
};

int usage() {
    std::fputs("usage: vaultlink_live_bench PROFILE DATADIR [--rounds N] [--window S] "
               "[--closed-window S] [--settle S] [--keep-alive S] [--quick]\n"
               "(password on standard input)\n",
               stderr);
    return 64;
}

std::optional<Options> parse(QStringList args) {
    if (args.size() < 2)
        return std::nullopt;
    Options options;
    options.profile = args.takeFirst();
    options.dataDir = args.takeFirst();
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--quick")) {
            options.quick = true;
            options.keepAlive = 15s;
            options.settle = 3s;
            options.window = 20s;
            options.closedWindow = 10s;
            options.closedSettle = 2s;
            continue;
        }
        if (args.isEmpty())
            return std::nullopt;
        bool ok = false;
        const int value = args.takeFirst().toInt(&ok);
        if (!ok || value <= 0)
            return std::nullopt;
        if (option == QLatin1String("--rounds"))
            options.rounds = value;
        else if (option == QLatin1String("--window"))
            options.window = std::chrono::seconds(value);
        else if (option == QLatin1String("--closed-window"))
            options.closedWindow = std::chrono::seconds(value);
        else if (option == QLatin1String("--settle"))
            options.settle = std::chrono::seconds(value);
        else if (option == QLatin1String("--keep-alive"))
            options.keepAlive = std::chrono::seconds(value);
        else
            return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char **argv) {
    // The app's graph needs a QGuiApplication (the clipboard); no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const std::optional<Options> options = parse(QCoreApplication::arguments().mid(1));
    if (!options)
        return usage();
    try {
        Bench bench(*options);
        return bench.run();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "vaultlink_live_bench: %s\n",
                     explain(error).message().debugText().toUtf8().constData());
        return 1;
    }
}
