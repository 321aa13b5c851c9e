// Autofill over a real mirror: the index follows what a sync brings and what is edited here,
// a lookup reads the records of one site, and each record's mode and confirmed apps apply.
#include "src/edits/pending_change.h"
#include "src/storage/autofill_lookup.h"
#include "src/storage/encrypted_db.h"
#include "src/storage/mirror.h"
#include "src/storage/mirror_schema.h"
#include "tests/unit/support/doubles.h"
#include "tests/unit/support/test_records.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace vaultlink::testing {
namespace {

class AutofillLookupTest : public ::testing::Test {
protected:
    AutofillLookupTest() {
        QList<QJsonObject> page;
        for (const TestRecord &record : {
                 TestRecord(1)
                     .withName(QStringLiteral("Bank"))
                     .withUrl(QStringLiteral("https://login.bank.example/"))
                     .withUserName(QStringLiteral("ada")),
                 TestRecord(2)
                     .withName(QStringLiteral("Bank, old"))
                     .withUrl(QStringLiteral("bank.example")),
                 TestRecord(3)
                     .withName(QStringLiteral("Shop"))
                     .withUrl(QStringLiteral("https://shop.example/")),
                 TestRecord(4)
                     .withName(QStringLiteral("Alice's pages"))
                     .withUrl(QStringLiteral("https://alice.github.io")),
                 TestRecord(5)
                     .withName(QStringLiteral("Bob's pages"))
                     .withUrl(QStringLiteral("https://bob.github.io")),
                 TestRecord(6)
                     .withName(QStringLiteral("Bank app"))
                     .withUrl(QStringLiteral("androidapp://com.bank.app")),
                 TestRecord(7)
                     .withName(QStringLiteral("Staging"))
                     .withUrl(QStringLiteral("https://(a|b)\\.staging\\.example/.*")),
                 TestRecord(8)
                     .withName(QStringLiteral("Card"))
                     .withForm(QStringLiteral("credit-card")),
             })
            page.append(record.json());
        mirror->applyPage(page, {}, QStringLiteral("c1"), 8);
    }

    QStringList titles(const AutofillRequest &request) {
        QStringList found;
        const std::optional<QList<AutofillCandidate>> candidates =
            findAutofillCandidates(*mirror, request);
        for (const AutofillCandidate &candidate : *candidates)
            found.append(candidate.title);
        return found;
    }
    QStringList titles(const QString &page) { return titles(AutofillRequest{page, {}, true}); }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mirror.db"));
    SeqRandom random;
    SecureBuffer key = random.secret(32);
    std::unique_ptr<Mirror> mirror = Mirror::open(path, key);
};

TEST_F(AutofillLookupTest, OffersTheRecordsOfThePagesSiteAsTheirModesSay) {
    EXPECT_EQ(titles(QStringLiteral("https://bank.example/signin")),
              (QStringList{QStringLiteral("Bank"), QStringLiteral("Bank, old")}));
    EXPECT_EQ(titles(QStringLiteral("https://www.login.bank.example/")),
              (QStringList{QStringLiteral("Bank"), QStringLiteral("Bank, old")}));
    EXPECT_EQ(titles(QStringLiteral("https://alice.github.io/x")),
              QStringList{QStringLiteral("Alice's pages")});
    EXPECT_TRUE(titles(QStringLiteral("https://carol.github.io/")).isEmpty());
    EXPECT_TRUE(titles(QStringLiteral("https://bank.example.evil.net/")).isEmpty());
    // A regular expression is nobody's site: every such record is tried.
    EXPECT_TRUE(titles(QStringLiteral("https://b.staging.example/")).isEmpty());
    mirror->setAutofillMode(7, QStringLiteral("regex"));
    EXPECT_EQ(titles(QStringLiteral("https://b.staging.example/home")),
              QStringList{QStringLiteral("Staging")});
    EXPECT_TRUE(titles(QStringLiteral("https://c.staging.example/home")).isEmpty());

    // Never, and the domain mode's siblings.
    mirror->setAutofillMode(2, QStringLiteral("never"));
    EXPECT_EQ(titles(QStringLiteral("https://bank.example/")), QStringList{QStringLiteral("Bank")});
    EXPECT_TRUE(titles(QStringLiteral("https://help.bank.example/")).isEmpty());
    mirror->setAutofillMode(1, QStringLiteral("domain"));
    EXPECT_EQ(titles(QStringLiteral("https://help.bank.example/")),
              QStringList{QStringLiteral("Bank")});
    mirror->setAutofillMode(1, {});
    EXPECT_TRUE(titles(QStringLiteral("https://help.bank.example/")).isEmpty());

    // An unencrypted page says so; a page reported by an app that is no trusted browser asks.
    const QList<AutofillCandidate> http =
        *findAutofillCandidates(*mirror, {QStringLiteral("http://shop.example/"), {}, true});
    ASSERT_EQ(http.size(), 1);
    EXPECT_TRUE(http.at(0).insecure);
    EXPECT_EQ(http.at(0).id, 3);
    const QList<AutofillCandidate> webView =
        *findAutofillCandidates(*mirror, {QStringLiteral("https://shop.example/"), {}, false});
    ASSERT_EQ(webView.size(), 1);
    EXPECT_TRUE(webView.at(0).needsConfirmation);

    // Never a text that is no web address.
    EXPECT_FALSE(
        findAutofillCandidates(*mirror, {QStringLiteral("javascript:alert(1)"), {}, true}));
}

TEST_F(AutofillLookupTest, AnAppIsOfferedItsRecordOnceItsCertificateWasConfirmed) {
    const QByteArray bank = QCryptographicHash::hash("bank", QCryptographicHash::Sha256);
    const QByteArray other = QCryptographicHash::hash("other", QCryptographicHash::Sha256);
    AutofillRequest request{{}, AppIdentity{QStringLiteral("com.bank.app"), {bank}}, true};
    QList<AutofillCandidate> found = *findAutofillCandidates(*mirror, request);
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.at(0).needsConfirmation);
    mirror->confirmAutofillApp(6, QString::fromLatin1(bank.toHex()));
    found = *findAutofillCandidates(*mirror, request);
    ASSERT_EQ(found.size(), 1);
    EXPECT_FALSE(found.at(0).needsConfirmation);
    mirror->setAutofillMode(6, QStringLiteral("host")); // the confirmed app stays confirmed
    EXPECT_EQ(findAutofillCandidates(*mirror, request)->size(), 1);
    mirror->setAutofillMode(6, QStringLiteral("never"));
    EXPECT_TRUE(findAutofillCandidates(*mirror, request)->isEmpty());
    mirror->setAutofillMode(6, {});
    request.app->certDigests = {other}; // the same name, another signer
    EXPECT_TRUE(findAutofillCandidates(*mirror, request)->isEmpty());
    request.app->package = QStringLiteral("com.bank"); // another name
    EXPECT_TRUE(findAutofillCandidates(*mirror, request)->isEmpty());
}

