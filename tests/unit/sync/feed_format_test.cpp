// The change feed in format 2 (docs/api.md §7.9: values by key, changes where they
// differ, type and label from the forms) fills the same mirror as format 1; the forms are
// fetched again once when a record names one the mirror does not hold; a sync from the feed's
// start builds the record indexes after its last page.

#include "sync_fixture.h"
#include "tests/unit/support/feed_format2.h"
#include "tests/unit/support/http_doubles.h"

#include <QJsonDocument>

namespace vaultlink::testing {
namespace {

// The fake server's feed as a server of feed format 2 would send it (or in format 1 with every
// member format 2 implies, for comparison), and its forms as that server lists them.
class FeedFormat final : public Transport {
public:
    FeedFormat(FakeWebApp &server, bool format2)
        : m_server(server)
        , m_format2(format2) {}

    HttpResponse send(const HttpRequest &request) override {
        if (request.url.path() == QLatin1String("/api/v1/forms")) {
            ++formsAsked;
            m_server.send(request); // the bearer checked, the request noted
            QJsonArray fields;
            for (const auto &[key, type, label] : {std::tuple{"name", "title", "name"},
                                                   std::tuple{"username", "username", "username"},
                                                   std::tuple{"password", "password", "password"},
                                                   std::tuple{"tags", "tags", "Tags"}})
                fields.append(QJsonObject{{"key", key}, {"type", type}, {"label", label}});
            QJsonArray forms{QJsonObject{{"id", "note"},
                                         {"name", "Note"},
                                         {"fields", QJsonArray{fields.first(), fields.last()}}}};
            if (listLogin)
                forms.append(QJsonObject{{"id", "login"}, {"name", "Login"}, {"fields", fields}});
            return jsonAnswer(200, {{"forms", forms}});
        }
        HttpResponse response = m_server.send(request);
        if (request.url.path() != QLatin1String("/api/v1/changes") || response.status != 200)
            return response;
        QJsonObject page = QJsonDocument::fromJson(response.body).object();
        QJsonArray records;
        for (const QJsonValue value : page.value(QStringLiteral("records")).toArray()) {
            QJsonObject record = value.toObject();
            QJsonArray fields = record.value(QStringLiteral("fields")).toArray();
            for (qsizetype i = 0; i < fields.size(); ++i) {
                QJsonObject field = fields[i].toObject();
                if (!field.contains(QStringLiteral("modifiedBy")))
                    field.insert(QStringLiteral("modifiedBy"), QJsonValue());
                fields.replace(i, field);
            }
            record.insert(QStringLiteral("fields"), fields);
            records.append(m_format2 ? format2Of(record) : record);
        }
        page.insert(QStringLiteral("records"), records);
        if (m_format2)
            page.insert(QStringLiteral("format"), 2);
        response.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        return response;
    }

    bool listLogin = true;
    int formsAsked = 0;

private:
    FakeWebApp &m_server;
    bool m_format2;
};

class FeedFormatTest : public SyncFixture {
protected:
    // A client of its own over `transport`, signed in, syncing into `into`.
    struct Client {
        Client(FeedFormatTest &test, Transport &transport)
            : api(
                  QUrl(QStringLiteral("https://vault.example")), transport, test.random,
                  [](std::chrono::milliseconds) {},
                  Backoff::Limits{std::chrono::milliseconds(10), std::chrono::milliseconds(40), 2})
            , store(test.server)
            , session(api, store, test.clock)
            , syncer(session, api, 10) {
            const LoginOutcome outcome =
                api.login(1, QStringLiteral("alice"), SecureBuffer::fromUtf8(test.server.password),
                          {QStringLiteral("dev"), QStringLiteral("dev")});
            if (outcome.grant)
                session.adopt(*outcome.grant);
        }
        ApiClient api;
        MemoryTokenStore store;
        ServerSession session;
        Syncer syncer;
    };

    MirrorFiles filesAt(const QString &name) {
        return {dir.filePath(name + QStringLiteral(".db")),
                dir.filePath(name + QStringLiteral(".resync.db")),
                [this](const QString &path) { return Mirror::open(path, key); }};
    }

    int recordIndexes(Mirror &m) {
        return m.db()
            .queryText(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                      "AND tbl_name = 'records'"))
            .toInt();
    }

