#include "view_models_fixture.h"

#include <QDesktopServices>
#include <QUrl>

namespace vaultlink::testing {
namespace {

// Stands in for the system's browser: QDesktopServices hands it the addresses it would open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    UrlCatcher() {
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open");
    }
    ~UrlCatcher() override {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

TEST_F(ViewModels, TheSearchIndexIsBuiltAsideFromTheUnlockAndAgainAfterTheRecordsChange) {
    linkAndUnlock();
    // Under way (or done) on its own thread as soon as the vault is open.
    EXPECT_TRUE(session.indexBuilding());
    EXPECT_EQ(session.searchIndex().size(), 12);
    EXPECT_FALSE(session.indexBuilding()); // taken by the search
    vault.setSearchText(QStringLiteral("site 1"));
    EXPECT_EQ(vault.records()->rowCount(), 3); // Site 1, 10, 11

    // (With a search shown, the list searches again at once, taking the new build.)
    vault.setSearchText(QString());
    session.recordsChanged(); // an edit: the old index is dropped, a new one begins
    EXPECT_TRUE(session.indexBuilding());
    session.recordsChanged(); // another at once: does not wait for the first
    EXPECT_TRUE(session.indexBuilding());
    vault.setSearchText(QStringLiteral("site 1"));
    EXPECT_EQ(vault.records()->rowCount(), 3);
    session.lock(); // waits for what is under way; nothing is left running
    EXPECT_FALSE(session.indexBuilding());
}

TEST_F(ViewModels, ARecordOpensWebAddressesOnlyAndWithoutCredentials) {
    struct Row {
        const char *value;
        const char *opened; // nullptr: not opened
    };
    const Row rows[] = {
        {"https://shop.example/login", "https://shop.example/login"},
        {"http://intranet.example:8080/", "http://intranet.example:8080/"},
        {"shop.example/login", "https://shop.example/login"}, // typed without a scheme
        {"  https://spaces.example  ", "https://spaces.example"},
        {"javascript:alert(1)", nullptr},
        {"file:///etc/passwd", nullptr},
        {"ftp://files.example", nullptr},
        {"https://alice:pw@shop.example/", nullptr}, // credentials would reach the history
        {"https://", nullptr},
        {"", nullptr},
    };
    const auto nameOf = [&](const Row &row) {
        return QStringLiteral("Row %1").arg(QChar(static_cast<char16_t>(u'A' + (&row - rows))));
    };
    for (const Row &row : rows) {
        const qint64 id = server.addRecord(nameOf(row));
        server.addField(id, QStringLiteral("url"), QStringLiteral("url"),
                        QString::fromUtf8(row.value));
    }
    linkAndUnlock();
    UrlCatcher browser;
    for (const Row &row : rows) {
        SCOPED_TRACE(row.value);
        vault.setSearchText(nameOf(row));
        ASSERT_EQ(vault.records()->rowCount(), 1);
        record.open(vault.records()->idAt(0));
        browser.opened.clear();
        const bool opened = record.openUrl(QStringLiteral("url"));
        EXPECT_EQ(record.canOpen(QStringLiteral("url")), row.opened != nullptr);
        EXPECT_EQ(opened, row.opened != nullptr);
        if (row.opened) {
            ASSERT_EQ(browser.opened.size(), 1);
            EXPECT_EQ(browser.opened.first(), QUrl(QString::fromUtf8(row.opened)));
        } else {
            EXPECT_TRUE(browser.opened.isEmpty());
        }
        // A field that is not an address is never opened, whatever it holds.
        EXPECT_FALSE(record.canOpen(QStringLiteral("name")));
    }
}

TEST_F(ViewModels, ADeviceRemovedByTheServerLocksTheVaultAndSaysWhy) {
    linkAndUnlock();
    server.deviceRevoked = true;
    vault.sync(false);
    ASSERT_TRUE(waitFor([&] { return !session.isOpen(); }));
    EXPECT_FALSE(vault.lockReason().isEmpty());
    profiles.reload();
    EXPECT_EQ(profiles.rowCount(), 0) << "the removed device's profile stayed";
    // The next unlock of another profile starts without the old reason.
    server.deviceRevoked = false;
    linkAndUnlock();
    EXPECT_TRUE(vault.lockReason().isEmpty());
    vault.lock();
    EXPECT_TRUE(vault.lockReason().isEmpty()) << "a lock by the user is not explained";
}

TEST_F(ViewModels, UnitTabsAreAddedAndClosedByTheUser) {
    const qint64 inUnit = server.addRecord(QStringLiteral("Router"));
    server.moveToUnit(inUnit, 7);
    linkAndUnlock();
    ASSERT_EQ(vault.tabs().size(), 2); // All passwords, Personal
    ASSERT_EQ(vault.availableUnits().size(), 1);
    EXPECT_EQ(vault.availableUnits().first().toMap().value(QStringLiteral("name")),
              QStringLiteral("IT"));

    vault.addUnitTab(7);
    ASSERT_EQ(vault.tabs().size(), 3);
    EXPECT_EQ(vault.currentTab(), 2);
    EXPECT_TRUE(vault.tabs().at(2).toMap().value(QStringLiteral("closable")).toBool());
    EXPECT_FALSE(vault.tabs().at(1).toMap().value(QStringLiteral("closable")).toBool());
    EXPECT_TRUE(vault.availableUnits().isEmpty());
    ASSERT_EQ(vault.records()->rowCount(), 1);
    EXPECT_EQ(vault.records()->data(vault.records()->index(0), ui::RecordListModel::NameRole),
              QStringLiteral("Router"));

    vault.setCurrentTab(1); // Personal: the unit's record is not there
    EXPECT_EQ(vault.records()->rowCount(), 12);
    vault.closeTab(1); // Personal cannot be closed
    EXPECT_EQ(vault.tabs().size(), 3);
    vault.closeTab(2);
    EXPECT_EQ(vault.tabs().size(), 2);
    EXPECT_EQ(vault.availableUnits().size(), 1);
}

} // namespace
} // namespace vaultlink::testing

#include "vault_and_record_test.moc"
