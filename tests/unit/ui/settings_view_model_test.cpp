#include "src/ui/settings_view_model.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace vaultlink::testing {
namespace {

using Mode = ui::AutoSync::Mode;
using Theme = ui::SettingsViewModel::Theme;

// Each test has its own settings file, as the app has settings.ini in its data folder.
class SettingsTest : public ::testing::Test {
protected:
    QString path() const { return dir.filePath(QStringLiteral("settings.ini")); }
    // The file as another instance of the app (or the next start) sees it.
    std::unique_ptr<QSettings> reopen() const {
        return std::make_unique<QSettings>(path(), QSettings::IniFormat);
    }
    void storeRaw(const QString &key, const QVariant &value) {
        store->setValue(key, value);
        store->sync();
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> store = reopen();
    ui::SettingsViewModel settings{*store};
    QSignalSpy changed{&settings, &ui::SettingsViewModel::changed};
};

TEST_F(SettingsTest, AFreshFileHasTheDefaults) {
    EXPECT_FALSE(settings.hidePersonal());
    EXPECT_TRUE(settings.searchAllTabs());
    EXPECT_EQ(settings.idleLockSeconds(), 300);
    EXPECT_EQ(settings.clipboardSeconds(), 30);
    EXPECT_EQ(settings.autoSync(), Mode::AnyConnection);
    EXPECT_FALSE(settings.logging());
    EXPECT_EQ(settings.theme(), Theme::System);
}

TEST_F(SettingsTest, TimesAreKeptWithinTheirBounds) {
    settings.setIdleLockSeconds(-5);
    EXPECT_EQ(settings.idleLockSeconds(), 0);
    settings.setIdleLockSeconds(100'000);
    EXPECT_EQ(settings.idleLockSeconds(), 86'400);
    settings.setClipboardSeconds(0);
    EXPECT_EQ(settings.clipboardSeconds(), 1);
    settings.setClipboardSeconds(601);
    EXPECT_EQ(settings.clipboardSeconds(), 600);
}

TEST_F(SettingsTest, TimesOutOfBoundsInTheFileAreReadWithinThem) {
    storeRaw(QStringLiteral("security/idleLockSeconds"), 999'999);
    storeRaw(QStringLiteral("security/clipboardSeconds"), -3);
    EXPECT_EQ(settings.idleLockSeconds(), 86'400);
    EXPECT_EQ(settings.clipboardSeconds(), 1);
    // Text is not "0" (which would mean never locking) but the default.
    storeRaw(QStringLiteral("security/idleLockSeconds"), QStringLiteral("soon"));
    EXPECT_EQ(settings.idleLockSeconds(), 300);
}

TEST_F(SettingsTest, ChangedIsEmittedOncePerRealChange) {
    settings.setHidePersonal(true);
    settings.setSearchAllTabs(false);
    settings.setIdleLockSeconds(60);
    settings.setClipboardSeconds(10);
    settings.setAutoSync(Mode::WifiOnly);
    settings.setLogging(true);
    settings.setTheme(Theme::Dark);
    EXPECT_EQ(changed.size(), 7);

    changed.clear();
    settings.setHidePersonal(true);
    settings.setSearchAllTabs(false);
    settings.setIdleLockSeconds(60);
    settings.setClipboardSeconds(10);
    settings.setAutoSync(Mode::WifiOnly);
    settings.setLogging(true);
    settings.setTheme(Theme::Dark);
    settings.setIdleLockSeconds(-1);
    settings.setIdleLockSeconds(0); // clamped to the same
    EXPECT_EQ(changed.size(), 1);
}

TEST_F(SettingsTest, TheDefaultSetOnAFreshFileIsNoChange) {
    settings.setSearchAllTabs(true);
    settings.setIdleLockSeconds(300);
    settings.setAutoSync(Mode::AnyConnection);
    settings.setTheme(Theme::System);
    EXPECT_EQ(changed.size(), 0);
}

TEST_F(SettingsTest, ValuesPersistForANewInstanceOverTheSameFile) {
    settings.setHidePersonal(true);
    settings.setSearchAllTabs(false);
    settings.setIdleLockSeconds(1800);
    settings.setClipboardSeconds(120);
    settings.setAutoSync(Mode::Off);
    settings.setLogging(true);
    settings.setTheme(Theme::Light);

    const std::unique_ptr<QSettings> again = reopen();
    ui::SettingsViewModel next(*again);
    EXPECT_TRUE(next.hidePersonal());
    EXPECT_FALSE(next.searchAllTabs());
    EXPECT_EQ(next.idleLockSeconds(), 1800);
    EXPECT_EQ(next.clipboardSeconds(), 120);
    EXPECT_EQ(next.autoSync(), Mode::Off);
    EXPECT_TRUE(next.logging());
    EXPECT_EQ(next.theme(), Theme::Light);

    // The file holds text now; the same values again are still no change.
    QSignalSpy nextChanged(&next, &ui::SettingsViewModel::changed);
    next.setIdleLockSeconds(1800);
    next.setHidePersonal(true);
    next.setAutoSync(Mode::Off);
    EXPECT_EQ(nextChanged.size(), 0);
}

TEST_F(SettingsTest, UnknownStoredChoicesFallBackToTheDefault) {
    storeRaw(QStringLiteral("sync/automatic"), 7);
    storeRaw(QStringLiteral("appearance/theme"), -1);
    EXPECT_EQ(settings.autoSync(), Mode::AnyConnection);
    EXPECT_EQ(settings.theme(), Theme::System);
    storeRaw(QStringLiteral("sync/automatic"), QStringLiteral("wifi"));
    storeRaw(QStringLiteral("appearance/theme"), QStringLiteral("dark"));
    EXPECT_EQ(settings.autoSync(), Mode::AnyConnection);
    EXPECT_EQ(settings.theme(), Theme::System);
}

// QML reads the choice as a number (the combo box's index) and writes one back.
TEST_F(SettingsTest, TheAutoSyncChoiceReachesQmlAsItsIndex) {
    EXPECT_TRUE(settings.setProperty("autoSync", 1));
    EXPECT_EQ(settings.autoSync(), Mode::WifiOnly);
    settings.setAutoSync(Mode::Off);
    EXPECT_EQ(settings.property("autoSync").toInt(), 2);
}

} // namespace
} // namespace vaultlink::testing
