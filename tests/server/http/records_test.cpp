#include "server/common/timefmt.h"
#include "server/directory/forms.h"
#include "server/directory/users.h"
#include "tests/server/http/api_fixture.h"

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

QJsonObject change(const QString &key, const QJsonValue &value, qint64 baseRevision) {
    return {{QStringLiteral("key"), key},
            {QStringLiteral("value"), value},
            {QStringLiteral("baseRevision"), baseRevision}};
}

QJsonObject changesBody(const QJsonArray &changes) {
    return {{QStringLiteral("changes"), changes}};
}

class RecordsApi : public ApiTest {
protected:
    void SetUp() override {
        tokens = loginAlice();
        ASSERT_TRUE(tokens.ok());
    }

    Reply getRecord(qint64 id, const QString &access = {}) {
        return client.get(QStringLiteral("/api/v1/records/%1").arg(id),
                          access.isEmpty() ? tokens.access : access);
    }
    Reply patchRecord(qint64 id, const QJsonArray &changes, const QString &access = {}) {
        return client.patch(QStringLiteral("/api/v1/records/%1").arg(id), changesBody(changes),
                            access.isEmpty() ? tokens.access : access);
    }

    Tokens tokens;
};

TEST_F(RecordsApi, CreatesAPersonalRecordWithEveryFieldOfItsForm) {
    data().clock.advanceSeconds(5);
    const Reply reply = createRecord(
        tokens.access,
        {{QStringLiteral("form"), QStringLiteral("login")},
         {QStringLiteral("fields"),
          QJsonObject{
              {QStringLiteral("name"), QStringLiteral("Mail")},
              {QStringLiteral("username"), QStringLiteral("alice@example.org")},
              {QStringLiteral("password"), QStringLiteral("p4ss")},
              {QStringLiteral("tags"), QJsonArray{QStringLiteral("work"), QStringLiteral(" work "),
                                                  QStringLiteral("mail")}}}}});
    ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    const QJsonObject record = reply.json();
    const qint64 id = record.value(QStringLiteral("id")).toInteger();
    EXPECT_GT(id, 0);
    EXPECT_EQ(record.value(QStringLiteral("form")).toString(), QStringLiteral("login"));
    EXPECT_TRUE(record.value(QStringLiteral("unit")).isNull());
    EXPECT_TRUE(record.value(QStringLiteral("personal")).toBool());
    EXPECT_EQ(record.value(QStringLiteral("sequence")).toInteger(), databaseSequence(db));
    EXPECT_EQ(record.value(QStringLiteral("createdAt")).toString(), isoTime(data().clock.nowMs()));

    const QJsonArray fields = record.value(QStringLiteral("fields")).toArray();
    const FormSpec form = *findForm(QStringLiteral("login"));
    ASSERT_EQ(fields.size(), form.fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        EXPECT_EQ(fields[i][QStringLiteral("key")].toString(), form.fields[i].key);
        EXPECT_EQ(fields[i][QStringLiteral("type")].toString(), form.fields[i].type);
        EXPECT_EQ(fields[i][QStringLiteral("label")].toString(), form.fields[i].label);
        EXPECT_EQ(fields[i][QStringLiteral("revision")].toInteger(), 1);
    }
    EXPECT_EQ(fieldOf(record, QStringLiteral("password"))[QStringLiteral("value")].toString(),
              QStringLiteral("p4ss"));
    EXPECT_EQ(fieldOf(record, QStringLiteral("url"))[QStringLiteral("value")].toString(),
              QString());
    // Tags are trimmed and de-duplicated.
    EXPECT_EQ(fieldOf(record, QStringLiteral("tags"))[QStringLiteral("value")].toArray(),
              (QJsonArray{QStringLiteral("work"), QStringLiteral("mail")}));

    // Reading it back gives the same record.
    const Reply read = getRecord(id);
    ASSERT_EQ(read.status, 200) << read.body.toStdString();
    EXPECT_EQ(read.json(), record);
}

