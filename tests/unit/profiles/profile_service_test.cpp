#include "src/crypto/random.h"
#include "src/profiles/failure.h"
#include "src/profiles/profile_service.h"
#include "src/storage/profile_registry.h"
#include "tests/unit/support/fake_environment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <tuple>

namespace vaultlink::testing {
namespace {

class ProfileServiceTest : public ::testing::Test {
protected:
    ProfileServiceTest()
        : service(dir.path(), environment.environment()) {
        for (int i = 0; i < 12; ++i)
            server.addRecord(QStringLiteral("Site %1").arg(i), QStringLiteral("pw-%1").arg(i));
    }

    SecureBuffer password() const { return SecureBuffer::fromUtf8(server.password); }

    ProfileService::Linked link(const QString &name = QStringLiteral("work")) {
        return service.link(target(), name, password(), OtpPrompt{});
    }

    static LinkTarget target() {
        return {QUrl(QStringLiteral("https://vault.example")),
                QString(),
                0,
                QStringLiteral("demo"),
                QStringLiteral("alice"),
                {}};
    }

    Failure failureOf(const std::function<void()> &action) {
        try {
            action();
        } catch (const std::exception &error) {
            return explain(error);
        }
        ADD_FAILURE() << "expected a failure";
        return {Failure::Kind::Server, QStringLiteral("none"), Message()};
    }

    QStringList mirrorFiles() const {
        return QDir(dir.filePath(QStringLiteral("mirrors"))).entryList(QDir::Files);
    }

    QTemporaryDir dir;
    FakeWebApp server;
    FakeEnvironment environment{server};
    TestClock &clock = environment.clock;
    ProfileService service;
};

TEST_F(ProfileServiceTest, LinkingFindsTheDatabaseByNameLogsInAndSyncs) {
    const ProfileService::Linked linked = link();
    EXPECT_EQ(linked.profile.databaseId, 1);
    EXPECT_EQ(linked.profile.databaseName, QStringLiteral("Demo"));
    EXPECT_EQ(linked.sync.report.count, 12);
    EXPECT_EQ(service.profiles().size(), 1);
    EXPECT_EQ(mirrorFiles().size(), 1);
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("WORK"), password());
    EXPECT_EQ(open->mirror->count(Tab::all()), 12);
    EXPECT_EQ(open->mirror->units().size(), 1); // from GET /session
}

TEST_F(ProfileServiceTest, AWrongPasswordIsToldByTheKeyWrapAndOpensNothing) {
    link();
    const Failure failure = failureOf([&] {
        service.unlock(QStringLiteral("work"), SecureBuffer::fromUtf8(QStringLiteral("x")));
    });
    EXPECT_EQ(failure.kind(), Failure::Kind::Authentication);
    EXPECT_EQ(failure.code(), QStringLiteral("wrong-password"));
}

TEST_F(ProfileServiceTest, AProfileWrappedUnderTheOld64MiBKdfIsWrappedLeanerByThePassword) {
    link();
    const ProfileRegistry registry(dir.filePath(QStringLiteral("profiles.json")));
    QList<ProfileRecord> all = registry.load();
    ASSERT_EQ(all.size(), 1);
    EXPECT_LE(all[0].kdf.memoryBytes(), kDefaultKdfMemory); // new profiles: 32 MiB at most
    const SecureBuffer dataKey =
        std::move(service.unlock(QStringLiteral("work"), password())->dataKey);
    // As a profile linked before the default changed has it: N = 2^16, p = 3 (64 MiB).
    KdfParams old = all[0].kdf;
    old.logN = 16;
    old.p = 3;
    old.salt = environment.random.bytes(16);
    all[0].kdf = old;
    all[0].passwordWrap = wrapDataKey(password(), all[0].id, dataKey, old, environment.random);
    registry.save(all);

    // A wrong password changes nothing.
    failureOf([&] {
        service.unlock(QStringLiteral("work"), SecureBuffer::fromUtf8(QStringLiteral("x")));
    });
    EXPECT_EQ(registry.load()[0].kdf.salt, old.salt);

    const std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    EXPECT_EQ(open->dataKey.size(), dataKey.size());
    EXPECT_EQ(QByteArray(reinterpret_cast<const char *>(open->dataKey.data()), 32),
              QByteArray(reinterpret_cast<const char *>(dataKey.data()), 32));
    const ProfileRecord lean = registry.load()[0];
    EXPECT_EQ(lean.kdf.logN, 15);
    EXPECT_EQ(lean.kdf.p, 6); // the same work in half the memory
    EXPECT_NE(lean.kdf.salt, old.salt);
    EXPECT_NE(lean.passwordWrap.toJson(), all[0].passwordWrap.toJson());
    // The new wrap opens with the same password, and the old one is gone.
    EXPECT_TRUE(unlockDataKey(password(), lean).has_value());
    EXPECT_FALSE(unlockDataKey(SecureBuffer::fromUtf8(QStringLiteral("x")), lean).has_value());
    EXPECT_NO_THROW(service.unlock(QStringLiteral("work"), password()));
    EXPECT_EQ(registry.load()[0].kdf.salt, lean.kdf.salt); // nothing more to change
}

TEST_F(ProfileServiceTest, ProfileNamesAreUniqueAndSeveralProfilesLiveSideBySide) {
    link(QStringLiteral("work"));
    EXPECT_EQ(failureOf([&] { link(QStringLiteral(" Work ")); }).code(),
              QStringLiteral("profile-exists"));
    link(QStringLiteral("second"));
    EXPECT_EQ(service.profiles().size(), 2);
    EXPECT_EQ(mirrorFiles().size(), 2);
}

TEST_F(ProfileServiceTest, ASecondFactorIsAskedForAndAnswered) {
    server.totp = true;
    EXPECT_EQ(failureOf([&] { link(); }).code(), QStringLiteral("mfa-required"));
    EXPECT_TRUE(service.profiles().isEmpty());
    int asked = 0;
    const auto linked = service.link(target(), QStringLiteral("work"), password(),
                                     [&](const MfaChallenge &challenge) {
                                         ++asked;
                                         EXPECT_EQ(challenge.methods.at(0).digits, 6);
                                         return QStringLiteral("123456");
                                     });
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(linked.sync.report.count, 12);
}

// Qt's warnings while alive (a front end's machine-readable output must carry none).
class QtWarnings {
public:
    QtWarnings() {
        s_caught.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &, const QString &text) {
                if (type != QtDebugMsg && type != QtInfoMsg)
                    s_caught.append(text);
            });
    }
    ~QtWarnings() { qInstallMessageHandler(m_previous); }
    QStringList caught() const { return s_caught; }