    FeedFormat one{server, false};
    FeedFormat two{server, true};
};

TEST_F(FeedFormatTest, Format2FillsTheSameMirrorAsFormat1) {
    addRecords(25);
    server.editRecord(3, QStringLiteral("Renamed"));
    server.setField(4, QStringLiteral("password"), QStringLiteral("new"));
    server.setField(5, QStringLiteral("username"), QStringLiteral("eve"), QJsonValue());
    Client byOne(*this, one);
    Client byTwo(*this, two);
    const MirrorFiles filesOne = filesAt(QStringLiteral("one"));
    const MirrorFiles filesTwo = filesAt(QStringLiteral("two"));
    std::unique_ptr<Mirror> mirrorOne = filesOne.open(filesOne.path);
    std::unique_ptr<Mirror> mirrorTwo = filesTwo.open(filesTwo.path);
    byOne.syncer.sync(mirrorOne, filesOne);
    byTwo.syncer.sync(mirrorTwo, filesTwo);
    EXPECT_EQ(two.formsAsked, 1); // the mirror had none: fetched for the first page
    ASSERT_EQ(mirrorTwo->syncState().count, 25);
    EXPECT_EQ(mirrorTwo->syncState().digest, mirrorOne->syncState().digest);
    for (const qint64 id : mirrorOne->ids()) {
        ASSERT_EQ(mirrorTwo->record(id), mirrorOne->record(id)) << "record " << id;
        EXPECT_EQ(mirrorTwo->summaries({id}).value(0).name,
                  mirrorOne->summaries({id}).value(0).name);
    }
    Statement rows = mirrorOne->db().prepare("SELECT id, layout IS NULL, body FROM records");
    Statement same =
        mirrorTwo->db().prepare("SELECT layout IS NULL, body FROM records WHERE id = ?");
    while (rows.step()) {
        same.bind(1, rows.int64(0));
        ASSERT_TRUE(same.step());
        EXPECT_EQ(same.int64(0), 0) << "record " << rows.int64(0) << " stored compact";
        EXPECT_EQ(same.blob(1).toByteArray(), rows.blob(2).toByteArray()) << rows.int64(0);
        same.reset();
    }

    // An incremental sync in format 2 too.
    server.editRecord(7, QStringLiteral("Later"));
    byTwo.syncer.sync(mirrorTwo, filesTwo);
    EXPECT_EQ(mirrorTwo->summaries({7}).value(0).name, QStringLiteral("Later"));
    EXPECT_EQ(two.formsAsked, 1);
}

TEST_F(FeedFormatTest, FormsThatDoNotListARecordsFormAreTheServersBadAnswer) {
    addRecords(15);
    two.listLogin = false;
    Client client(*this, two);
    try {
        client.syncer.sync(mirror, files);
        FAIL() << "a record of a form the server does not list was accepted";
    } catch (const ApiError &error) {
        EXPECT_EQ(error.kind(), ApiError::Kind::BadAnswer);
        EXPECT_TRUE(error.message().args().value(0).contains(QLatin1String("form")))
            << error.what();
    }
    EXPECT_EQ(two.formsAsked, 1); // asked once, and the record's form still not there
    EXPECT_EQ(mirror->syncState().count, 0);
    EXPECT_EQ(mirror->forms().size(), 1);

    // The server's forms complete again: the mirror's are asked for again, once.
    two.listLogin = true;
    const SyncReport report = client.syncer.sync(mirror, files);
    EXPECT_EQ(report.count, 15);
    EXPECT_EQ(two.formsAsked, 2);
    EXPECT_EQ(mirror->forms().size(), 2);
}

TEST_F(FeedFormatTest, AFullResyncReadsFormat2WithTheOldMirrorsForms) {
    addRecords(12);
    Client client(*this, two);
    client.syncer.sync(mirror, files);
    EXPECT_EQ(two.formsAsked, 1);
    server.compactOnce = true;
    server.deleteRecord(2);
    const SyncReport report = client.syncer.sync(mirror, files);
    EXPECT_TRUE(report.fullResync);
    EXPECT_EQ(report.count, 11);
    EXPECT_EQ(two.formsAsked, 1); // the new mirror took the old one's
    EXPECT_EQ(mirror->forms().size(), 2);
}

TEST_F(FeedFormatTest, AnInitialSyncBuildsTheRecordIndexesAfterItsLastPage) {
    addRecords(30);
    login();
    QList<int> duringSync;
    syncer.sync(mirror, files,
                [&](const SyncProgress &) { duringSync.append(recordIndexes(*mirror)); });
    EXPECT_EQ(duringSync, (QList<int>{0, 0, 0}));
    EXPECT_EQ(recordIndexes(*mirror), 3);
    // An incremental sync keeps them.
    server.addRecord(QStringLiteral("one more"));
    syncer.sync(mirror, files, [&](const SyncProgress &) { EXPECT_EQ(recordIndexes(*mirror), 3); });
}

TEST_F(FeedFormatTest, AnInitialSyncCutShortListsWithoutIndexesAndTheNextSyncBuildsThem) {
    for (int i = 0; i < 30; ++i)
        server.addRecord(QStringLiteral("Record %1").arg(30 - i, 2, 10, QLatin1Char('0')));
    login();
    EXPECT_THROW(syncer.sync(mirror, files,
                             [&](const SyncProgress &p) {
                                 if (p.received == 10) {
                                     server.failRequests = 100;
                                     server.failure = NetFailure::ConnectionLost;
                                 }
                             }),
                 ApiError);
    ASSERT_EQ(mirror->syncState().count, 20);
    EXPECT_EQ(recordIndexes(*mirror), 0);
    // The records held are listed and found as ever, in name order.
    const QList<RecordSummary> listed = mirror->list(Tab::all(), 0, 3);
    ASSERT_EQ(listed.size(), 3);
    EXPECT_EQ(listed[0].name, QStringLiteral("Record 11"));
    EXPECT_EQ(mirror->count(Tab::personal()), 20);

    server.failRequests = 0;
    syncer.sync(mirror, files);
    EXPECT_EQ(recordIndexes(*mirror), 3);
    EXPECT_EQ(mirror->list(Tab::all(), 0, 1).value(0).name, QStringLiteral("Record 01"));
}

} // namespace
} // namespace vaultlink::testing