TEST_F(RecordsApi, CreatesARecordInAUnit) {
    const qint64 unit = data().addUnit(db, QStringLiteral("Ops"));
    data().grant(unit, alice, true, true, false);
    const Reply reply = createRecord(
        tokens.access, {{QStringLiteral("form"), QStringLiteral("server")},
                        {QStringLiteral("unit"), unit},
                        {QStringLiteral("fields"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("db01")},
                                     {QStringLiteral("hostname"), QStringLiteral("db01.lan")}}}});
    ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
    EXPECT_EQ(reply.json().value(QStringLiteral("unit")).toInteger(), unit);
    EXPECT_FALSE(reply.json().value(QStringLiteral("personal")).toBool());
    EXPECT_EQ(getRecord(reply.json().value(QStringLiteral("id")).toInteger()).status, 200);
}

TEST_F(RecordsApi, PatchChangesFieldsAndBumpsTheirRevisions) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"));
    const qint64 before = databaseSequence(db);
    data().clock.advanceSeconds(10);
    const Reply reply =
        patchRecord(id, {change(QStringLiteral("password"), QStringLiteral("n3w"), 1),
                         change(QStringLiteral("tags"), QJsonArray{QStringLiteral("x")}, 1)});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    const QJsonObject record = reply.json();
    EXPECT_EQ(record.value(QStringLiteral("sequence")).toInteger(), before + 1);
    EXPECT_EQ(databaseSequence(db), before + 1);
    const QJsonObject password = fieldOf(record, QStringLiteral("password"));
    EXPECT_EQ(password.value(QStringLiteral("value")).toString(), QStringLiteral("n3w"));
    EXPECT_EQ(password.value(QStringLiteral("revision")).toInteger(), 2);
    EXPECT_EQ(password.value(QStringLiteral("modifiedAt")).toString(),
              isoTime(data().clock.nowMs()));
    EXPECT_EQ(fieldOf(record, QStringLiteral("tags")).value(QStringLiteral("value")).toArray(),
              QJsonArray{QStringLiteral("x")});
    // Untouched fields keep their revision.
    EXPECT_EQ(
        fieldOf(record, QStringLiteral("username")).value(QStringLiteral("revision")).toInteger(),
        1);
    EXPECT_EQ(getRecord(id).json(), record);

    // The next change builds on revision 2.
    const Reply again =
        patchRecord(id, {change(QStringLiteral("password"), QStringLiteral("n4w"), 2)});
    ASSERT_EQ(again.status, 200) << again.body.toStdString();
    EXPECT_EQ(
        fieldOf(again.json(), QStringLiteral("password"))[QStringLiteral("revision")].toInteger(),
        3);
}

TEST_F(RecordsApi, PatchWithTheCurrentValueChangesNothing) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"), 0, QStringLiteral("same"));
    const qint64 before = databaseSequence(db);
    const Reply reply =
        patchRecord(id, {change(QStringLiteral("username"), QStringLiteral("same"), 1)});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(
        fieldOf(reply.json(), QStringLiteral("username"))[QStringLiteral("revision")].toInteger(),
        1);
    EXPECT_EQ(databaseSequence(db), before);
}

TEST_F(RecordsApi, StaleBaseRevisionIsAConflictThatChangesNothing) {
    const qint64 id =
        createLogin(tokens.access, QStringLiteral("Mail"), 0, QStringLiteral("first"));
    ASSERT_EQ(
        patchRecord(id, {change(QStringLiteral("username"), QStringLiteral("second"), 1)}).status,
        200);
    const QJsonObject before = getRecord(id).json();
    const qint64 sequence = databaseSequence(db);

    // A phone that still has revision 1 changes the user name and the (current) password.
    const Reply reply =
        patchRecord(id, {change(QStringLiteral("password"), QStringLiteral("pw"), 1),
                         change(QStringLiteral("username"), QStringLiteral("third"), 1)});
    ASSERT_TRUE(isProblem(reply, 409, "revision-conflict"));
    const QJsonArray conflicts = reply.json().value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first()[QStringLiteral("key")].toString(), QStringLiteral("username"));
    EXPECT_EQ(conflicts.first()[QStringLiteral("value")].toString(), QStringLiteral("second"));
    EXPECT_EQ(conflicts.first()[QStringLiteral("revision")].toInteger(), 2);
    EXPECT_EQ(conflicts.first()[QStringLiteral("type")].toString(), QStringLiteral("username"));

    // Nothing was applied, not even the change without a conflict.
    EXPECT_EQ(getRecord(id).json(), before);
    EXPECT_EQ(databaseSequence(db), sequence);
}