private:
    static inline QStringList s_caught;
    QtMessageHandler m_previous = nullptr;
};

TEST_F(ProfileServiceTest, ARevokedDeviceLosesItsMirrorAndProfile) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    server.deviceRevoked = true;
    const QtWarnings warnings;
    const Failure failure = failureOf([&] { service.sync(*open, password(), {}); });
    // The sync's lock file went with the mirror's folder entries, after it was released.
    EXPECT_EQ(warnings.caught(), QStringList());
    EXPECT_EQ(failure.kind(), Failure::Kind::Policy);
    EXPECT_EQ(failure.code(), QStringLiteral("device-revoked"));
    EXPECT_TRUE(service.profiles().isEmpty());
    EXPECT_TRUE(mirrorFiles().isEmpty());
}

TEST_F(ProfileServiceTest, AnEndedSessionLogsInAgainWithThePasswordAndKeepsTheMirror) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    open->mirror->setValues({{QStringLiteral("session.refreshToken"), QStringLiteral("stale")}});
    server.addRecord(QStringLiteral("new"));
    const SyncOutcome outcome = service.sync(*open, password(), {});
    EXPECT_TRUE(outcome.loggedIn);
    EXPECT_EQ(outcome.report.count, 13);
    EXPECT_EQ(server.logins, 2);
}

TEST_F(ProfileServiceTest, AResumedSessionNeedsNoLogin) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    const SyncOutcome outcome = service.sync(*open, password(), {});
    EXPECT_FALSE(outcome.loggedIn);
    EXPECT_EQ(server.logins, 1);
    EXPECT_GE(server.refreshes, 1);
}

