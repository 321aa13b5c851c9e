#include "platform/desktop/kde_clipboard_marker.h"
#include "view_models_fixture.h"

#include <QClipboard>
#include <QElapsedTimer>

namespace vaultlink::testing {
namespace {

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

    EXPECT_EQ(vault.syncStatus()->recordCount(), 12);
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
    EXPECT_EQ(marker.afterCopies, 1); // Android and iOS mark the system's clip in place
    EXPECT_EQ(marker.lastClearAfter, std::chrono::seconds(1));
    ASSERT_TRUE(waitFor([] { return QGuiApplication::clipboard()->text().isEmpty(); }, 3000));
    EXPECT_EQ(marker.afterClears, 1) << "the platform's own clear is called off";

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
    EXPECT_TRUE(vault.syncStatus()->syncing());
    // The list keeps reading through its own connection while the sync writes through another.
    while (vault.syncStatus()->syncing()) {
        for (int row = 0; row < vault.records()->rowCount(); ++row)
            EXPECT_FALSE(vault.records()
                             ->data(vault.records()->index(row), ui::RecordListModel::NameRole)
                             .toString()
                             .isEmpty());
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    EXPECT_TRUE(vault.syncStatus()->error().isEmpty()) << vault.syncStatus()->error().toStdString();
    EXPECT_EQ(vault.syncStatus()->recordCount(), 13);
    EXPECT_EQ(vault.records()->rowCount(), 13);
    vault.setSearchText(QStringLiteral("zeta"));
    EXPECT_EQ(vault.records()->rowCount(), 1);

    server.addRecord(QStringLiteral("Omega"));
    vault.sync(false);
    vault.lock(); // at once, while the sync runs
    EXPECT_FALSE(session.isOpen());
    EXPECT_EQ(vault.records()->rowCount(), 0);
    ASSERT_TRUE(waitFor([&] { return !vault.syncStatus()->syncing(); }));
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

// The platform's own clear (Android's job) is called off whenever the guard's clear makes it
// unnecessary: it cleared the secret, or the secret is no longer on the clipboard.
TEST(ClipboardGuard, TellsTheMarkerWhenThePlatformsClearIsNoLongerWanted) {
    RecordingMarker marker;
    QClipboard &clipboard = *QGuiApplication::clipboard();
    ClipboardGuard guard(clipboard, marker);

    guard.copy(QStringLiteral("secret-1"), true);
    guard.clearNow();
    EXPECT_TRUE(clipboard.text().isEmpty());
    EXPECT_EQ(marker.afterClears, 1) << "cleared by the guard";
    guard.clearNow();
    EXPECT_EQ(marker.afterClears, 1) << "nothing left to clear";

    guard.copy(QStringLiteral("secret-2"), true);
    clipboard.setText(QStringLiteral("the user's own"));
    guard.clearNow();
    EXPECT_EQ(clipboard.text(), QStringLiteral("the user's own"));
    EXPECT_EQ(marker.afterClears, 2) << "something else was copied since";

    guard.copy(QStringLiteral("secret-3"), true);
    guard.copy(QStringLiteral("a user name"), false);
    EXPECT_EQ(marker.afterClears, 3) << "the guard itself copied over the secret";
    guard.copy(QStringLiteral("another user name"), false);
    EXPECT_EQ(marker.afterClears, 3) << "no secret was waiting";
    EXPECT_EQ(marker.afterCopies, 3);
    clipboard.clear();
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
