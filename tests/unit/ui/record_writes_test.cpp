#include "src/profiles/mirror_token_store.h"
#include "write_fixture.h"

#include <QJsonArray>

namespace vaultlink::testing {
namespace {

using Roles = ui::EditFieldsModel;

TEST_F(WriteViewModels, ANewRecordIsShownAtOnceWaitsToBeSentAndASyncSendsIt) {
    linkAndUnlock();
    newRecord.reload();
    ASSERT_EQ(newRecord.forms().size(), 1);
    EXPECT_EQ(newRecord.forms().first().toMap().value(QStringLiteral("id")),
              QStringLiteral("login"));
    // The unit IT is read only for this user: only Personal is offered.
    ASSERT_EQ(newRecord.places().size(), 1);
    EXPECT_EQ(newRecord.places().first().toMap().value(QStringLiteral("unit")).toLongLong(), 0);
    EXPECT_TRUE(newRecord.reason().isEmpty());

    ASSERT_TRUE(editor.create(QStringLiteral("login"), 0)) << editor.error().toStdString();
    EXPECT_TRUE(editor.isNew());
    EXPECT_EQ(editor.place(), QStringLiteral("Personal"));
    EXPECT_EQ(editor.fields()->rowCount(), 4);
    // The name is required, and the page says so before Save is offered.
    EXPECT_FALSE(editor.canSave());
    EXPECT_EQ(role(QStringLiteral("name"), Roles::ProblemRole).toString(),
              QStringLiteral("A record needs a name."));
    editor.setValue(QStringLiteral("name"), QStringLiteral("Fresh"));
    EXPECT_TRUE(role(QStringLiteral("name"), Roles::ProblemRole).toString().isEmpty());
    EXPECT_TRUE(editor.canSave());
    editor.setValue(QStringLiteral("username"), QStringLiteral("fresh-user"));
    editor.setValue(QStringLiteral("password"), QStringLiteral("Tr0ub4dor&3-horse"));
    editor.addTag(QStringLiteral("tags"), QStringLiteral(" work "));
    editor.addTag(QStringLiteral("tags"), QStringLiteral("work")); // once only
    editor.addTag(QStringLiteral("tags"), QStringLiteral("new"));
    editor.removeTag(QStringLiteral("tags"), 1);
    EXPECT_EQ(role(QStringLiteral("tags"), Roles::TagsRole).toStringList(),
              QStringList{QStringLiteral("work")});

    QSignalSpy saved(&editor, &ui::RecordEditorViewModel::saved);
    ASSERT_TRUE(editor.save()) << editor.error().toStdString();
    ASSERT_EQ(saved.size(), 1);
    const qint64 id = saved.first().at(0).toLongLong();
    EXPECT_LT(id, 0) << "a record not on the server yet has a local id";
    EXPECT_TRUE(saved.first().at(1).toBool());
    EXPECT_FALSE(editor.isOpen());
    EXPECT_EQ(editor.fields()->rowCount(), 0) << "what was typed stayed in the editor";

    // Shown at once, offline, and marked as waiting.
    EXPECT_EQ(vault.records()->rowCount(), 13);
    EXPECT_TRUE(listed(id, ui::RecordListModel::PendingRole));
    EXPECT_FALSE(listed(id, ui::RecordListModel::NotedRole));
    EXPECT_EQ(status.waiting(), 1);
    EXPECT_TRUE(status.line().endsWith(QStringLiteral("1 change(s) wait(s) to be sent")))
        << status.line().toStdString();
    vault.setSearchText(QStringLiteral("fresh"));
    ASSERT_EQ(vault.records()->rowCount(), 1);
    record.open(id);
    EXPECT_EQ(record.name(), QStringLiteral("Fresh"));
    EXPECT_TRUE(actions.canEdit());
    EXPECT_TRUE(actions.canDelete());
    EXPECT_EQ(actions.changeState(),
              QStringLiteral("Changed on this device; not sent to the server yet."));
    // Opened for editing before the sync, saved after it.
    ASSERT_TRUE(editor.edit(id));
    vault.setSearchText(QString());

    syncNow();
    EXPECT_EQ(server.visibleCount(), 13);
    EXPECT_EQ(status.waiting(), 0);
    EXPECT_FALSE(status.line().contains(QStringLiteral("wait"))) << status.line().toStdString();
    EXPECT_EQ(status.pushLine(), QStringLiteral("Sent 1 change(s)."));
    const qint64 onServer = server.visibleIds().last();
    const std::optional<QJsonObject> sent = server.record(onServer);
    ASSERT_TRUE(sent);
    EXPECT_EQ(fieldOf(*sent, QStringLiteral("username"))->value(QLatin1String("value")),
              QStringLiteral("fresh-user"));
    EXPECT_EQ(fieldOf(*sent, QStringLiteral("tags"))->value(QLatin1String("value")),
              QJsonArray{QStringLiteral("work")});
    EXPECT_FALSE(listed(onServer, ui::RecordListModel::PendingRole));
    // The page open on the record follows it to the server's id, and so does the editor.
    EXPECT_EQ(record.recordId(), onServer);
    EXPECT_EQ(record.name(), QStringLiteral("Fresh"));
    EXPECT_TRUE(record.error().isEmpty()) << record.error().toStdString();
    editor.setValue(QStringLiteral("username"), QStringLiteral("renamed-user"));
    ASSERT_TRUE(editor.save()) << editor.error().toStdString();
    EXPECT_TRUE(listed(onServer, ui::RecordListModel::PendingRole));
    EXPECT_EQ(status.waiting(), 1);
    syncNow();
    EXPECT_EQ(fieldOf(*server.record(onServer), QStringLiteral("username"))->value("value"),
              QStringLiteral("renamed-user"));
    EXPECT_EQ(server.visibleCount(), 13);
}

TEST_F(WriteViewModels, AnEditedPasswordGoesToTheHistoryShownHiddenUntilRevealed) {
    linkAndUnlock();
    const qint64 id = 4; // Site 3
    record.open(id);
    EXPECT_TRUE(history.entries().isEmpty());
    ASSERT_TRUE(actions.canEdit()) << actions.readOnlyReason().toStdString();
    EXPECT_TRUE(actions.readOnlyReason().isEmpty());

    ASSERT_TRUE(editor.edit(id));
    EXPECT_FALSE(editor.isNew());
    EXPECT_EQ(editor.title(), QStringLiteral("Edit Site 3"));
    EXPECT_FALSE(editor.canSave()) << "nothing changed yet";
    EXPECT_EQ(role(QStringLiteral("password"), Roles::ValueRole), QStringLiteral("pw-3"));
    EXPECT_EQ(editAndSave(id, {{QStringLiteral("password"), QStringLiteral("a-new-one")}}), id);

    // The page shows the record as it is now, and the old password in its history.
    EXPECT_EQ(record.recordId(), id);
    EXPECT_EQ(shown(id, QStringLiteral("password")), QStringLiteral("a-new-one"));
    ASSERT_EQ(history.entries().size(), 1);
    QVariantMap entry = history.entries().first().toMap();
    EXPECT_EQ(entry.value(QStringLiteral("label")), QStringLiteral("password"));
    EXPECT_TRUE(entry.value(QStringLiteral("value")).toString().isEmpty())
        << "an old password reached the page before it was revealed";
    EXPECT_FALSE(entry.value(QStringLiteral("when")).toString().isEmpty());
    history.reveal(0, true);
    entry = history.entries().first().toMap();
    EXPECT_EQ(entry.value(QStringLiteral("value")), QStringLiteral("pw-3"));
    EXPECT_EQ(entry.value(QStringLiteral("why")), QStringLiteral("replaced on this device"));
    EXPECT_TRUE(listed(id, ui::RecordListModel::PendingRole));

    // Cancel drops what was typed: nothing changes.
    ASSERT_TRUE(editor.edit(id));
    editor.setValue(QStringLiteral("username"), QStringLiteral("typed, then cancelled"));
    editor.setValue(QStringLiteral("name"), QString());
    EXPECT_FALSE(editor.canSave()) << "saved without a name";
    editor.cancel();
    EXPECT_FALSE(editor.isOpen());
    EXPECT_EQ(shown(id, QStringLiteral("username")), QStringLiteral("user4"));
    EXPECT_EQ(shown(id, QStringLiteral("name")), QStringLiteral("Site 3"));

    syncNow();
    EXPECT_EQ(fieldOf(*server.record(id), QStringLiteral("password"))->value("value"),
              QStringLiteral("a-new-one"));
    EXPECT_EQ(history.entries().size(), 1) << "the history went with the sync";
}

TEST_F(WriteViewModels, APasswordsStrengthIsShownAsItIsTypedWithTheRecordsOwnWords) {
    linkAndUnlock();
    ASSERT_TRUE(editor.create(QStringLiteral("login"), 0));
    EXPECT_EQ(role(QStringLiteral("password"), Roles::ScoreRole).toInt(), -1);
    EXPECT_TRUE(role(QStringLiteral("password"), Roles::StrengthRole).toString().isEmpty());

    editor.setValue(QStringLiteral("name"), QStringLiteral("Bank"));
    editor.setValue(QStringLiteral("password"), QStringLiteral("zorblaxquint1987"));
    const int unrelated = role(QStringLiteral("password"), Roles::ScoreRole).toInt();
    EXPECT_TRUE(role(QStringLiteral("password"), Roles::StrengthRole)
                    .toString()
                    .contains(QStringLiteral("to guess at 10 billion guesses a second")));
    // The same password is weak for a record whose user name it is made of.
    editor.setValue(QStringLiteral("username"), QStringLiteral("zorblaxquint"));
    const int own = role(QStringLiteral("password"), Roles::ScoreRole).toInt();
    EXPECT_LT(own, unrelated);
    EXPECT_TRUE(editor.userWords().contains(QStringLiteral("zorblaxquint")));
    editor.cancel();
}

TEST_F(WriteViewModels, TheGeneratorMakesPasswordsOfTheChosenKindWithTheirStrength) {
    ui::PasswordGeneratorViewModel &generator = graph.generator;
    generator.generate();
    EXPECT_EQ(generator.password().size(), 20);
    EXPECT_EQ(generator.score(), 4);
    EXPECT_TRUE(generator.strength().startsWith(QStringLiteral("Strong: about ")))
        << generator.strength().toStdString();
    generator.setLength(32); // a change of an option makes a new one at once
    EXPECT_EQ(generator.password().size(), 32);
    generator.setAvoidAmbiguous(true);
    for (const char c : kAmbiguousCharacters)
        EXPECT_FALSE(generator.password().contains(QLatin1Char(c)));
    generator.setLower(false);
    generator.setUpper(false);
    generator.setDigits(false);
    generator.setSymbols(false);
    EXPECT_TRUE(generator.password().isEmpty());
    EXPECT_EQ(generator.problem(), QStringLiteral("Choose at least one kind of character."));
    generator.setDigits(true);
    EXPECT_TRUE(generator.problem().isEmpty());
    EXPECT_EQ(generator.password().size(), 32);

    generator.setWordsMode(true);
    generator.setWords(4);
    generator.setSeparator(QStringLiteral("+"));
    EXPECT_EQ(generator.password().count(QLatin1Char('+')), 3)
        << generator.password().toStdString();
    EXPECT_FALSE(generator.strength().isEmpty());
    generator.setSeparator(QStringLiteral("é"));
    EXPECT_EQ(generator.problem(), QStringLiteral("The separator may only hold unaccented letters, "
                                                  "digits, punctuation and spaces."));
    generator.clear();
    EXPECT_TRUE(generator.password().isEmpty());
}

TEST_F(WriteViewModels, ARecordTheUserMayNotChangeIsReadOnlyAndSaysWhy) {
    const qint64 router = server.addRecord(QStringLiteral("Router"));
    server.moveToUnit(router, 7); // IT: read only for this user
    linkAndUnlock();
    record.open(router);
    EXPECT_FALSE(actions.canEdit());
    EXPECT_EQ(actions.readOnlyReason(),
              QStringLiteral("Read only: the server does not let you change records of \"IT\"."));
    EXPECT_FALSE(actions.canDelete());
    EXPECT_FALSE(actions.remove());
    EXPECT_FALSE(editor.edit(router));
    EXPECT_EQ(editor.error(), actions.readOnlyReason());
    EXPECT_FALSE(editor.isOpen());
    EXPECT_FALSE(editor.create(QStringLiteral("login"), 7));
    EXPECT_EQ(editor.error(), QStringLiteral("The server does not let you add records to \"IT\"."));

    // Without any place to create in, the New record page says why.
    server.createPersonal = false;
    syncNow();
    newRecord.reload();
    EXPECT_TRUE(newRecord.places().isEmpty());
    EXPECT_EQ(newRecord.reason(),
              QStringLiteral("The server does not let you create personal records.\nThe server "
                             "does not let you add records to \"IT\"."));
}

TEST_F(WriteViewModels, BeforeTheFormsAreKnownNoRecordCanBeCreatedAndThePageSaysSo) {
    linkAndUnlock();
    // As an older version's mirror holds it: no forms stored yet.
    session.mirror()->setValues(
        {{QLatin1String(mirror_keys::forms), QString()}, {QLatin1String(mirror_keys::rights), {}}});
    newRecord.reload();
    EXPECT_TRUE(newRecord.forms().isEmpty());
    EXPECT_TRUE(newRecord.places().isEmpty());
    EXPECT_EQ(newRecord.reason(), QStringLiteral("This device does not know the server's forms "
                                                 "yet; synchronize once, then try again."));
}

TEST_F(WriteViewModels, ADeletionIsShownAtOnceAndSentAtTheNextSync) {
    linkAndUnlock();
    record.open(2);
    ASSERT_TRUE(actions.canDelete());
    QSignalSpy removed(&actions, &ui::RecordActions::removed);
    // The list changes where it is: a view keeps its place (no reset), one row fewer at the end.
    QSignalSpy resets(vault.records(), &QAbstractItemModel::modelReset);
    QSignalSpy rowsGone(vault.records(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(vault.records(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(actions.remove()) << actions.error().toStdString();
    EXPECT_EQ(removed.size(), 1);
    EXPECT_EQ(vault.records()->rowCount(), 11);
    EXPECT_EQ(resets.size(), 0);
    ASSERT_EQ(rowsGone.size(), 1);
    EXPECT_EQ(rowsGone.first().at(1).toInt(), 11);
    EXPECT_GE(changed.size(), 1);
    for (int row = 0; row < 11; ++row)
        EXPECT_NE(vault.records()->idAt(row), 2) << "row " << row;
    EXPECT_EQ(status.waiting(), 1);
    syncNow();
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(server.visibleCount(), 11);
    EXPECT_FALSE(server.record(2));
    EXPECT_EQ(status.waiting(), 0);
    vault.setSearchText(QStringLiteral("a")); // another list: it starts at the top
    EXPECT_EQ(resets.size(), 1);
}

TEST_F(WriteViewModels, LockingDropsWhatTheEditorHeld) {
    linkAndUnlock();
    ASSERT_TRUE(editor.edit(3));
    editor.setValue(QStringLiteral("password"), QStringLiteral("half-typed"));
    vault.lock();
    EXPECT_FALSE(editor.isOpen());
    EXPECT_EQ(editor.fields()->rowCount(), 0);
    EXPECT_FALSE(editor.save());
}

} // namespace
} // namespace vaultlink::testing