TEST_F(ProfileServiceTest, ASecondSyncOfTheSameProfileWaitsForTheFirst) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    QLockFile other(open->files.path + QStringLiteral(".lock"));
    ASSERT_TRUE(other.tryLock(0)); // as another process synchronizing now
    const int refreshesBefore = server.refreshes;
    const Failure failure = failureOf([&] { service.sync(*open, password(), {}); });
    EXPECT_EQ(failure.code(), QStringLiteral("profile-busy"));
    EXPECT_EQ(server.refreshes, refreshesBefore); // the refresh token was not touched
    other.unlock();
    EXPECT_EQ(service.sync(*open, password(), {}).report.count, 12);
}

TEST_F(ProfileServiceTest, OfflineReadingStopsAfterTheServersLimit) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    EXPECT_NO_THROW(service.checkOfflineLimit(*open));
    clock.time = clock.time.addSecs(259200 + 60); // maxOfflineSeconds of the fake's policy
    const Failure failure = failureOf([&] { service.checkOfflineLimit(*open); });
    EXPECT_EQ(failure.code(), QStringLiteral("offline-too-long"));
    EXPECT_EQ(failure.kind(), Failure::Kind::Policy);
    EXPECT_EQ(failure.message().args().value(1), QStringLiteral("259200"));
}

// The reviewers' case: once the limit has refused reading, setting the clock back before the
// last sync must not open the vault again, in this process or the next; only a sync does.
TEST_F(ProfileServiceTest, SettingTheClockBackAfterTheLimitRefusedOpensNothing) {
    link();
    const QDateTime synced = clock.time;
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    clock.advance(259200 + 60);
    EXPECT_EQ(failureOf([&] { service.checkOfflineLimit(*open); }).code(),
              QStringLiteral("offline-too-long"));
    clock.time = synced.addSecs(-3600);
    EXPECT_EQ(failureOf([&] { service.checkOfflineLimit(*open); }).code(),
              QStringLiteral("offline-too-long"));
    open.reset();

    ProfileService restarted(dir.path(), environment.environment());
    std::unique_ptr<OpenProfile> again = restarted.unlock(QStringLiteral("work"), password());
    EXPECT_EQ(failureOf([&] { restarted.checkOfflineLimit(*again); }).code(),
              QStringLiteral("offline-too-long"));
    restarted.sync(*again, password(), {});
    EXPECT_NO_THROW(restarted.checkOfflineLimit(*again));
}

// Set back before the limit was reached, the clock does not stop the count either: time offline
// goes on growing from the first reading after the change.
TEST_F(ProfileServiceTest, TimeOfflineKeepsCountingAfterTheClockIsSetBack) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    clock.advance(2 * 86400);
    EXPECT_NO_THROW(service.checkOfflineLimit(*open));
    clock.advance(-30 * 86400);
    EXPECT_NO_THROW(service.checkOfflineLimit(*open)); // two days so far
    clock.advance(86400 + 60);
    EXPECT_EQ(failureOf([&] { service.checkOfflineLimit(*open); }).code(),
              QStringLiteral("offline-too-long"));
}

// A sync reads every page of the mirror once per opening of the file, not again at each sync of
// an app that stays unlocked: its own reopening of the same file keeps what was checked.
TEST_F(ProfileServiceTest, PagesAreReadOncePerOpeningOfTheFile) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    EXPECT_FALSE(open->mirror->pagesReadSinceOpened());
    service.sync(*open, password(), {});
    EXPECT_TRUE(open->mirror->pagesReadSinceOpened());
    open.reset();
    EXPECT_FALSE(
        service.unlock(QStringLiteral("work"), password())->mirror->pagesReadSinceOpened());
}

