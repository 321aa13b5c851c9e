// A record of the change feed on its way into the mirror and back out, as the sync and the
// readers take it: parseFeedRecord, RecordRow::fromJson (either feed format, format 2 read with
// the forms of docs/api.md §6; the columns listed, ordered and searched by, and the compact
// body), the SQLCipher mirror's rows read back (Mirror::summaries decodes the stored tags,
// Mirror::record the format-1 object), the search index built from them, and the authenticator
// seed of a totp field (TotpSeed, as the record page shows its code).

#include "src/api/api_error.h"
#include "src/api/api_parse.h"
#include "src/crypto/secure_buffer.h"
#include "src/crypto/totp.h"
#include "src/storage/mirror.h"
#include "src/storage/record_row.h"
#include "src/storage/search_index.h"
#include "src/storage/set_digest.h"
#include "tests/fuzz/fuzz_target.h"

#include <QJsonArray>

#include <stdexcept>

using namespace vaultlink;

namespace {

// The five forms of docs/api.md §6, which format-2 records are read with.
const FormLayouts &forms() {
    static const FormLayouts layouts = [] {
        const auto field = [](const char *key, const char *type, const char *label) {
            return FormLayout::Field{QLatin1String(key), QLatin1String(type), QLatin1String(label)};
        };
        const FormLayout::Field name = field("name", "title", "Name");
        const FormLayout::Field user = field("username", "username", "User name");
        const FormLayout::Field password = field("password", "password", "Password");
        const FormLayout::Field url = field("url", "url", "URL");
        const FormLayout::Field notes = field("notes", "notes", "Notes");
        const FormLayout::Field tags = field("tags", "tags", "Tags");
        const auto form = [](const char *id, QList<FormLayout::Field> fields) {
            return std::make_shared<const FormLayout>(QLatin1String(id), std::move(fields));
        };
        return FormLayouts{
            form("login", {name, user, password, url,
                           field("totp", "totp", "One-time password seed"), notes, tags}),
            form("website",
                 {name, url, user, password, field("email", "email", "Email"), notes, tags}),
            form("credit-card",
                 {name, field("cardholder", "text", "Cardholder"),
                  field("number", "password", "Card number"), field("expiry", "date", "Expiry"),
                  field("cvc", "password", "CVC"), field("pin", "password", "PIN"), notes, tags}),
            form("server", {name, field("hostname", "text", "Host name"),
                            field("port", "text", "Port"), user, password, url, notes, tags}),
            form("note", {name, notes, tags})};
    }();
    return layouts;
}

Mirror &mirror() {
    static const std::unique_ptr<Mirror> opened = [] {
        const SecureBuffer key = SecureBuffer::copyOf(QByteArray(32, '\x42'));
        auto made = Mirror::open(fuzz::scratchFolder() + QStringLiteral("/mirror.db"), key);
        made->setForms(forms());
        return made;
    }();
    return *opened;
}

// Text as the mirror's columns hold it: UTF-8, where a lone surrogate (JSON allows "\ud800")
// has no form and becomes U+FFFD.
QString stored(const QString &text) {
    return QString::fromUtf8(text.toUtf8());
}

// The format-1 object the row gives back: a format-1 record as it was received (the compact body
// holds it exactly, or the row keeps the text); a format-2 one as its format-1 object, which is
// the same row again.
void checkRow(const RecordRow &row, const QJsonObject &record, const QByteArray &text,
              bool format2) {
    VAULTLINK_FUZZ_CHECK(!row.form.isEmpty() && row.sequence >= 0);
    VAULTLINK_FUZZ_CHECK(row.sortKey == foldText(row.name));
    VAULTLINK_FUZZ_CHECK(!row.body.isEmpty());
    const QJsonObject back = row.toJson();
    if (!format2) {
        VAULTLINK_FUZZ_CHECK(back == record);
        if (!row.layout)
            VAULTLINK_FUZZ_CHECK(record_body::jsonText(row.body) == text);
    } else if (row.layout) {
        const RecordRow again = RecordRow::fromJson(back, forms());
        VAULTLINK_FUZZ_CHECK(again.layout && again.layout->identity() == row.layout->identity());
        VAULTLINK_FUZZ_CHECK(again.body == row.body && again.tagsJson == row.tagsJson);
        VAULTLINK_FUZZ_CHECK(again.name == row.name && again.userName == row.userName &&
                             again.url == row.url && again.unit == row.unit);
    }
    // Name, user name, URL and each tag, apart; nothing inside a field splits it or ends it.
    const QByteArray search = searchText(row.name, row.userName, row.url, row.tags);
    VAULTLINK_FUZZ_CHECK(search.count(kFieldSeparator) == 2 + row.tags.size());
    VAULTLINK_FUZZ_CHECK(!search.contains('\0'));
}

void checkTotp(const QJsonObject &record) {
    for (const QJsonValue field : record.value(QLatin1String("fields")).toArray()) {
        const QJsonObject object = field.toObject();
        if (object.value(QLatin1String("type")).toString() != QLatin1String("totp"))
            continue;
        const std::optional<TotpSeed> seed =
            TotpSeed::parse(object.value(QLatin1String("value")).toString());
        if (!seed)
            continue;
        VAULTLINK_FUZZ_CHECK(!seed->secret.isEmpty());
        for (const qint64 now : {qint64{0}, qint64{1'800'000'000}}) {
            VAULTLINK_FUZZ_CHECK(seed->code(now).size() == seed->digits);
            const int left = seed->secondsLeft(now);
            VAULTLINK_FUZZ_CHECK(left >= 1 && left <= seed->periodSeconds);
        }
    }
}

} // namespace

VAULTLINK_FUZZ_TARGET(record_row) {
    const QByteArray text = fuzz::bytes(data, size);
    QJsonObject record;
    RecordRow row;
    bool format2 = false;
    try {
        // As the sync reads them (src/sync/syncer.cpp): a record of format 2 has `values`.
        record = parseFeedRecord(text, 0);
        format2 = record.contains(QLatin1String("values"));
        row = RecordRow::fromJson(record, forms(), format2 ? QByteArray() : text);
    } catch (const ApiError &) {
        return;
    } catch (const std::invalid_argument &) { // UnknownForm too
        return;
    }
    checkRow(row, record, text, format2);
    checkTotp(row.toJson());
    if (row.id <= 0) { // the device's own ids: the mirror refuses them from the server
        bool refused = false;
        try {
            mirror().applyPage(QList<RecordRow>{row}, {}, QStringLiteral("cursor"), 1);
        } catch (const std::invalid_argument &) {
            refused = true;
        }
        VAULTLINK_FUZZ_CHECK(refused);
        return;
    }

    // Into the mirror and back: what the list shows is what the row held, the record is the
    // row's object, and the digests agree.
    Mirror &held = mirror();
    held.applyPage(QList<RecordRow>{row}, {}, QStringLiteral("cursor"), 1);
    const QList<RecordSummary> summaries = held.summaries({row.id});
    VAULTLINK_FUZZ_CHECK(summaries.size() == 1);
    const RecordSummary &summary = summaries.first();
    VAULTLINK_FUZZ_CHECK(summary.unit == row.unit);
    VAULTLINK_FUZZ_CHECK(summary.form == stored(row.form) && summary.name == stored(row.name));
    VAULTLINK_FUZZ_CHECK(summary.userName == stored(row.userName) &&
                         summary.url == stored(row.url));
    VAULTLINK_FUZZ_CHECK(summary.tags.size() == row.tags.size());
    for (qsizetype i = 0; i < row.tags.size(); ++i)
        VAULTLINK_FUZZ_CHECK(summary.tags[i] == stored(row.tags[i]));
    VAULTLINK_FUZZ_CHECK(held.record(row.id) == row.toJson());
    SetDigest digest;
    digest.toggle(row.id, row.sequence);
    VAULTLINK_FUZZ_CHECK(held.syncState().digest == digest.hex());
    VAULTLINK_FUZZ_CHECK(held.computeDigest() == digest.hex());

    // A record is found by its own name (a name holding the separators matches nothing).
    const QString name = row.name.trimmed();
    if (!name.contains(QChar(0)) && !name.contains(QLatin1Char(kFieldSeparator))) {
        const QList<qint64> found = SearchIndex::build(held).find(name, Tab::all());
        VAULTLINK_FUZZ_CHECK(found == QList<qint64>{row.id});
    }

    held.applyPage(QList<RecordRow>{}, {row.id}, QStringLiteral("cursor"), 2);
    VAULTLINK_FUZZ_CHECK(held.count(Tab::all()) == 0);
    VAULTLINK_FUZZ_CHECK(held.syncState().digest == SetDigest().hex());
}