TEST_F(AutofillLookupTest, TheIndexFollowsSyncsEditsHereAndOlderFiles) {
    // The server moves the shop elsewhere and deletes Alice's record.
    mirror->applyPage({TestRecord(3)
                           .withSequence(9)
                           .withName(QStringLiteral("Shop"))
                           .withUrl(QStringLiteral("https://new-shop.example/"))
                           .json()},
                      {4}, QStringLiteral("c2"), 9);
    EXPECT_TRUE(titles(QStringLiteral("https://shop.example/")).isEmpty());
    EXPECT_EQ(titles(QStringLiteral("https://new-shop.example/")),
              QStringList{QStringLiteral("Shop")});
    EXPECT_TRUE(titles(QStringLiteral("https://alice.github.io/")).isEmpty());

    // Edited on this device: shown, and looked up, at once.
    mirror->updateLocal(5, [](const std::optional<PendingChange> &,
                              const std::optional<QJsonObject> &shown) {
        PendingChange change;
        change.recordId = 5;
        change.base = *shown;
        change.edits.insert(QStringLiteral("url"), {QStringLiteral("https://bob.example/"), 5000});
        change.version = 1;
        LocalUpdate update;
        update.change = change;
        update.shown = shownRecord(change);
        return update;
    });
    EXPECT_TRUE(titles(QStringLiteral("https://bob.github.io/")).isEmpty());
    EXPECT_EQ(titles(QStringLiteral("https://bob.example/")),
              QStringList{QStringLiteral("Bob's pages")});

    // A full resync's new file takes the user's choices over.
    mirror->setAutofillMode(3, QStringLiteral("never"));
    {
        const std::unique_ptr<Mirror> fresh =
            Mirror::open(dir.filePath(QStringLiteral("fresh.db")), key);
        fresh->applyPage({TestRecord(3)
                              .withSequence(9)
                              .withName(QStringLiteral("Shop"))
                              .withUrl(QStringLiteral("https://new-shop.example/"))
                              .json()},
                         {}, QStringLiteral("c2"), 9);
        fresh->adoptLocalChanges(*mirror);
        EXPECT_TRUE(
            findAutofillCandidates(*fresh, {QStringLiteral("https://new-shop.example/"), {}, true})
                ->isEmpty());
    }
    mirror->setAutofillMode(3, {});

    // A file from before the index: its rows get their keys when it is first opened.
    mirror.reset();
    {
        const std::unique_ptr<EncryptedDb> db = EncryptedDb::open(path, key, mirrorMigrations());
        db->exec(QStringLiteral("UPDATE records SET site = ''"));
        db->exec(QStringLiteral("DELETE FROM meta WHERE key = 'mirror.autofill-keys'"));
    }
    mirror = Mirror::open(path, key);
    EXPECT_EQ(titles(QStringLiteral("https://bank.example/")),
              (QStringList{QStringLiteral("Bank"), QStringLiteral("Bank, old")}));
    EXPECT_EQ(titles(QStringLiteral("https://bob.example/")),
              QStringList{QStringLiteral("Bob's pages")});
}

} // namespace
} // namespace vaultlink::testing