TEST_F(RecordsApi, ARetryOfAnAppliedPatchSucceedsWithoutChangingAgain) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"));
    const QJsonArray request{change(QStringLiteral("password"), QStringLiteral("pw2"), 1)};
    const Reply first = patchRecord(id, request);
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    const qint64 sequence = databaseSequence(db);
    // The answer was lost; the phone sends the same request again, with the old base revision.
    const Reply retry = patchRecord(id, request);
    ASSERT_EQ(retry.status, 200) << retry.body.toStdString();
    EXPECT_EQ(
        fieldOf(retry.json(), QStringLiteral("password"))[QStringLiteral("revision")].toInteger(),
        2);
    EXPECT_EQ(retry.json(), first.json());
    EXPECT_EQ(databaseSequence(db), sequence);
    // Someone else's value at a newer revision is still a conflict.
    ASSERT_EQ(
        patchRecord(id, {change(QStringLiteral("password"), QStringLiteral("pw3"), 2)}).status,
        200);
    const Reply stale = patchRecord(id, request);
    ASSERT_TRUE(isProblem(stale, 409, "revision-conflict"));
    EXPECT_EQ(stale.json()[QStringLiteral("conflicts")][0][QStringLiteral("value")].toString(),
              QStringLiteral("pw3"));
    EXPECT_EQ(stale.json()[QStringLiteral("conflicts")][0][QStringLiteral("revision")].toInteger(),
              3);
}

TEST_F(RecordsApi, ConflictListsEveryConflictingField) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"));
    ASSERT_EQ(patchRecord(id, {change(QStringLiteral("username"), QStringLiteral("u2"), 1),
                               change(QStringLiteral("url"), QStringLiteral("https://x"), 1)})
                  .status,
              200);
    const Reply reply =
        patchRecord(id, {change(QStringLiteral("username"), QStringLiteral("u3"), 1),
                         change(QStringLiteral("url"), QStringLiteral("https://y"), 0)});
    ASSERT_TRUE(isProblem(reply, 409, "revision-conflict"));
    const QJsonArray conflicts = reply.json().value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 2);
    EXPECT_EQ(conflicts[1][QStringLiteral("key")].toString(), QStringLiteral("url"));
    EXPECT_EQ(conflicts[1][QStringLiteral("value")].toString(), QStringLiteral("https://x"));
}

TEST_F(RecordsApi, CreatingInAUnitNeedsTheAddRight) {
    const qint64 unit = data().addUnit(db, QStringLiteral("Ops"));
    data().grant(unit, alice, true, false, true);
    const qint64 sequence = databaseSequence(db);
    const Reply reply = createRecord(
        tokens.access,
        {{QStringLiteral("form"), QStringLiteral("note")},
         {QStringLiteral("unit"), unit},
         {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("n")}}}});
    EXPECT_TRUE(isProblem(reply, 403, "forbidden"));
    EXPECT_EQ(databaseSequence(db), sequence);
}

TEST_F(RecordsApi, CreatingInAUnitNeedsTheReadRightToo) {
    // So that nobody creates a record that then vanishes from their own view.
    const qint64 unit = data().addUnit(db, QStringLiteral("Drop box"));
    data().grant(unit, alice, false, true, false);
    const qint64 sequence = databaseSequence(db);
    const Reply created = createRecord(
        tokens.access,
        {{QStringLiteral("form"), QStringLiteral("note")},
         {QStringLiteral("unit"), unit},
         {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("n")}}}});
    EXPECT_TRUE(isProblem(created, 403, "forbidden"));
    EXPECT_EQ(databaseSequence(db), sequence);
}

