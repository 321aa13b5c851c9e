// The push as a table: what this device changed, what happened on the server meanwhile, and how
// the server answers; then what the server holds, what the device shows and what waits for the
// user. The field-by-field rules are record_merge_test's table; these rows are about whole
// records, refusals and rights.
#include "src/edits/change_json.h"
#include "src/sync/pusher.h"
#include "tests/unit/support/local_edits.h"
#include "tests/unit/sync/sync_fixture.h"

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

struct Case {
    SyncFixture &fixture;
    FakeWebApp &server;
    Mirror &mirror;
};

struct Row {
    const char *what;
    std::function<void(Case &)> here;      // on the device, offline
    std::function<void(Case &)> meanwhile; // on the server, and its knobs
    // After the push and a sync:
    const char *serverNames; // the names of the server's records, in id order
    const char *password;    // record 1's password on the server, or "-" when it is gone
    int pending;             // changes still waiting (refused ones)
    const char *notes;       // note kinds, in order
};

QString names(const FakeWebApp &server) {
    QStringList list;
    for (const qint64 id : server.visibleIds())
        list.append(fieldOf(*server.record(id), QStringLiteral("name"))
                        ->value(QLatin1String("value"))
                        .toString());
    return list.join(u',');
}

void editPassword(Case &c) {
    editHere(c.mirror, 1, QStringLiteral("password"), QStringLiteral("mine"));
}
void nothing(Case &) {}

const Row kRows[] = {
    {"an edit, nothing changed there", editPassword, nothing, "Bank,Mail", "mine", 0, ""},
    {"an edit, the same field changed there", editPassword,
     [](Case &c) { c.server.setField(1, QStringLiteral("password"), QStringLiteral("theirs")); },
     "Bank,Mail", "theirs", 0, "field"},
    {"an edit, another field changed there", editPassword,
     [](Case &c) { c.server.setField(1, QStringLiteral("name"), QStringLiteral("Bank2")); },
     "Bank2,Mail", "mine", 0, ""},
    {"an edit, the record deleted there: created again", editPassword,
     [](Case &c) { c.server.deleteRecord(1); }, "Mail,Bank", "-", 0, "recreated"},
    {"an edit, the edit right withdrawn meanwhile", editPassword,
     [](Case &c) { c.server.refuseWrites = QStringLiteral("forbidden"); }, "Bank,Mail", "x", 1, ""},
    {"an edit, deleted there, and no right to create it again", editPassword,
     [](Case &c) {
         c.server.deleteRecord(1);
         c.server.refuseWrites = QStringLiteral("forbidden");
     },
     "Mail", "-", 1, "recreated,read-only-copy"},
    {"a deletion, nothing changed there", [](Case &c) { removeHere(c.mirror, 1); }, nothing, "Mail",
     "-", 0, ""},
    {"a deletion, the record changed there: it stays", [](Case &c) { removeHere(c.mirror, 1); },
     [](Case &c) { c.server.setField(1, QStringLiteral("password"), QStringLiteral("theirs")); },
     "Bank,Mail", "theirs", 0, "restored"},
    {"a deletion, deleted there too", [](Case &c) { removeHere(c.mirror, 1); },
     [](Case &c) { c.server.deleteRecord(1); }, "Mail", "-", 0, ""},
    {"a deletion, the delete right withdrawn meanwhile", [](Case &c) { removeHere(c.mirror, 1); },
     [](Case &c) { c.server.refuseWrites = QStringLiteral("forbidden"); }, "Bank,Mail", "x", 1, ""},
    {"a creation", [](Case &c) { createHere(c.mirror, QStringLiteral("New"), "ref-a"); }, nothing,
     "Bank,Mail,New", "x", 0, ""},
    {"a creation whose answer is lost",
     [](Case &c) { createHere(c.mirror, QStringLiteral("New"), "ref-a"); },
     [](Case &c) { c.server.loseAnswers = 1; }, "Bank,Mail,New", "x", 0, ""},
    {"a creation, the create right withdrawn meanwhile",
     [](Case &c) { createHere(c.mirror, QStringLiteral("New"), "ref-a"); },
     [](Case &c) { c.server.refuseWrites = QStringLiteral("forbidden"); }, "Bank,Mail", "x", 1, ""},
    {"the same name created on another device too",
     [](Case &c) { createHere(c.mirror, QStringLiteral("Mail"), "ref-a"); },
     [](Case &c) { c.server.addRecord(QStringLiteral("Mail")); }, "Bank,Mail,Mail,Mail", "x", 0,
     ""},
    {"a creation with a field the server's form no longer has",
     [](Case &c) {
         const qint64 id = createHere(c.mirror, QStringLiteral("New"), "ref-a");
         c.mirror.updateLocal(id, [](const std::optional<PendingChange> &pending,
                                     const std::optional<QJsonObject> &shown) {
             LocalUpdate update;
             update.change = pending;
             update.change->edits.insert(QStringLiteral("pin"), {QStringLiteral("1234"), 1});
             update.shown = *shown;
             return update;
         });
     },
     nothing, "Bank,Mail", "x", 1, ""},
    {"two edits of one record, one conflicting",
     [](Case &c) {
         editPassword(c);
         editHere(c.mirror, 1, QStringLiteral("name"), QStringLiteral("Savings"));
     },
     [](Case &c) { c.server.setField(1, QStringLiteral("password"), QStringLiteral("theirs")); },
     "Savings,Mail", "theirs", 0, "field"},
};

class PushTable : public SyncFixture, public ::testing::WithParamInterface<Row> {};

TEST_P(PushTable, EndsAsTheRowSays) {
    const Row &row = GetParam();
    server.addRecord(QStringLiteral("Bank"), QStringLiteral("x"));
    server.addRecord(QStringLiteral("Mail"), QStringLiteral("y"));
    login();
    syncer.sync(mirror, files);
    Case c{*this, server, *mirror};
    row.here(c);
    row.meanwhile(c);
    int refs = 0;
    Pusher pusher(session, api, [&refs] { return QStringLiteral("again-%1").arg(++refs); });
    pusher.push(*mirror);
    server.refuseWrites.clear();
    syncer.sync(mirror, files);

    EXPECT_EQ(names(server), QString::fromUtf8(row.serverNames));
    const std::optional<QJsonObject> first = server.record(1);
    EXPECT_EQ(first ? fieldOf(*first, QStringLiteral("password"))->value("value").toString()
                    : QStringLiteral("-"),
              QString::fromUtf8(row.password));
    EXPECT_EQ(mirror->pendingCount(), row.pending);
    for (const PendingChange &change : mirror->pendingChanges())
        EXPECT_TRUE(change.refused) << "a change waits without a reason";
    QStringList kinds;
    for (const ChangeNote &note : mirror->notes())
        kinds.append(kindName(note.kind));
    EXPECT_EQ(kinds.join(u','), QString::fromUtf8(row.notes));
    // Nothing the server holds is missing on the device, and the device holds nothing else
    // but its own waiting changes.
    const Mirror::SyncState state = mirror->syncState();
    EXPECT_EQ(state.count, server.visibleCount());
    for (const qint64 id : server.visibleIds()) {
        if (!mirror->pendingChange(id)) {
            EXPECT_EQ(mirror->record(id), server.record(id)) << "record " << id;
        }
    }
}

std::string rowName(const ::testing::TestParamInfo<Row> &info) {
    std::string name = info.param.what;
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    return name;
}

INSTANTIATE_TEST_SUITE_P(Rows, PushTable, ::testing::ValuesIn(kRows), rowName);

} // namespace
