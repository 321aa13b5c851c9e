#include "src/storage/profile_registry.h"
#include "tests/unit/support/doubles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vaultlink;

namespace {
class ProfileRegistryTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("profiles.json"));
    vaultlink::testing::SeqRandom random;
    SecureBuffer password = SecureBuffer::copyOf("correct horse battery");

    KdfParams kdf() {
        KdfParams params;
        params.salt = random.bytes(16);
        return params;
    }

    ProfileRecord profile(const QString &id, SecureBuffer *dataKey = nullptr) {
        ProfileRecord p;
        p.id = id;
        p.name = QStringLiteral("Work");
        p.serverUrl = QStringLiteral("https://vault.example:8443");
        p.databaseId = 1;
        p.databaseName = QStringLiteral("Demo");
        p.userName = QStringLiteral("alice");
        p.pin = QStringLiteral("sha256/5T0KHI+FUB+O6W8pHhDujDWQNfTStplXsCAYsn6BSy8=");
        p.deviceId = QStringLiteral("device-1");
        p.kdf = kdf();
        NewProfileKeys keys = createProfileKeys(password, id, p.kdf, random);
        p.passwordWrap = keys.wrap;
        if (dataKey)
            *dataKey = std::move(keys.dataKey);
        return p;
    }

    QByteArray fileBytes() {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};
} // namespace

TEST_F(ProfileRegistryTest, TheRightPasswordUnlocksTheDataKeyAndAWrongOneIsDetected) {
    SecureBuffer dataKey;
    const ProfileRecord p = profile(QStringLiteral("p1"), &dataKey);
    const auto unlocked = unlockDataKey(password, p);
    ASSERT_TRUE(unlocked.has_value());
    EXPECT_TRUE(unlocked->equals(dataKey));
    EXPECT_FALSE(unlockDataKey(SecureBuffer::copyOf("correct horse batterY"), p).has_value());
}

TEST_F(ProfileRegistryTest, AWrapCopiedToAnotherProfileDoesNotOpen) {
    ProfileRecord p = profile(QStringLiteral("p1"));
    p.id = QStringLiteral("p2");
    EXPECT_FALSE(unlockDataKey(password, p).has_value());
}

TEST_F(ProfileRegistryTest, SavesAndLoadsEveryFieldOwnerOnly) {
    SecureBuffer dataKey;
    const ProfileRecord p = profile(QStringLiteral("p1"), &dataKey);
    ProfileRegistry registry(path);
    EXPECT_TRUE(registry.load().isEmpty());
    registry.save({p});
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    const QList<ProfileRecord> loaded = registry.load();
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_EQ(loaded[0].toJson(), p.toJson());
    EXPECT_TRUE(unlockDataKey(password, loaded[0])->equals(dataKey));
    EXPECT_FALSE(fileBytes().contains(dataKey.view().toByteArray().toBase64()));
}

TEST_F(ProfileRegistryTest, ADamagedFileIsReportedAndKept) {
    ProfileRegistry registry(path);
    for (const QByteArray &damaged :
         {QByteArray("{not json"), QByteArray(R"({"format": 2, "profiles": []})"),
          QByteArray(R"({"format": 1, "profiles": [{"id": "x"}]})")}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
        file.close();
        EXPECT_THROW(registry.load(), RegistryError);
        EXPECT_EQ(fileBytes(), damaged);
    }
}

TEST_F(ProfileRegistryTest, ASaveThatCannotWriteIsAnErrorNotSilence) {
    const QString unreachable = dir.filePath(QStringLiteral("missing/profiles.json"));
    EXPECT_THROW(ProfileRegistry(unreachable).save({profile(QStringLiteral("p1"))}), RegistryError);
    EXPECT_FALSE(QFile::exists(unreachable));
}

TEST_F(ProfileRegistryTest, SavingReplacesTheWholeListAndLeavesNoTemporaryFiles) {
    ProfileRegistry registry(path);
    registry.save({profile(QStringLiteral("p1")), profile(QStringLiteral("p2"))});
    registry.save({profile(QStringLiteral("p3"))});
    const QList<ProfileRecord> loaded = registry.load();
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_EQ(loaded[0].id, QStringLiteral("p3"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("profiles.json")});
}
