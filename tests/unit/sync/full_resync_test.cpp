#include "sync_fixture.h"

#include <QCryptographicHash>
#include <QFile>

namespace vaultlink::testing {
namespace {

using FullResyncTest = SyncFixture;

TEST_F(FullResyncTest, AnUnknownCursorRebuildsTheMirrorAndKeepsTheOldOneUntilDone) {
    addRecords(20);
    login();
    syncer.sync(mirror, files);
    mirror->setValues({{QStringLiteral("session.kept"), QStringLiteral("carried")}});
    mirror->setUnits({{7, QStringLiteral("IT")}});
    syncer.setCarriedValues({QStringLiteral("session.kept")});
    server.deleteRecord(1);
    server.compactOnce = true;

    qint64 oldCountDuringResync = -1;
    const SyncReport report = syncer.sync(mirror, files, [&](const SyncProgress &p) {
        if (p.fullResync && oldCountDuringResync < 0)
            oldCountDuringResync = Mirror::open(files.path, key)->syncState().count;
    });
    EXPECT_TRUE(report.fullResync);
    EXPECT_EQ(oldCountDuringResync, 20);
    EXPECT_EQ(report.count, 19);
    EXPECT_EQ(mirror->syncState().count, 19);
    EXPECT_EQ(mirror->value(QStringLiteral("session.kept")), QStringLiteral("carried"));
    EXPECT_EQ(mirror->units().size(), 1);
    EXPECT_FALSE(QFile::exists(files.resyncPath));
}

TEST_F(FullResyncTest, AMismatchedDigestTriggersARepairResync) {
    addRecords(15);
    login();
    server.lieAboutDigest = true;
    const SyncReport report = syncer.sync(mirror, files, [&](const SyncProgress &p) {
        // The server's records are fine; the first pass was not (its last page, 15 records, was
        // fetched with the wrong digest; the resync's pages are fetched after this).
        if (!p.fullResync && p.received == 15)
            server.lieAboutDigest = false;
    });
    EXPECT_TRUE(report.fullResync);
    EXPECT_EQ(report.resync, ResyncReason::Mismatch);
    EXPECT_EQ(mirror->syncState().count, 15);
}

TEST_F(FullResyncTest, APersistentMismatchKeepsTheOldMirrorAndSaysSo) {
    addRecords(15);
    login();
    syncer.sync(mirror, files);
    const QString digestBefore = mirror->syncState().digest;
    server.addRecord(QStringLiteral("later"));
    server.lieAboutDigest = true;
    EXPECT_THROW(syncer.sync(mirror, files), SyncError);
    ASSERT_TRUE(mirror);
    EXPECT_FALSE(QFile::exists(files.resyncPath));
    // The incremental page was applied before the check; the records are the server's.
    EXPECT_EQ(mirror->syncState().count, 16);
    EXPECT_NE(mirror->syncState().digest, digestBefore);
}

TEST_F(FullResyncTest, AnInterruptedResyncContinuesAtTheNextSync) {
    addRecords(30);
    login();
    syncer.sync(mirror, files);
    server.compactOnce = true;
    EXPECT_THROW(syncer.sync(mirror, files,
                             [&](const SyncProgress &p) {
                                 if (p.fullResync && p.received == 10) {
                                     server.failRequests = 100;
                                     server.failure = NetFailure::Timeout;
                                 }
                             }),
                 ApiError);
    EXPECT_TRUE(QFile::exists(files.resyncPath));
    EXPECT_EQ(mirror->syncState().count, 30); // the user still has the old copy
    server.failRequests = 0;
    const qsizetype before = changeRequests();
    const SyncReport report = syncer.sync(mirror, files);
    EXPECT_TRUE(report.fullResync);
    // Page two was fetched while page one was applied, and applied before the failure.
    EXPECT_EQ(changeRequests() - before, 1);
    EXPECT_EQ(mirror->syncState().count, 30);
    EXPECT_FALSE(QFile::exists(files.resyncPath));
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        EXPECT_FALSE(QFile::exists(files.resyncPath + QLatin1String(suffix))) << suffix;
    EXPECT_TRUE(mirror->integrityOk());
}

TEST_F(FullResyncTest, AResyncLeavesNoLogBesideEitherFile) {
    addRecords(12);
    login();
    syncer.sync(mirror, files);
    // The old file has a write-ahead log beside it while the resync runs.
    const QString wal = files.path + QStringLiteral("-wal");
    const QString stale = dir.filePath(QStringLiteral("stale-wal"));
    mirror->setValues({{QStringLiteral("k"), QStringLiteral("v")}});
    ASSERT_TRUE(QFile::copy(wal, stale));
    server.compactOnce = true;
    server.addRecord(QStringLiteral("later"));
    const SyncReport report = syncer.sync(mirror, files, [&](const SyncProgress &p) {
        if (p.fullResync && p.received == 13) {
            QFile::remove(wal);
            QFile::copy(stale, wal);
        }
    });
    EXPECT_TRUE(report.fullResync);
    EXPECT_EQ(mirror->syncState().count, 13);
    EXPECT_TRUE(mirror->integrityOk());
    EXPECT_EQ(mirror->computeDigest(), mirror->syncState().digest);
    mirror.reset();
    for (const QString &path : {files.path, files.resyncPath})
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            EXPECT_FALSE(QFile::exists(path + QLatin1String(suffix))) << suffix;
}

TEST_F(FullResyncTest, RepairOfASoundMirrorChecksItAndChangesNothing) {
    addRecords(12);
    login();
    syncer.sync(mirror, files);
    const SyncReport report = syncer.repair(mirror, files);
    EXPECT_TRUE(report.integrityChecked);
    EXPECT_FALSE(report.fullResync);
    EXPECT_EQ(report.upserts, 0);
}

TEST_F(FullResyncTest, RepairRecomputesTheDigestFromTheRecordsHeld) {
    addRecords(12);
    login();
    syncer.sync(mirror, files);
    // Damage a row behind the running digest's back, as a bad disk or a bug would.
    mirror->db().exec(QStringLiteral("UPDATE records SET sequence = sequence + 1000 WHERE id = 3"));
    const SyncReport report = syncer.repair(mirror, files);
    EXPECT_TRUE(report.fullResync);
    EXPECT_EQ(mirror->computeDigest(), mirror->syncState().digest);
    EXPECT_EQ(mirror->syncState().count, 12);
}

// The reviewers' case: one byte flipped in the middle of the file, where an incremental sync
// reads and writes nothing. The sync must not vouch for the file: it finds the damage and
// rebuilds the mirror from the server (beside it, then renamed), and says why.
TEST_F(FullResyncTest, APlainSyncFindsADamagedPageAndRebuildsTheMirror) {
    // Secrets of a kilobyte that do not compress: the records' pages are most of the (compact)
    // file, so that its middle is one of them and not a page of the tables every sync reads.
    for (int i = 0; i < 300; ++i) {
        QString secret;
        for (int part = 0; part < 25; ++part)
            secret +=
                QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i * 100 + part),
                                                             QCryptographicHash::Sha256)
                                        .toBase64());
        server.addRecord(QStringLiteral("Record %1").arg(i), secret);
    }
    login();
    syncer.sync(mirror, files);
    // Read once per opening: the file's last connection closing forgets it.
    EXPECT_TRUE(mirror->pagesReadSinceOpened());
    mirror.reset(); // the write-ahead log folded into the file
    {
        QFile file(files.path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_GE(file.size(), 16 * 4096);
        file.seek(file.size() / 2 + 100);
        char byte = 0;
        ASSERT_TRUE(file.getChar(&byte));
        file.seek(file.size() / 2 + 100);
        ASSERT_TRUE(file.putChar(static_cast<char>(byte ^ 0x01)));
    }
    mirror = files.open(files.path);
    EXPECT_FALSE(mirror->pagesReadSinceOpened());
    EXPECT_FALSE(mirror->integrityOk());
    server.addRecord(QStringLiteral("one more"));
    const SyncReport report = syncer.sync(mirror, files);
    EXPECT_TRUE(report.fullResync);
    EXPECT_EQ(report.resync, ResyncReason::Damaged);
    EXPECT_EQ(resyncMessage(report.resync).key(), QStringLiteral("resync-damaged"));
    EXPECT_TRUE(mirror->integrityOk());
    EXPECT_EQ(mirror->list(Tab::all(), 0, -1).size(), 301);
    EXPECT_FALSE(QFile::exists(files.resyncPath));
}

} // namespace
} // namespace vaultlink::testing
