#include "write_fixture.h"

#include <QJsonArray>

namespace vaultlink::testing {
namespace {

QVariantMap only(const QVariantList &list) {
    EXPECT_EQ(list.size(), 1);
    return list.value(0).toMap();
}

TEST_F(WriteViewModels, AConflictIsAnnouncedShownWithBothSidesAndKeptMine) {
    linkAndUnlock();
    const qint64 id = 2; // Site 1
    editAndSave(id, {{QStringLiteral("username"), QStringLiteral("mine")}});
    server.setField(id, QStringLiteral("username"), QStringLiteral("theirs"));
    syncNow();

    // The sync announces it, the status keeps it until reviewed, the list marks the record.
    EXPECT_EQ(status.pushLine(), QStringLiteral("1 new conflict(s) to review."));
    EXPECT_EQ(status.attention(), 1);
    EXPECT_EQ(status.attentionLine(), QStringLiteral("1 conflict(s) to review"));
    EXPECT_EQ(status.waiting(), 0);
    EXPECT_TRUE(listed(id, ui::RecordListModel::NotedRole));
    EXPECT_EQ(shown(id, QStringLiteral("username")), QStringLiteral("theirs"))
        << "the server's value stands until the user chooses";
    record.open(id);
    EXPECT_TRUE(actions.noted());

    conflicts.reload();
    EXPECT_EQ(conflicts.count(), 1);
    const QVariantMap note = only(conflicts.notes());
    EXPECT_EQ(note.value(QStringLiteral("kind")), QStringLiteral("field"));
    EXPECT_EQ(note.value(QStringLiteral("name")), QStringLiteral("Site 1"));
    EXPECT_EQ(note.value(QStringLiteral("label")), QStringLiteral("username"));
    EXPECT_EQ(note.value(QStringLiteral("text")),
              QStringLiteral("Both sides changed “username”; the server's value stands until you "
                             "choose."));
    EXPECT_FALSE(note.value(QStringLiteral("secret")).toBool());
    EXPECT_EQ(note.value(QStringLiteral("mine")), QStringLiteral("mine"));
    EXPECT_EQ(note.value(QStringLiteral("mineDevice")), QStringLiteral("this device"));
    EXPECT_FALSE(note.value(QStringLiteral("mineWhen")).toString().isEmpty());
    EXPECT_EQ(note.value(QStringLiteral("theirs")), QStringLiteral("theirs"));
    EXPECT_EQ(note.value(QStringLiteral("theirsDevice")), QStringLiteral("desk"));
    EXPECT_FALSE(note.value(QStringLiteral("theirsWhen")).toString().isEmpty());

    conflicts.keepMine(note.value(QStringLiteral("note")).toLongLong());
    EXPECT_TRUE(conflicts.error().isEmpty()) << conflicts.error().toStdString();
    EXPECT_EQ(conflicts.count(), 0);
    EXPECT_EQ(status.attention(), 0);
    EXPECT_EQ(status.waiting(), 1) << "mine is sent again";
    EXPECT_EQ(shown(id, QStringLiteral("username")), QStringLiteral("mine"));
    syncNow();
    EXPECT_EQ(fieldOf(*server.record(id), QStringLiteral("username"))->value("value"),
              QStringLiteral("mine"));
    EXPECT_EQ(status.waiting(), 0);
    EXPECT_FALSE(listed(id, ui::RecordListModel::NotedRole));
    EXPECT_FALSE(listed(id, ui::RecordListModel::PendingRole));
}

TEST_F(WriteViewModels, ASecretsConflictStaysHiddenUntilRevealedAndTheLosingValueIsKept) {
    linkAndUnlock();
    const qint64 id = 3; // Site 2
    editAndSave(id, {{QStringLiteral("password"), QStringLiteral("typed-here")}});
    // Changed by the administrator, not through a device.
    server.setField(id, QStringLiteral("password"), QStringLiteral("set-by-admin"), QJsonValue());
    syncNow();
    conflicts.reload();
    QVariantMap note = only(conflicts.notes());
    EXPECT_TRUE(note.value(QStringLiteral("secret")).toBool());
    EXPECT_TRUE(note.value(QStringLiteral("mine")).toString().isEmpty());
    EXPECT_TRUE(note.value(QStringLiteral("theirs")).toString().isEmpty());
    EXPECT_EQ(note.value(QStringLiteral("theirsDevice")), QStringLiteral("the administrator"));
    const qint64 noteId = note.value(QStringLiteral("note")).toLongLong();
    conflicts.reveal(noteId, true);
    note = only(conflicts.notes());
    EXPECT_EQ(note.value(QStringLiteral("mine")), QStringLiteral("typed-here"));
    EXPECT_EQ(note.value(QStringLiteral("theirs")), QStringLiteral("set-by-admin"));
    conflicts.reveal(noteId, false);
    EXPECT_TRUE(only(conflicts.notes()).value(QStringLiteral("mine")).toString().isEmpty());

    conflicts.keepServers(noteId);
    EXPECT_EQ(conflicts.count(), 0);
    EXPECT_EQ(status.waiting(), 0);
    EXPECT_EQ(shown(id, QStringLiteral("password")), QStringLiteral("set-by-admin"));
    // What was typed here is not lost: it is in the record's history.
    record.open(id);
    bool kept = false;
    for (int i = 0; i < history.entries().size(); ++i) {
        history.reveal(i, true);
        kept |= history.entries().at(i).toMap().value(QStringLiteral("value")) ==
                QStringLiteral("typed-here");
    }
    EXPECT_TRUE(kept);
}

TEST_F(WriteViewModels, ANoteAboutAWholeRecordIsAcknowledged) {
    linkAndUnlock();
    const qint64 id = 5; // Site 4
    editAndSave(id, {{QStringLiteral("username"), QStringLiteral("still wanted")}});
    server.deleteRecord(id); // deleted there meanwhile: created again from this device's copy
    syncNow();
    conflicts.reload();
    const QVariantMap note = only(conflicts.notes());
    EXPECT_EQ(note.value(QStringLiteral("kind")), QStringLiteral("record"));
    EXPECT_EQ(note.value(QStringLiteral("name")), QStringLiteral("Site 4"));
    EXPECT_EQ(note.value(QStringLiteral("text")),
              QStringLiteral("Deleted on the server while you changed it: created again with "
                             "your changes."));
    conflicts.acknowledge(note.value(QStringLiteral("note")).toLongLong());
    EXPECT_EQ(conflicts.count(), 0);
    EXPECT_EQ(status.attention(), 0);
}

TEST_F(WriteViewModels, ARefusedChangeShowsTheServersReasonAndIsRetriedOrDiscarded) {
    linkAndUnlock();
    server.refuseWrites = QStringLiteral("forbidden");
    editAndSave(6, {{QStringLiteral("username"), QStringLiteral("refused once")}});
    editAndSave(7, {{QStringLiteral("username"), QStringLiteral("refused for good")}});
    syncNow();
    EXPECT_EQ(status.pushLine(), QStringLiteral("The server refused 2 change(s)."));
    EXPECT_EQ(status.attention(), 2);
    EXPECT_EQ(status.attentionLine(), QStringLiteral("2 change(s) refused by the server"));
    EXPECT_EQ(status.waiting(), 0) << "a refused change is not sent again by itself";
    record.open(6);
    EXPECT_EQ(actions.changeState(), QStringLiteral("The server refused this change: Your account "
                                                    "lacks the right for this change."));
    EXPECT_TRUE(listed(6, ui::RecordListModel::PendingRole));

    conflicts.reload();
    ASSERT_EQ(conflicts.refused().size(), 2);
    const QVariantMap first = conflicts.refused().first().toMap();
    EXPECT_EQ(first.value(QStringLiteral("name")), QStringLiteral("Site 5"));
    EXPECT_EQ(first.value(QStringLiteral("change")), QStringLiteral("Changes"));
    EXPECT_EQ(first.value(QStringLiteral("reason")),
              QStringLiteral("Your account lacks the right for this change."));

    conflicts.retry(6);
    conflicts.discard(7);
    EXPECT_EQ(conflicts.count(), 0);
    EXPECT_EQ(status.waiting(), 1);
    EXPECT_EQ(shown(7, QStringLiteral("username")), QStringLiteral("user7"))
        << "a discarded change shows the server's record again";
    server.refuseWrites.clear();
    syncNow();
    EXPECT_EQ(status.pushLine(), QStringLiteral("Sent 1 change(s)."));
    EXPECT_EQ(fieldOf(*server.record(6), QStringLiteral("username"))->value("value"),
              QStringLiteral("refused once"));
    EXPECT_EQ(fieldOf(*server.record(7), QStringLiteral("username"))->value("value"),
              QStringLiteral("user7"));
    EXPECT_EQ(status.attention(), 0);
    EXPECT_EQ(status.waiting(), 0);
}

} // namespace
} // namespace vaultlink::testing
