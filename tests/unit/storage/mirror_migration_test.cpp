// A mirror written at schema 5 (each record's JSON text beside its columns and search text) is
// converted to the compact records of schema 6 when opened: in one transaction, its space given
// back, every record, list, search and digest as before. The version-5 file is written here with
// the SQL that version used, and its search text with the algorithm it used.

#include "src/autofill/app_identity.h"
#include "src/edits/change_json.h"
#include "src/storage/mirror.h"
#include "src/storage/mirror_schema.h"
#include "src/storage/search_index.h"
#include "tests/unit/storage/record_forms.h"
#include "tests/unit/support/doubles.h"
#include "tests/unit/support/test_records.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <stdexcept>

using namespace vaultlink;
using namespace vaultlink::testing;

namespace {

// The schema as version 5 left it (steps 1 to 5, the columns added last).
const QStringList kVersion5 = {
    QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE records(id INTEGER PRIMARY KEY, form TEXT NOT NULL, unit INTEGER, "
                   "personal INTEGER NOT NULL, sequence INTEGER NOT NULL, sort_key TEXT NOT NULL, "
                   "name TEXT NOT NULL, username TEXT NOT NULL, url TEXT NOT NULL, tags TEXT NOT "
                   "NULL, search TEXT NOT NULL, raw TEXT NOT NULL, site TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX records_by_name ON records(sort_key, id, unit, search)"),
    QStringLiteral("CREATE INDEX records_by_unit_name ON records(unit, sort_key)"),
    QStringLiteral("CREATE TABLE units(id INTEGER PRIMARY KEY, name TEXT NOT NULL, rights TEXT NOT "
                   "NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE outbox(record_id INTEGER PRIMARY KEY, queued INTEGER NOT NULL, "
                   "change TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX outbox_queued ON outbox(queued)"),
    QStringLiteral("CREATE TABLE trash(id INTEGER PRIMARY KEY, sequence INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, record_id INTEGER NOT NULL, note "
                   "TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX notes_by_record ON notes(record_id)"),
    QStringLiteral("CREATE TABLE history(id INTEGER PRIMARY KEY, record_id INTEGER NOT NULL, entry "
                   "TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX history_by_record ON history(record_id)"),
    QStringLiteral("CREATE TABLE moved(from_id INTEGER PRIMARY KEY, to_id INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX records_by_site ON records(site)"),
    QStringLiteral("CREATE TABLE autofill_rules(record_id INTEGER PRIMARY KEY, mode TEXT NOT NULL, "
                   "certs TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("PRAGMA user_version = 5"),
};

// Version 5's columns of a record object, its search text as that version made it.
struct OldRow {
    qint64 id = 0;
    QString form;
    std::optional<qint64> unit;
    qint64 sequence = 0;
    QString name, userName, url;
    QStringList tags;
    QByteArray raw;
};

void oldSearchable(QByteArray &search, const QString &text) {
    QByteArray folded = foldText(text);
    folded.replace('\0', ' ').replace('\x1f', ' ');
    search += folded;
}

OldRow oldRow(const QByteArray &raw, std::optional<qint64> heldSequence = std::nullopt) {
    const QJsonObject record = QJsonDocument::fromJson(raw).object();
    OldRow row;
    row.raw = raw;
    row.id = record.value(QStringLiteral("id")).toInteger();
    row.form = record.value(QStringLiteral("form")).toString();
    if (!record.value(QStringLiteral("personal")).toBool())
        row.unit = record.value(QStringLiteral("unit")).toInteger();
    row.sequence = heldSequence.value_or(record.value(QStringLiteral("sequence")).toInteger());
    for (const QJsonValue field : record.value(QStringLiteral("fields")).toArray()) {
        const QString key = field[QStringLiteral("key")].toString();
        const QJsonValue value = field[QStringLiteral("value")];
        if (key == QLatin1String("tags")) {
            row.tags.clear();
            for (const QJsonValue tag : value.toArray())
                row.tags.append(QString::fromUtf8(tag.toString().toUtf8()));
        } else if (key == QLatin1String("name")) {
            row.name = value.toString();
        } else if (key == QLatin1String("username")) {
            row.userName = value.toString();
        } else if (key == QLatin1String("url")) {
            row.url = value.toString();
        }
    }
    return row;
}

void insertOld(EncryptedDb &db, const OldRow &row) {
    QByteArray search;
    oldSearchable(search, row.name);
    for (const QString *text : {&row.userName, &row.url}) {
        search += '\x1f';
        oldSearchable(search, *text);
    }
    for (const QString &tag : row.tags) {
        search += '\x1f';
        oldSearchable(search, tag);
    }
    Statement insert = db.prepare(
        "INSERT INTO records(id, form, unit, personal, sequence, sort_key, name, username, url, "
        "tags, search, raw, site) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, row.id).bind(2, row.form);
    if (row.unit)
        insert.bind(3, *row.unit);
    else
        insert.bindNull(3);
    insert.bind(4, qint64{row.unit ? 0 : 1})
        .bind(5, row.sequence)
        .bind(6, foldText(row.name))
        .bind(7, row.name)
        .bind(8, row.userName)
        .bind(9, row.url)
        .bind(10,
              QJsonDocument(QJsonArray::fromStringList(row.tags)).toJson(QJsonDocument::Compact))
        .bind(11, search)
        .bind(12, row.raw)
        .bind(13, autofillKey(row.url))
        .run();
}

// What version 5 shows: every tab's list, the search index's content, the autofill keys.
struct Shown {
    QList<QList<QVariant>> all, personal, unit3;
    QList<QPair<qint64, QByteArray>> search; // in name order
    QList<QPair<qint64, QString>> sites;
};

QList<QList<QVariant>> rows(EncryptedDb &db, const char *sql) {
    QList<QList<QVariant>> result;
    Statement select = db.prepare(sql);
    while (select.step())
        result.append({select.int64(0), select.text(1),
                       select.isNull(2) ? QVariant() : QVariant(select.int64(2)), select.text(3),
                       select.text(4), select.text(5), select.text(6)});
    return result;
}

QList<QList<QVariant>> listed(const QList<RecordSummary> &summaries) {
    QList<QList<QVariant>> result;
    for (const RecordSummary &s : summaries)
        result.append({s.id, s.form, s.unit ? QVariant(*s.unit) : QVariant(), s.name, s.userName,
                       s.url,
                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(s.tags))
                                             .toJson(QJsonDocument::Compact))});
    return result;
}

class MirrorMigrationTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("mirror.db"));
    SeqRandom random;
    SecureBuffer key = random.secret(32);
    QList<OldRow> old;
    QString digest;
    Shown before;

    // A version-5 file as that version wrote it: records of every kind, a change of this device
    // waiting (its record shown as changed, under the server's sequence), a record created here,
    // a record deleted here, and what the lists and the search showed.
    void writeVersion5(int serverRecords) {
        RecordDraw draw(41);
        for (qint64 id = 1; id <= serverRecords; ++id) {
            QJsonObject record = draw.format1(id);
            if (id % 97 == 0) // a format-1 record of a layout of its own
                record.remove(QStringLiteral("clientRef"));
            // As received: compact, and now and then with white space.
            old.append(oldRow(QJsonDocument(record).toJson(id % 13 == 0 ? QJsonDocument::Indented
                                                                        : QJsonDocument::Compact)));
        }
        // What only the JSON text kept: a lone surrogate in the name and in a tag, a member of a
        // later contract, fields without type or label.
        old.append(oldRow(
            R"({"id":900001,"form":"login","unit":null,"personal":true,"sequence":5,)"
            R"("createdAt":"2026-11-22T15:45:59.776Z","clientRef":null,"fields":[)"
            R"({"key":"name","type":"title","label":"Name","value":"Bank \ud800 M\u00dcller",)"
            R"("revision":1,"modifiedAt":"2026-11-22T15:45:59.776Z","modifiedBy":null},)"
            R"({"key":"tags","type":"tags","label":"Tags","value":["t\udc00g","x\u001fy"],)"
            R"("revision":1,"modifiedAt":"2026-11-22T15:45:59.776Z","modifiedBy":null}]})"));
        old.append(
            oldRow(R"({ "id": 900002, "form": "password", "personal": false, "unit": 3,)"
                   R"( "sequence": 6, "future": {"a": [1, true]}, "fields": [)"
                   R"( {"key": "name", "value": "Zeta \u0000 nul", "revision": 1},)"
                   R"( {"key": "url", "value": "https://zeta.example/x", "revision": 2} ] })"));
        // A change of this device: the record shown with its new name, held under the server's
        // sequence; the outbox holds the change.
        QJsonObject server = QJsonDocument::fromJson(old[2].raw).object();
        PendingChange change;
        change.kind = PendingChange::Kind::Edit;
        change.recordId = old[2].id;
        change.base = server;
        change.version = 1;
        change.edits.insert(QStringLiteral("name"), {QStringLiteral("Renamed here"), 1000});
        const QJsonObject shown = shownRecord(change);
        old[2] = oldRow(QJsonDocument(shown).toJson(QJsonDocument::Compact), old[2].sequence);
        // A record created here, shown under sequence 0 whatever its object says.
        const QJsonObject created =
            TestRecord(-1).withSequence(4).withName(QStringLiteral("Created here")).json();
        old.append(oldRow(QJsonDocument(created).toJson(QJsonDocument::Compact), 0));

        auto db = EncryptedDb::open(path, key, {});
        db->queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
        db->transaction([&] {
            for (const QString &statement : kVersion5)
                db->exec(statement);
            for (const OldRow &row : std::as_const(old))
                insertOld(*db, row);
            db->prepare("INSERT INTO outbox(record_id, queued, change) VALUES(?, 1, ?)")
                .bind(1, change.recordId)
                .bind(2, toJson(change))
                .run();
            db->exec(QStringLiteral("INSERT INTO trash(id, sequence) VALUES(950000, 77)"));
            QList<QPair<qint64, qint64>> held{{950000, 77}};
            for (const OldRow &row : std::as_const(old))
                if (row.id > 0)
                    held.append({row.id, row.sequence});
            digest = referenceDigest(held);
            Statement meta = db->prepare("INSERT INTO meta(key, value) VALUES(?, ?)");
            meta.bind(1, QByteArrayView("mirror.digest")).bind(2, digest).run();
            meta.bind(1, QByteArrayView("mirror.cursor")).bind(2, QStringLiteral("c9")).run();
            meta.bind(1, QByteArrayView("mirror.autofill-keys")).bind(2, QStringLiteral("1")).run();
            meta.bind(1, QByteArrayView("session.refreshToken"))
                .bind(2, QStringLiteral("rt"))
                .run();
        });
        const char *columns = "SELECT id, form, unit, name, username, url, tags FROM records ";
        before.all = rows(*db, (std::string(columns) + "ORDER BY sort_key, id").c_str());
        before.personal =
            rows(*db, (std::string(columns) + "WHERE unit IS NULL ORDER BY sort_key, id").c_str());
        before.unit3 =
            rows(*db, (std::string(columns) + "WHERE unit = 3 ORDER BY sort_key, id").c_str());
        Statement search = db->prepare("SELECT id, search FROM records ORDER BY sort_key, id");
        while (search.step())
            before.search.append({search.int64(0), search.utf8(1).toByteArray()});
        search.finish();
        Statement sites = db->prepare("SELECT id, site FROM records ORDER BY id");
        while (sites.step())
            before.sites.append({sites.int64(0), sites.text(1)});
    }

    void expectAsBefore(Mirror &mirror) {
        for (const OldRow &row : std::as_const(old))
            ASSERT_EQ(mirror.record(row.id), QJsonDocument::fromJson(row.raw).object())
                << row.raw.toStdString();
        EXPECT_EQ(listed(mirror.list(Tab::all(), 0, -1)), before.all);
        EXPECT_EQ(listed(mirror.list(Tab::personal(), 0, -1)), before.personal);
        EXPECT_EQ(listed(mirror.list(Tab::ofUnit(3), 0, -1)), before.unit3);
        EXPECT_EQ(mirror.count(Tab::all()), before.all.size());

        const SearchIndex index = SearchIndex::build(mirror);
        ASSERT_EQ(index.size(), before.search.size());
        for (qsizetype i = 0; i < index.size(); ++i) {
            ASSERT_EQ(index.idAt(i), before.search[i].first) << "at " << i;
            ASSERT_EQ(index.textAt(i).toByteArray(), before.search[i].second)
                << "record " << index.idAt(i);
        }
        EXPECT_EQ(index.find(QStringLiteral("m\u00fcller"), Tab::all()).size(),
                  std::count_if(before.search.begin(), before.search.end(), [](const auto &entry) {
                      return entry.second.contains("m\xc3\xbcller");
                  }));

        QList<QPair<qint64, QString>> sites;
        Statement select = mirror.db().prepare("SELECT id, site FROM records ORDER BY id");
        while (select.step())
            sites.append({select.int64(0), select.text(1)});
        EXPECT_EQ(sites, before.sites);

        EXPECT_EQ(mirror.syncState().digest, digest);
        EXPECT_EQ(mirror.computeDigest(), digest);
        EXPECT_EQ(mirror.syncState().cursor, QStringLiteral("c9"));
        EXPECT_EQ(mirror.value(QStringLiteral("session.refreshToken")), QStringLiteral("rt"));
        ASSERT_TRUE(mirror.pendingChange(old[2].id).has_value());
        EXPECT_EQ(mirror.pendingCount(), 1);
    }

    static std::vector<Migration> throughVersion5() {
        return {mirrorMigrations().begin(), mirrorMigrations().begin() + 5};
    }
};

TEST_F(MirrorMigrationTest, AVersion5MirrorReadsTheSameAfterItsConversionAndIsSmaller) {
    writeVersion5(1500);
    const qint64 sizeBefore = QFileInfo(path).size();
    {
        auto mirror = Mirror::open(path, key);
        EXPECT_EQ(mirror->db().schemaVersion(), 6);
        expectAsBefore(*mirror);
        EXPECT_TRUE(mirror->integrityOk());
        EXPECT_TRUE(mirror->db()
                        .queryText(QStringLiteral("SELECT name FROM sqlite_master WHERE name = "
                                                  "'records_v5'"))
                        .isEmpty());
        // The server's records (and those made here) in compact form; the two only JSON could
        // hold kept as they were.
        EXPECT_EQ(
            mirror->db()
                .queryText(QStringLiteral("SELECT count(*) FROM records WHERE layout IS NULL"))
                .toInt(),
            2);
        EXPECT_TRUE(mirror->db()
                        .queryText(QStringLiteral("SELECT value FROM meta WHERE key = "
                                                  "'mirror.vacuum'"))
                        .isEmpty());
    }
    // The space of the old rows given back: the file holds the compact ones only.
    const qint64 sizeAfter = QFileInfo(path).size();
    EXPECT_LT(sizeAfter * 2, sizeBefore) << sizeBefore << " -> " << sizeAfter;
    // And the next open finds nothing to do.
    auto mirror = Mirror::open(path, key);
    expectAsBefore(*mirror);
    EXPECT_EQ(QFileInfo(path).size(), sizeAfter);
}

TEST_F(MirrorMigrationTest, AConversionThatFailsHalfWayLeavesTheVersion5FileAsItWas) {
    writeVersion5(1000);
    std::vector<Migration> failing = mirrorMigrations();
    failing[5].code = [](EncryptedDb &db) {
        compactRecords(db, [](qint64 converted) {
            if (converted == 600)
                throw std::runtime_error("the power went out");
        });
    };
    EXPECT_THROW(EncryptedDb::open(path, key, failing), std::runtime_error);
    {
        // Still version 5, every row as it was, readable by the version that wrote it.
        auto db = EncryptedDb::open(path, key, throughVersion5());
        EXPECT_EQ(db->schemaVersion(), 5);
        EXPECT_TRUE(db->integrityOk());
        Statement select = db->prepare("SELECT id, raw FROM records ORDER BY id");
        QMap<qint64, QByteArray> raw;
        while (select.step())
            raw.insert(select.int64(0), select.utf8(1).toByteArray());
        ASSERT_EQ(raw.size(), old.size());
        for (const OldRow &row : std::as_const(old))
            EXPECT_EQ(raw.value(row.id), row.raw);
        EXPECT_TRUE(db->queryText(QStringLiteral("SELECT name FROM sqlite_master WHERE name IN "
                                                 "('layouts', 'records_v5')"))
                        .isEmpty());
    }
    // The next open converts it.
    auto mirror = Mirror::open(path, key);
    EXPECT_EQ(mirror->db().schemaVersion(), 6);
    expectAsBefore(*mirror);
}

TEST_F(MirrorMigrationTest, SpaceNotYetGivenBackIsGivenBackAtTheNextOpen) {
    writeVersion5(1000);
    const qint64 sizeBefore = QFileInfo(path).size();
    {
        // Converted, then the process ended before the VACUUM.
        auto db = EncryptedDb::open(path, key, mirrorMigrations());
        EXPECT_EQ(db->queryText(QStringLiteral("SELECT value FROM meta WHERE key = "
                                               "'mirror.vacuum'")),
                  QStringLiteral("1"));
        db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    EXPECT_GE(QFileInfo(path).size(), sizeBefore);
    {
        auto mirror = Mirror::open(path, key);
        expectAsBefore(*mirror);
    }
    EXPECT_LT(QFileInfo(path).size() * 2, sizeBefore);
}

TEST_F(MirrorMigrationTest, AFileAnotherConnectionWritesIsOpenedAtOnceAndVacuumedLater) {
    writeVersion5(300);
    { auto converted = EncryptedDb::open(path, key, mirrorMigrations()); }
    const qint64 sizeConverted = QFileInfo(path).size();
    {
        // Another process in the middle of a write: the open does not wait for it.
        auto other = EncryptedDb::open(path, key, mirrorMigrations());
        other->begin();
        QElapsedTimer timer;
        timer.start();
        auto mirror = Mirror::open(path, key);
        EXPECT_LT(timer.elapsed(), 5000);
        expectAsBefore(*mirror);
        EXPECT_EQ(mirror->db().queryText(
                      QStringLiteral("SELECT value FROM meta WHERE key = 'mirror.vacuum'")),
                  QStringLiteral("1"));
        other->rollback();
    }
    EXPECT_GE(QFileInfo(path).size(), sizeConverted);
    { auto mirror = Mirror::open(path, key); }
    EXPECT_LT(QFileInfo(path).size() * 2, sizeConverted);
}

} // namespace