// Every file with vault data, and every folder, is created owner-only whatever the umask and the
// mode of a data folder that was already there; a full resync's file too.
TEST_F(ProfileServiceTest, EveryFileAndFolderIsOwnerOnly) {
    const mode_t before = ::umask(022);
    ASSERT_EQ(::chmod(QFile::encodeName(dir.path()).constData(), 0755), 0);
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    server.compactOnce = true;
    server.addRecord(QStringLiteral("after the compaction"));
    EXPECT_TRUE(service.sync(*open, password(), {}).report.fullResync);
    // Looked at while the mirror is open, with its write-ahead log and index beside it.
    QStringList seen;
    QDirIterator entries(dir.path(),
                         QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
    while (entries.hasNext()) {
        const QString path = entries.next();
        struct stat info {};
        ASSERT_EQ(::lstat(QFile::encodeName(path).constData(), &info), 0);
        const mode_t mode = info.st_mode & 07777;
        EXPECT_EQ(mode, S_ISDIR(info.st_mode) ? 0700u : 0600u)
            << path.toStdString() << " " << std::oct << mode;
        seen.append(QFileInfo(path).fileName());
    }
    ::umask(before);
    EXPECT_TRUE(seen.contains(QFileInfo(open->files.path).fileName() + QStringLiteral("-wal")))
        << seen.join(QLatin1Char(' ')).toStdString();
    struct stat top {};
    ASSERT_EQ(::stat(QFile::encodeName(dir.path()).constData(), &top), 0);
    EXPECT_EQ(top.st_mode & 07777, 0700u);
}

TEST_F(ProfileServiceTest, UnlinkLogsOutAndDeletesTheMirrorAndKey) {
    link();
    const Message notice = service.unlink(service.unlock(QStringLiteral("work"), password()));
    EXPECT_TRUE(notice.isEmpty());
    EXPECT_EQ(server.logouts, 1);
    EXPECT_TRUE(service.profiles().isEmpty());
    EXPECT_TRUE(mirrorFiles().isEmpty());
}

TEST_F(ProfileServiceTest, UnlinkWithoutTheServerStillForgetsLocallyAndSaysSo) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    server.failRequests = 100;
    const Message notice = service.unlink(std::move(open));
    EXPECT_EQ(notice.key(), QStringLiteral("server-not-told"));
    ASSERT_NE(notice.inner(), nullptr) << "why the server could not be told";
    EXPECT_TRUE(service.profiles().isEmpty());
    EXPECT_TRUE(mirrorFiles().isEmpty());
}

// Sign out keeps the copy unless the policy of the last contact says to wipe it; either way the
// server's session ends and the tokens are gone, so the next sync logs in with the password.
TEST_F(ProfileServiceTest, SignOutKeepsTheCopyForOfflineReadingAndTheNextSyncLogsInAgain) {
    link();
    const ProfileService::SignedOut result =
        service.signOut(service.unlock(QStringLiteral("work"), password()));
    EXPECT_FALSE(result.wiped);
    EXPECT_TRUE(result.notice.isEmpty());
    EXPECT_EQ(server.logouts, 1);
    ASSERT_EQ(service.profiles().size(), 1);
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    EXPECT_NO_THROW(service.checkOfflineLimit(*open));
    EXPECT_EQ(open->mirror->syncState().count, 12) << "readable offline";
    const SyncOutcome outcome = service.sync(*open, password(), {});
    EXPECT_TRUE(outcome.loggedIn);
    EXPECT_EQ(server.logins, 2);
}

TEST_F(ProfileServiceTest, SignOutUnderTheWipePolicyDeletesTheCopyEvenWithoutTheServer) {
    server.wipeOnLogout = true;
    link(); // the policy arrives with the first sync
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    server.failRequests = 100;
    const ProfileService::SignedOut result = service.signOut(std::move(open));
    EXPECT_TRUE(result.wiped);
    EXPECT_EQ(result.notice.key(), QStringLiteral("server-not-told"));
    EXPECT_TRUE(service.profiles().isEmpty());
    EXPECT_TRUE(mirrorFiles().isEmpty());
}

TEST_F(ProfileServiceTest, SignOutWithoutTheServerStillForgetsTheTokensAndSaysSo) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    server.failRequests = 100;
    const ProfileService::SignedOut result = service.signOut(std::move(open));
    EXPECT_FALSE(result.wiped);
    EXPECT_EQ(result.notice.key(), QStringLiteral("server-not-told"));
    server.failRequests = 0;
    open = service.unlock(QStringLiteral("work"), password());
    EXPECT_TRUE(service.sync(*open, password(), {}).loggedIn) << "signed out here all the same";
}

