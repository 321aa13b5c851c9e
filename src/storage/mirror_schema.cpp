#include "src/storage/mirror_schema.h"

#include "src/storage/layout_store.h"
#include "src/storage/record_row.h"

#include <QJsonDocument>

#include <stdexcept>

namespace vaultlink {

const std::vector<Migration> &mirrorMigrations() {
    static const std::vector<Migration> steps = {
        // 1: profile state (cursor, last contact, policy) as key/value pairs.
        {QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")},
        // 2: the records as received (raw), with the columns lists and search need beside them
        // so that neither parses JSON: sort_key and search are case-folded (record_row.h), and
        // the indexes give every tab its first page in name order without sorting. The name
        // index also carries unit and search text, so the search index loads from it alone, in
        // order, instead of reading every (large) row in name order: 60 ms at 100,000 records.
        {QStringLiteral("CREATE TABLE records(id INTEGER PRIMARY KEY, form TEXT NOT NULL, "
                        "unit INTEGER, personal INTEGER NOT NULL, sequence INTEGER NOT NULL, "
                        "sort_key TEXT NOT NULL, name TEXT NOT NULL, username TEXT NOT NULL, "
                        "url TEXT NOT NULL, tags TEXT NOT NULL, search TEXT NOT NULL, "
                        "raw TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX records_by_name ON records(sort_key, id, unit, search)"),
         QStringLiteral("CREATE INDEX records_by_unit_name ON records(unit, sort_key)"),
         QStringLiteral("CREATE TABLE units(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")},
        // 3: changes made on this device (src/edits/pending_change.h), each a JSON text: the
        // outbox (one entry per record, in the order first changed), the server records deleted
        // here but not yet on the server (still counted for the digest), notes for the user,
        // and the values fields held before they were replaced; and what the user may do in
        // each unit.
        {QStringLiteral("CREATE TABLE outbox(record_id INTEGER PRIMARY KEY, queued INTEGER NOT "
                        "NULL, change TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX outbox_queued ON outbox(queued)"),
         QStringLiteral("CREATE TABLE trash(id INTEGER PRIMARY KEY, sequence INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, record_id INTEGER NOT NULL, "
                        "note TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX notes_by_record ON notes(record_id)"),
         QStringLiteral("CREATE TABLE history(id INTEGER PRIMARY KEY, record_id INTEGER NOT "
                        "NULL, entry TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX history_by_record ON history(record_id)"),
         QStringLiteral("ALTER TABLE units ADD COLUMN rights TEXT NOT NULL DEFAULT ''")},
        // 4: where a record went when its id changed (created here, then answered with the
        // server's id; created again after the server deleted it), so that whatever was open
        // on the old id follows it (Mirror::currentId).
        {QStringLiteral("CREATE TABLE moved(from_id INTEGER PRIMARY KEY, to_id INTEGER NOT "
                        "NULL)")},
        // 5: autofill. Each record's autofill key (the site of its URL, src/autofill), indexed
        // so that a lookup reads the records of one site only; filled for the rows already there
        // when the file is first opened at this version (Mirror::open). The match mode and the
        // app certificates the user confirmed, per record, on this device.
        {QStringLiteral("ALTER TABLE records ADD COLUMN site TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("CREATE INDEX records_by_site ON records(site)"),
         QStringLiteral("CREATE TABLE autofill_rules(record_id INTEGER PRIMARY KEY, mode TEXT NOT "
                        "NULL, certs TEXT NOT NULL DEFAULT '')")},
        // 6: each record stored once, compact (mirror file at 100,000 records: 153 MB -> 35 MB).
        // records keeps the columns lists, tabs, search and autofill read (form, unit: NULL for
        // a personal record, sequence: the server's, for the digest, sort_key, name, username,
        // url, tags as compact JSON, site) and, instead of the JSON text and the search text,
        // `layout` and `body` (src/storage/record_body.h):
        // - layouts: a form's fields in order, [[key, type, label], ...], once per form and
        //   labels met: from the server's forms (table forms, GET /forms: what feed format 2's
        //   records are read with) or from a format-1 record's own fields (at most 1000).
        // - body, with a layout: what neither the columns nor the layout hold. One byte 'c', then
        //   varints: flags (1: format-1 fields without modifiedBy; 2: the object's sequence is
        //   not the column's, its difference follows, zigzag); createdAt (milliseconds since
        //   2020, zigzag, shifted left one, when formatting them gives the same text; else the
        //   text's UTF-8 length shifted left one, plus one, and the bytes); createdBy (0: null,
        //   or the length + 2 and the text; feed format 2's: the author of the first field at
        //   revision 1 and createdAt); clientRef (0: no member, 1: null, 2: a lower-case UUID's
        //   16 bytes, or the length + 3 and the text); each value the columns do not hold, in
        //   layout order (text: its length shifted left one, and the bytes; a list: its count
        //   shifted left one, plus one, then each text's length and bytes); then the fields
        //   whose (revision, modifiedAt, modifiedBy) is not (1, createdAt, createdBy): their
        //   count, and for each its place, revision (zigzag), time, and author (0: null, 1: the
        //   creator's, or the length + 2 and the text). Read back, it gives the format-1 object
        //   as it was given, key, type and label from the layout.
        // - body without a layout ('j'): the record's JSON text as received, for a record the
        //   compact form cannot give back exactly (a member or field member the contract does
        //   not have, a value that is neither text nor a list of texts, a key twice, a lone
        //   surrogate).
        // - A body of 160 bytes or more ('C', 'J') is deflated (raw deflate, preset dictionary,
        //   level 6) when that makes it smaller. Measured with tests/bench's synthetic records
        //   (100,000, 56 bytes of body each on average): deflating every body makes them 46 bytes
        //   (the file 3 % smaller) for 40 % more processor time applying them; a note of 258
        //   bytes deflates to 142 in 7 us, so long bodies only.
        // - Pages of 4,096 bytes (set on every open, encrypted_db.cpp): with 8,192 / 16,384 the
        //   file is 35.6 / 35.9 MB instead of 35.4, the first list page takes 1.4 / 1.2 ms
        //   instead of 0.7, an incremental page of 22 records 4.7 / 7.2 ms of processor time
        //   instead of 3.3.
        // The name index covers the search index's text (sort_key is the folded name): built
        // from it in 55 ms, from the table read in id order and sorted 140 ms (schema 5, from
        // its search column: 27 ms); it makes the file 4.4 MB larger. Rows of a version-5 file
        // are converted in this one transaction (compactRecords: 5.0 s, 4.7 s of it on the
        // processor, at 100,000 records), and the space is given back by a VACUUM at the open
        // (Mirror::open, 0.4 s; 153 MB -> 33.5 MB). An incremental vacuum needs auto_vacuum,
        // which a file made without it only takes through a VACUUM, and keeps its pointer-map
        // pages ever after.
        {{QStringLiteral("CREATE TABLE layouts(id INTEGER PRIMARY KEY, form TEXT NOT NULL, "
                         "fields TEXT NOT NULL, UNIQUE(form, fields))"),
          QStringLiteral("CREATE TABLE forms(id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                         "layout INTEGER NOT NULL)"),
          QStringLiteral("DROP INDEX records_by_name"),
          QStringLiteral("DROP INDEX records_by_unit_name"),
          QStringLiteral("DROP INDEX records_by_site"),
          QStringLiteral("ALTER TABLE records RENAME TO records_v5"),
          QStringLiteral("CREATE TABLE records(id INTEGER PRIMARY KEY, form TEXT NOT NULL, "
                         "unit INTEGER, sequence INTEGER NOT NULL, sort_key TEXT NOT NULL, "
                         "name TEXT NOT NULL, username TEXT NOT NULL, url TEXT NOT NULL, "
                         "tags TEXT NOT NULL, site TEXT NOT NULL, layout INTEGER, "
                         "body BLOB NOT NULL)")},
         [](EncryptedDb &db) { compactRecords(db); }},
    };
    return steps;
}

const QStringList &recordIndexes() {
    // The name index also covers what the search index's text is made of (the folded name is
    // sort_key): SearchIndex::build reads it alone, in order, instead of the whole table.
    static const QStringList statements = {
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_by_name ON records(sort_key, id, unit, "
                       "username, url, tags, layout)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS records_by_unit_name ON records(unit, sort_key)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_by_site ON records(site)")};
    return statements;
}

const QStringList &droppedRecordIndexes() {
    static const QStringList statements = {
        QStringLiteral("DROP INDEX IF EXISTS records_by_name"),
        QStringLiteral("DROP INDEX IF EXISTS records_by_unit_name"),
        QStringLiteral("DROP INDEX IF EXISTS records_by_site")};
    return statements;
}

void bindRecord(Statement &insert, const RecordRow &row, std::optional<qint64> layout) {
    insert.bind(1, row.id).bind(2, row.form);
    if (row.unit)
        insert.bind(3, *row.unit);
    else
        insert.bindNull(3);
    insert.bind(4, row.sequence)
        .bind(5, row.sortKey)
        .bind(6, row.name)
        .bind(7, row.userName)
        .bind(8, row.url)
        .bind(9, row.tagsJson)
        .bind(10, row.site);
    if (layout)
        insert.bind(11, *layout);
    else
        insert.bindNull(11);
    insert.bindBlob(12, row.body);
}

namespace {
// A version-5 row: its record made again from the text it kept, under the sequence it was held
// with (a change of this device stands under its server record's); a text that no longer reads
// as a record object is kept as it was, beside its columns as they were.
RecordRow convertedRow(const Statement &old) {
    const QByteArray raw = old.utf8(10).toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(raw);
    if (document.isObject()) {
        try {
            return RecordRow::stored(document.object(), old.int64(3), raw);
        } catch (const std::invalid_argument &) {
        }
    }
    RecordRow row;
    row.id = old.int64(0);
    row.form = old.text(1);
    if (!old.isNull(2))
        row.unit = old.int64(2);
    row.sequence = old.int64(3);
    row.sortKey = old.utf8(4).toByteArray();
    row.name = old.text(5);
    row.userName = old.text(6);
    row.url = old.text(7);
    row.tagsJson = old.utf8(8).toByteArray();
    row.site = old.text(9);
    row.body = record_body::jsonBody(raw);
    return row;
}
} // namespace

void compactRecords(EncryptedDb &db, const std::function<void(qint64)> &afterRow) {
    LayoutStore layouts(db);
    {
        // In id order: the new table is written from its end, its pages filled.
        Statement select = db.prepare(
            "SELECT id, form, unit, sequence, sort_key, name, username, url, tags, site, raw "
            "FROM records_v5 ORDER BY id");
        Statement insert = db.prepare(kInsertRecord);
        qint64 converted = 0;
        while (select.step()) {
            RecordRow row = convertedRow(select);
            std::optional<qint64> layout;
            if (row.layout) {
                layout = layouts.idOf(row.layout);
                if (!layout)
                    row.body = record_body::jsonBody(select.utf8(10).toByteArray());
            }
            bindRecord(insert, row, layout);
            insert.run();
            if (afterRow)
                afterRow(++converted);
        }
    }
    db.exec(QStringLiteral("DROP TABLE records_v5"));
    for (const QString &statement : recordIndexes())
        db.exec(statement);
    // Every row has its autofill key; the space of the old table is given back at the open.
    Statement meta = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, '1')");
    meta.bind(1, QByteArrayView(kVacuumPending)).run();
    meta.bind(1, QByteArrayView("mirror.autofill-keys")).run();
}

} // namespace vaultlink
