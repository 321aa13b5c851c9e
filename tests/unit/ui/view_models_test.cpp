#include "fake_web_app.h"
#include "platform/clipboard_marker.h"
#include "platform/desktop/kde_clipboard_marker.h"
#include "src/crypto/clock.h"
#include "src/crypto/random.h"
#include "src/profiles/profile_service.h"
#include "src/ui/clipboard_guard.h"
#include "src/ui/link_view_model.h"
#include "src/ui/profiles_model.h"
#include "src/ui/record_view_model.h"
#include "src/ui/task_runner.h"
#include "src/ui/unlock_view_model.h"
#include "src/ui/vault_session.h"
#include "src/ui/vault_view_model.h"
#include "wait_for.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMimeData>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

// Counts what the platform shim was asked to mark as sensitive.
class RecordingMarker final : public platform::ClipboardMarker {
public:
    void markSensitive(QMimeData &data) const override {
        ++marked;
        data.setData(QStringLiteral("application/x-test-sensitive"), QByteArrayLiteral("1"));
    }
    mutable int marked = 0;
};

// The view-models over the real core, against the fake server behind the network seam.
class ViewModels : public ::testing::Test {
protected:
    ViewModels() {
        for (int i = 0; i < 12; ++i)
            server.addRecord(QStringLiteral("Site %1").arg(i), QStringLiteral("pw-%1").arg(i));
    }

    void linkWork() {
        link.lookUp(QStringLiteral("vault.example"), QString());
        ASSERT_TRUE(waitFor([&] { return link.step() == ui::LinkViewModel::Step::Database; }))
            << link.error().toStdString();
        link.chooseDatabase(QStringLiteral("demo"));
        link.link(QStringLiteral("alice"), server.password, QStringLiteral("work"));
        ASSERT_TRUE(waitFor([&] { return link.step() == ui::LinkViewModel::Step::Done; }))
            << link.error().toStdString();
    }

    QTemporaryDir dir;
    FakeWebApp server;
    SystemRandom random;
    SystemClock clock;
    ProfileService service{
        dir.path(),
        Environment{random, clock,
                    [this](const TrustPolicy &) { return std::make_unique<Forward>(server); },
                    [](std::chrono::milliseconds) {}, std::chrono::milliseconds(1),
                    QStringLiteral("test"), std::chrono::milliseconds(50)}};
    ui::TaskRunner runner;
    ui::VaultSession session;
    RecordingMarker marker;
    ui::ClipboardGuard clipboard{*QGuiApplication::clipboard(), marker};
    ui::ProfilesModel profiles{service, session};
    ui::LinkViewModel link{service, runner};
    ui::UnlockViewModel unlock{service, runner, session};
    ui::VaultViewModel vault{service, runner, session};
    qint64 now = 59;
    ui::RecordViewModel record{session, clipboard, [this] { return now; }};
};

TEST_F(ViewModels, LinkUnlockSearchAndCopyAsAUserWould) {
    linkWork();
    EXPECT_EQ(link.linkedProfile(), QStringLiteral("work"));
    EXPECT_EQ(link.total(), 12);
    profiles.reload();
    ASSERT_EQ(profiles.rowCount(), 1);
    EXPECT_EQ(profiles.data(profiles.index(0), ui::ProfilesModel::DatabaseRole).toString(),
              QStringLiteral("Demo")); // the server's spelling

    // Wrong passwords are told, and slowed down from the second on.
    unlock.setProfileName(QStringLiteral("work"));
    unlock.unlock(QStringLiteral("nope"));
    ASSERT_TRUE(waitFor([&] { return !unlock.busy(); }));
    EXPECT_EQ(unlock.errorCode(), QStringLiteral("wrong-password"));
    EXPECT_EQ(unlock.waitSeconds(), 0);
    unlock.unlock(QStringLiteral("still wrong"));
    ASSERT_TRUE(waitFor([&] { return !unlock.busy(); }));
    EXPECT_GT(unlock.waitSeconds(), 0);
    unlock.unlock(server.password); // refused while waiting
    EXPECT_FALSE(unlock.busy());
    ASSERT_TRUE(waitFor([&] { return unlock.waitSeconds() == 0; }, 5000));
    unlock.unlock(server.password);
    ASSERT_TRUE(waitFor([&] { return session.isOpen(); })) << unlock.error().toStdString();

    EXPECT_EQ(vault.recordCount(), 12);
    EXPECT_EQ(vault.records()->rowCount(), 12);
    vault.setSearchText(QStringLiteral("SITE 1"));
    ASSERT_EQ(vault.records()->rowCount(), 3); // Site 1, Site 10, Site 11
    EXPECT_EQ(vault.records()->data(vault.records()->index(0), ui::RecordListModel::NameRole),
              QStringLiteral("Site 1"));

    record.open(vault.records()->idAt(0));
    EXPECT_EQ(record.name(), QStringLiteral("Site 1"));
    const QVariantList fields = record.fields();
    const auto password = std::find_if(fields.begin(), fields.end(), [](const QVariant &f) {
        return f.toMap().value(QStringLiteral("key")) == QStringLiteral("password");
    });
    ASSERT_NE(password, fields.end());
    EXPECT_TRUE(password->toMap().value(QStringLiteral("value")).toString().isEmpty())
        << "a secret reached the page before it was revealed";

    clipboard.setClearAfterSeconds(1);
    ASSERT_TRUE(record.copy(QStringLiteral("password")));
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("pw-1"));
    EXPECT_EQ(marker.marked, 1);
    EXPECT_TRUE(QGuiApplication::clipboard()->mimeData()->hasFormat(
        QStringLiteral("application/x-test-sensitive")));
    ASSERT_TRUE(waitFor([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 3000));

    vault.lock();
    EXPECT_FALSE(session.isOpen());
    EXPECT_EQ(vault.records()->rowCount(), 0);
    EXPECT_TRUE(record.name().isEmpty());
}