// The session ending is told as such: after how long without use, or at which maximum age.
TEST_F(ProfileServiceTest, ASessionTheServerEndedIsToldWithItsReasonWhenSignedInAgain) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    for (const auto &[reason, key, seconds] :
         {std::tuple{QStringLiteral("idle"), QStringLiteral("session-ended-idle"),
                     QStringLiteral("86400")},
          std::tuple{QStringLiteral("max-age"), QStringLiteral("session-ended-age"),
                     QStringLiteral("2592000")}}) {
        server.sessionEndReason = reason;
        server.endSessions();
        const SyncOutcome outcome = service.sync(*open, password(), {});
        EXPECT_TRUE(outcome.loggedIn);
        EXPECT_EQ(outcome.notice.key(), key);
        EXPECT_EQ(outcome.notice.args(), QStringList{seconds});
    }
    server.sessionEndReason.clear();
    server.endSessions();
    EXPECT_TRUE(service.sync(*open, password(), {}).notice.isEmpty()) << "no reason, no notice";
}

// Opened by biometrics (no password kept) and without a device key to sign in with: the user is
// asked to sign in, told first why.
TEST_F(ProfileServiceTest, ASessionEndedWhileOpenedByBiometricsSaysWhyThePasswordIsNeeded) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    server.sessionEndReason = QStringLiteral("idle");
    server.endSessions();
    const SecureBuffer none;
    const Failure failure = failureOf([&] { service.sync(*open, SignIn{none, {}, {}}); });
    EXPECT_EQ(failure.code(), QStringLiteral("sign-in-needs-password"));
    EXPECT_EQ(failure.message().key(), QStringLiteral("session-ended-idle"));
    EXPECT_EQ(failure.message().args(), QStringList{QStringLiteral("86400")});
    ASSERT_NE(failure.message().inner(), nullptr);
    EXPECT_EQ(failure.message().inner()->key(), QStringLiteral("sign-in-needs-password"));
}

TEST_F(ProfileServiceTest, TheOfflineAllowanceSaysWhatIsLeftAndWhenToWarn) {
    link();
    std::unique_ptr<OpenProfile> open = service.unlock(QStringLiteral("work"), password());
    std::optional<OfflineAllowance> allowance = service.checkOfflineLimit(*open);
    ASSERT_TRUE(allowance);
    EXPECT_EQ(allowance->limitSeconds, 259200); // three days
    EXPECT_EQ(allowance->leftSeconds, 259200);
    EXPECT_FALSE(allowance->warn);
    clock.advance(2 * 86400 - 60); // a day and a minute left: no warning yet
    EXPECT_FALSE(service.checkOfflineLimit(*open)->warn);
    clock.advance(120);
    allowance = service.checkOfflineLimit(*open);
    EXPECT_TRUE(allowance->warn);
    EXPECT_EQ(allowance->leftSeconds, 86400 - 60);
    service.sync(*open, password(), {});
    EXPECT_FALSE(service.checkOfflineLimit(*open)->warn) << "a sync starts the count again";
}

TEST(OfflineAllowanceWarning, AQuarterOrADayWhicheverIsMoreButNeverAllOfAShortLimit) {
    constexpr qint64 day = 86400;
    const struct {
        qint64 limit;
        qint64 threshold; // warned below this much left
    } rows[] = {
        {30 * day, 30 * day / 4}, // a week and a half before
        {4 * day, day},           // a quarter is a day
        {2 * day, day},           // half of it
        {day, day / 2},           // half of a short limit, not all of it
        {3600, 1800},
        {60, 30},
    };
    for (const auto &row : rows) {
        EXPECT_FALSE(OfflineAllowance::warnAt(row.limit, row.threshold)) << row.limit;
        EXPECT_TRUE(OfflineAllowance::warnAt(row.limit, row.threshold - 1)) << row.limit;
        EXPECT_FALSE(OfflineAllowance::warnAt(row.limit, row.limit)) << "right after a sync";
    }
}

} // namespace
} // namespace vaultlink::testing
