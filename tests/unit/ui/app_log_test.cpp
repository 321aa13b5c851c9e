#include "src/ui/app_log.h"
#include "tests/unit/support/doubles.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

class AppLogTest : public ::testing::Test {
protected:
    AppLogTest() {
        clock.advance(5);
        log.setEnabled(true);
    }

    QString path() const { return dir.filePath(QStringLiteral("vaultlink.log")); }

    QTemporaryDir dir;
    TestClock clock; // 2026-11-22 10:00 UTC, moved 5 s on when the test starts
    ui::AppLog log{path(), clock};
    QSignalSpy written{&log, &ui::AppLog::written};
};

TEST_F(AppLogTest, NothingIsWrittenWhileDisabled) {
    log.setEnabled(false);
    log.write(QStringLiteral("synced"));
    EXPECT_FALSE(QFile::exists(path()));
    EXPECT_TRUE(log.text().isEmpty());
    EXPECT_EQ(written.size(), 0);
}

TEST_F(AppLogTest, ALineIsTheUtcTimeAndTheEventWithItsLineBreaksFolded) {
    log.write(QStringLiteral("unlocked work"));
    clock.time = QDateTime(QDate(2026, 11, 22), QTime(12, 30), QTimeZone(2 * 3600));
    log.write(QStringLiteral("sync failed (timeout):\nno answer\r\nforged line"));
    EXPECT_EQ(log.text(), QStringLiteral("2026-11-22T10:00:05Z unlocked work\n"
                                         "2026-11-22T10:30:00Z sync failed (timeout): no answer  "
                                         "forged line\n"));
    EXPECT_EQ(written.size(), 2);
}

TEST_F(AppLogTest, TheFileIsTheOwnersOnly) {
    // Also a file left readable by others, as an older version may have made it.
    QFile old(path());
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.close();
    ASSERT_TRUE(
        old.setPermissions(old.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    log.write(QStringLiteral("linked work"));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    EXPECT_EQ(QFile::permissions(path()) & others, QFileDevice::Permissions());
    EXPECT_TRUE(
        QFile::permissions(path()).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    QFile::remove(path());
    log.write(QStringLiteral("linked again"));
    EXPECT_EQ(QFile::permissions(path()) & others, QFileDevice::Permissions());
}

TEST_F(AppLogTest, PastItsLimitTheOlderHalfGoesAtALineBoundary) {
    const QString padding(90, QLatin1Char('x'));
    int count = 0;
    while (QFile(path()).size() <= ui::AppLog::kMaxBytes)
        log.write(QStringLiteral("event %1 %2").arg(++count).arg(padding));
    log.write(QStringLiteral("event %1 %2").arg(++count).arg(padding));

    const qint64 size = QFile(path()).size();
    EXPECT_LE(size, ui::AppLog::kMaxBytes / 2 + 300);
    EXPECT_GE(size, ui::AppLog::kMaxBytes / 2 - 300);
    const QStringList lines = log.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QRegularExpression whole(QStringLiteral("^2026-11-22T10:00:05Z event (\\d+) x{90}$"));
    ASSERT_FALSE(lines.isEmpty());
    int expected = -1;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = whole.match(line);
        ASSERT_TRUE(match.hasMatch()) << "a cut or damaged line: " << line.toStdString();
        const int number = match.captured(1).toInt();
        if (expected >= 0) {
            EXPECT_EQ(number, expected) << "lines missing in the middle";
        }
        expected = number + 1;
    }
    EXPECT_GT(lines.first().section(QLatin1Char(' '), 2, 2).toInt(), 1) << "nothing was dropped";
    EXPECT_EQ(expected, count + 1) << "the newest line is not last";
}

TEST_F(AppLogTest, ClearRemovesTheFile) {
    log.write(QStringLiteral("synced"));
    ASSERT_TRUE(QFile::exists(path()));
    written.clear();
    log.clear();
    EXPECT_FALSE(QFile::exists(path()));
    EXPECT_TRUE(log.text().isEmpty());
    EXPECT_EQ(written.size(), 1) << "a page showing the log is not told to reload";
}

TEST_F(AppLogTest, EnabledChangedOnlyOnAChange) {
    QSignalSpy enabledChanged(&log, &ui::AppLog::enabledChanged);
    log.setEnabled(true);
    EXPECT_EQ(enabledChanged.size(), 0);
    log.setEnabled(false);
    EXPECT_EQ(enabledChanged.size(), 1);
    EXPECT_FALSE(log.enabled());
}

} // namespace
} // namespace vaultlink::testing