TEST_F(RecordsApi, ClientRefMakesCreationSafeToRetry) {
    const QJsonObject body{
        {QStringLiteral("form"), QStringLiteral("note")},
        {QStringLiteral("clientRef"), QStringLiteral("7f0c9e1a-3b52-4d8e-9a55-0c1d2e3f4a5b")},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("offline")}}}};
    const Reply first = createRecord(tokens.access, body);
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    EXPECT_EQ(first.json().value(QStringLiteral("clientRef")).toString(),
              QStringLiteral("7f0c9e1a-3b52-4d8e-9a55-0c1d2e3f4a5b"));
    const qint64 sequence = databaseSequence(db);
    const Reply again = createRecord(tokens.access, body);
    ASSERT_EQ(again.status, 200) << again.body.toStdString();
    EXPECT_EQ(again.json(), first.json());
    EXPECT_EQ(databaseSequence(db), sequence);
    // Without a reference a repeat creates a second record; its clientRef is null.
    const qint64 plain1 = createLogin(tokens.access, QStringLiteral("plain"));
    const qint64 plain2 = createLogin(tokens.access, QStringLiteral("plain"));
    EXPECT_NE(plain1, plain2);
    EXPECT_EQ(databaseSequence(db), sequence + 2);
    EXPECT_TRUE(getRecord(plain1).json().value(QStringLiteral("clientRef")).isNull());
    // Another user's identical reference is their own.
    data().addUser(QStringLiteral("bob"), kBobPassword);
    const Tokens bobTokens = loginAs(QStringLiteral("bob"), kBobPassword);
    ASSERT_TRUE(bobTokens.ok());
    const Reply bobs = createRecord(bobTokens.access, body);
    EXPECT_EQ(bobs.status, 201);
    EXPECT_NE(bobs.json().value(QStringLiteral("id")).toInteger(),
              first.json().value(QStringLiteral("id")).toInteger());
    // A reference longer than 128 characters is refused.
    QJsonObject tooLong = body;
    tooLong.insert(QStringLiteral("clientRef"), QString(129, QLatin1Char('r')));
    EXPECT_TRUE(isProblem(createRecord(tokens.access, tooLong), 400, "invalid-request"));
}

TEST_F(RecordsApi, CreatingInAUnitNeedsTheCreateRight) {
    const qint64 unit = data().addUnit(db, QStringLiteral("Ops"));
    const qint64 carol =
        data().addUser(QStringLiteral("carol"), QStringLiteral("carol-pw"), true, false, true);
    data().grant(unit, carol, true, true, true);
    const Tokens carolTokens = loginAs(QStringLiteral("carol"), QStringLiteral("carol-pw"));
    ASSERT_TRUE(carolTokens.ok());
    EXPECT_TRUE(
        isProblem(createRecord(carolTokens.access,
                               {{QStringLiteral("form"), QStringLiteral("note")},
                                {QStringLiteral("unit"), unit},
                                {QStringLiteral("fields"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("n")}}}}),
                  403, "forbidden"));
    // Her personal records are fine.
    EXPECT_NE(createLogin(carolTokens.access, QStringLiteral("personal")), 0);
}

TEST_F(RecordsApi, CreatingAPersonalRecordNeedsThePersonalRight) {
    data().addUser(QStringLiteral("dave"), QStringLiteral("dave-pw"), true, true, false);
    const Tokens daveTokens = loginAs(QStringLiteral("dave"), QStringLiteral("dave-pw"));
    ASSERT_TRUE(daveTokens.ok());
    const qint64 sequence = databaseSequence(db);
    EXPECT_TRUE(
        isProblem(createRecord(daveTokens.access,
                               {{QStringLiteral("form"), QStringLiteral("note")},
                                {QStringLiteral("fields"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("n")}}}}),
                  403, "forbidden"));
    EXPECT_EQ(databaseSequence(db), sequence);
}

TEST_F(RecordsApi, EditingAUnitRecordNeedsTheEditRight) {
    const qint64 unit = data().addUnit(db, QStringLiteral("Ops"));
    data().grant(unit, alice, true, true, true);
    const qint64 bob = data().addUser(QStringLiteral("bob"), kBobPassword);
    data().grant(unit, bob, true, false, false);
    const qint64 id =
        createLogin(tokens.access, QStringLiteral("shared"), unit, QStringLiteral("u"));
    const Tokens bobTokens = loginAs(QStringLiteral("bob"), kBobPassword);
    ASSERT_TRUE(bobTokens.ok());
    EXPECT_EQ(getRecord(id, bobTokens.access).status, 200);
    const Reply reply = patchRecord(
        id, {change(QStringLiteral("username"), QStringLiteral("v"), 1)}, bobTokens.access);
    EXPECT_TRUE(isProblem(reply, 403, "forbidden"));
    EXPECT_EQ(fieldOf(getRecord(id).json(), QStringLiteral("username"))[QStringLiteral("value")]
                  .toString(),
              QStringLiteral("u"));
}