TEST_F(ViewModels, ASyncUpdatesTheListWhileItIsReadAndLockingMeanwhileIsSafe) {
    linkWork();
    unlock.setProfileName(QStringLiteral("work"));
    unlock.unlock(server.password);
    ASSERT_TRUE(waitFor([&] { return session.isOpen(); }));
    server.addRecord(QStringLiteral("Zeta new"));
    vault.sync(false);
    EXPECT_TRUE(vault.syncing());
    // The list keeps reading through its own connection while the sync writes through another.
    while (vault.syncing()) {
        for (int row = 0; row < vault.records()->rowCount(); ++row)
            EXPECT_FALSE(vault.records()
                             ->data(vault.records()->index(row), ui::RecordListModel::NameRole)
                             .toString()
                             .isEmpty());
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    EXPECT_TRUE(vault.syncError().isEmpty()) << vault.syncError().toStdString();
    EXPECT_EQ(vault.recordCount(), 13);
    EXPECT_EQ(vault.records()->rowCount(), 13);
    vault.setSearchText(QStringLiteral("zeta"));
    EXPECT_EQ(vault.records()->rowCount(), 1);

    server.addRecord(QStringLiteral("Omega"));
    vault.sync(false);
    vault.lock(); // at once, while the sync runs
    EXPECT_FALSE(session.isOpen());
    EXPECT_EQ(vault.records()->rowCount(), 0);
    ASSERT_TRUE(waitFor([&] { return !vault.syncing(); }));
    EXPECT_FALSE(session.isOpen()) << "a finished sync reopened a locked vault";
}

TEST(ClipboardMarker, TheDesktopMarksSecretsForKdeClipboardManagers) {
    QMimeData data;
    platform::KdeClipboardMarker().markSensitive(data);
    EXPECT_EQ(data.data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
    QMimeData viaFactory;
    platform::makeClipboardMarker()->markSensitive(viaFactory);
    EXPECT_TRUE(viaFactory.hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
}

TEST_F(ViewModels, LinkInputIsCheckedWithItsOwnMessage) {
    link.lookUp(QStringLiteral("http://vault.example"), QString());
    EXPECT_EQ(link.errorCode(), QStringLiteral("address"));
    EXPECT_EQ(link.step(), ui::LinkViewModel::Step::Start);
    link.useCode(QStringLiteral("https://example.com/"));
    EXPECT_EQ(link.errorCode(), QStringLiteral("qr-not-vaultlink"));
    link.openImage(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.png"))));
    ASSERT_TRUE(waitFor([&] { return !link.busy(); }));
    EXPECT_EQ(link.errorCode(), QStringLiteral("qr-unreadable"));
}

TEST_F(ViewModels, ASecondLinkUnderTheSameNameIsRefusedBeforeLoggingIn) {
    linkWork();
    link.reset();
    const int logins = server.logins;
    link.lookUp(QStringLiteral("vault.example"), QString());
    ASSERT_TRUE(waitFor([&] { return link.step() == ui::LinkViewModel::Step::Database; }));
    link.chooseDatabase(QStringLiteral("demo"));
    EXPECT_EQ(link.suggestedName(), QStringLiteral("demo on vault.example"));
    link.link(QStringLiteral("alice"), server.password, QStringLiteral("WORK"));
    EXPECT_EQ(link.errorCode(), QStringLiteral("profile-exists"));
    EXPECT_EQ(server.logins, logins);
}

} // namespace
} // namespace vaultlink::testing