TEST_F(RecordsApi, InvisibleRecordsAreUnknown) {
    const qint64 bob = data().addUser(QStringLiteral("bob"), kBobPassword);
    const qint64 unit = data().addUnit(db, QStringLiteral("Bob only"));
    data().grant(unit, bob, true, true, true);
    const Tokens bobTokens = loginAs(QStringLiteral("bob"), kBobPassword);
    ASSERT_TRUE(bobTokens.ok());
    const qint64 personal = createLogin(bobTokens.access, QStringLiteral("bob's"));
    const qint64 inUnit = createLogin(bobTokens.access, QStringLiteral("unit"), unit);
    const qint64 mine = createLogin(tokens.access, QStringLiteral("alice's"));
    ASSERT_NE(personal, 0);
    ASSERT_NE(inUnit, 0);

    for (qint64 id : {personal, inUnit, qint64{987654}}) {
        EXPECT_TRUE(isProblem(getRecord(id), 404, "record-unknown")) << id;
        EXPECT_TRUE(
            isProblem(patchRecord(id, {change(QStringLiteral("name"), QStringLiteral("x"), 1)}),
                      404, "record-unknown"))
            << id;
    }
    EXPECT_TRUE(isProblem(getRecord(mine, bobTokens.access), 404, "record-unknown"));
    // A deleted record is gone for its owner too.
    server.context->records.remove(db, mine);
    EXPECT_TRUE(isProblem(getRecord(mine), 404, "record-unknown"));
    // Bob's records are untouched.
    EXPECT_EQ(fieldOf(getRecord(personal, bobTokens.access).json(),
                      QStringLiteral("name"))[QStringLiteral("value")]
                  .toString(),
              QStringLiteral("bob's"));
}

TEST_F(RecordsApi, RecordsOfAnotherDatabaseAreUnknown) {
    const qint64 other = data().addDatabase(QStringLiteral("Other"));
    const Tokens there =
        loginAs(QStringLiteral("alice"), kAlicePassword, QStringLiteral("p2"), other);
    ASSERT_TRUE(there.ok());
    const qint64 id = createLogin(there.access, QStringLiteral("elsewhere"));
    EXPECT_TRUE(isProblem(getRecord(id), 404, "record-unknown"));
    EXPECT_EQ(getRecord(id, there.access).status, 200);
}

TEST_F(RecordsApi, InvalidCreateRequestsNameTheProblemAndChangeNothing) {
    const qint64 foreignDb = data().addDatabase(QStringLiteral("Foreign"));
    const qint64 foreignUnit = data().addUnit(foreignDb, QStringLiteral("F"));
    data().grant(foreignUnit, alice, true, true, true);
    const qint64 sequence = databaseSequence(db);
    const QJsonObject name{{QStringLiteral("name"), QStringLiteral("n")}};
    const struct {
        const char *what;
        QJsonObject body;
        const char *field;
    } cases[] = {
        {"no form", {{QStringLiteral("fields"), name}}, "form"},
        {"form not a string",
         {{QStringLiteral("form"), 3}, {QStringLiteral("fields"), name}},
         "form"},
        {"unknown form",
         {{QStringLiteral("form"), QStringLiteral("nope")}, {QStringLiteral("fields"), name}},
         nullptr},
        {"unit not a number",
         {{QStringLiteral("form"), QStringLiteral("note")},
          {QStringLiteral("unit"), QStringLiteral("1")},
          {QStringLiteral("fields"), name}},
         "unit"},
        {"unit of another database",
         {{QStringLiteral("form"), QStringLiteral("note")},
          {QStringLiteral("unit"), foreignUnit},
          {QStringLiteral("fields"), name}},
         nullptr},
        {"fields not an object",
         {{QStringLiteral("form"), QStringLiteral("note")},
          {QStringLiteral("fields"), QJsonArray{}}},
         "fields"},
        {"unknown field",
         {{QStringLiteral("form"), QStringLiteral("note")},
          {QStringLiteral("fields"),
           QJsonObject{{QStringLiteral("name"), QStringLiteral("n")},
                       {QStringLiteral("password"), QStringLiteral("x")}}}},
         nullptr},
        {"tags not an array",
         {{QStringLiteral("form"), QStringLiteral("note")},
          {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("n")},
                                                 {QStringLiteral("tags"), QStringLiteral("a,b")}}}},
         nullptr},
        {"value not a string",
         {{QStringLiteral("form"), QStringLiteral("note")},
          {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), 12}}}},
         nullptr},
        {"empty name",
         {{QStringLiteral("form"), QStringLiteral("note")},
          {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("  ")}}}},
         nullptr},
        {"no name", {{QStringLiteral("form"), QStringLiteral("note")}}, nullptr},
    };
    for (const auto &c : cases) {
        const Reply reply = createRecord(tokens.access, c.body);
        EXPECT_TRUE(isProblem(reply, 400, "invalid-request")) << c.what;
        if (c.field) {
            EXPECT_EQ(reply.json().value(QStringLiteral("field")).toString(),
                      QLatin1String(c.field))
                << c.what;
        }
    }
    EXPECT_EQ(databaseSequence(db), sequence);
}

TEST_F(RecordsApi, InvalidPatchRequestsChangeNothing) {
    const qint64 id = createLogin(tokens.access, QStringLiteral("Mail"), 0, QStringLiteral("u"));
    const QJsonObject before = getRecord(id).json();
    const qint64 sequence = databaseSequence(db);
    const auto ok = change(QStringLiteral("username"), QStringLiteral("changed"), 1);
    const struct {
        const char *what;
        QJsonObject body;
    } cases[] = {
        {"no changes", {}},
        {"changes not an array", {{QStringLiteral("changes"), QJsonObject{}}}},
        {"empty changes", changesBody({})},
        {"change not an object", changesBody({ok, 5})},
        {"change without key",
         changesBody({ok, QJsonObject{{QStringLiteral("value"), QStringLiteral("v")},
                                      {QStringLiteral("baseRevision"), 1}}})},
        {"change without value",
         changesBody({ok, QJsonObject{{QStringLiteral("key"), QStringLiteral("url")},
                                      {QStringLiteral("baseRevision"), 1}}})},
        {"change without base revision",
         changesBody({ok, QJsonObject{{QStringLiteral("key"), QStringLiteral("url")},
                                      {QStringLiteral("value"), QStringLiteral("v")}}})},
        {"base revision not a number",
         changesBody({ok, QJsonObject{{QStringLiteral("key"), QStringLiteral("url")},
                                      {QStringLiteral("value"), QStringLiteral("v")},
                                      {QStringLiteral("baseRevision"), QStringLiteral("1")}}})},
        {"unknown field", changesBody({ok, change(QStringLiteral("cvc"), QStringLiteral("1"), 1)})},
        {"wrong value type", changesBody({ok, change(QStringLiteral("url"), 42, 1)})},
        {"tags not an array",
         changesBody({ok, change(QStringLiteral("tags"), QStringLiteral("t"), 1)})},
        // The name check comes after the first change was written: it must be rolled back.
        {"empty name", changesBody({ok, change(QStringLiteral("name"), QStringLiteral(" "), 1)})},
    };
    for (const auto &c : cases) {
        const Reply reply =
            client.patch(QStringLiteral("/api/v1/records/%1").arg(id), c.body, tokens.access);
        EXPECT_TRUE(isProblem(reply, 400, "invalid-request")) << c.what;
        EXPECT_EQ(getRecord(id).json(), before) << c.what;
        EXPECT_EQ(databaseSequence(db), sequence) << c.what;
    }
    EXPECT_TRUE(isProblem(
        client.patch(QStringLiteral("/api/v1/records/abc"), changesBody({ok}), tokens.access), 400,
        "invalid-request"));
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/records/abc"), tokens.access), 400,
                          "invalid-request"));
}

TEST_F(RecordsApi, CollectionPathAcceptsOnlyPost) {
    EXPECT_TRUE(isProblem(client.get(QStringLiteral("/api/v1/records"), tokens.access), 405,
                          "method-not-allowed"));
    EXPECT_TRUE(isProblem(client.deleteResource(QStringLiteral("/api/v1/records"), tokens.access),
                          405, "method-not-allowed"));
    EXPECT_TRUE(isProblem(client.send("PUT", QStringLiteral("/api/v1/records/1"), {},
                                      {{"Authorization", "Bearer " + tokens.access.toLatin1()}}),
                          405, "method-not-allowed"));
}

} // namespace
