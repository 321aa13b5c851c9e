// A record of the change feed on its way into the mirror and back out, as the sync and the
// readers take it: parseFeedRecord, RecordRow::fromJson (the columns listed, ordered and searched
// by), the SQLCipher mirror's rows read back (Mirror::summaries decodes the stored tags,
// Mirror::record the stored text), the search index built from them, and the authenticator seed
// of a totp field (TotpSeed, as the record page shows its code).

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

Mirror &mirror() {
    static const std::unique_ptr<Mirror> opened = [] {
        const SecureBuffer key = SecureBuffer::copyOf(QByteArray(32, '\x42'));
        return Mirror::open(fuzz::scratchFolder() + QStringLiteral("/mirror.db"), key);
    }();
    return *opened;
}

// Text as the mirror's columns hold it: UTF-8, where a lone surrogate (JSON allows "\ud800")
// has no form and becomes U+FFFD.
QString stored(const QString &text) {
    return QString::fromUtf8(text.toUtf8());
}

void checkRow(const RecordRow &row, const QByteArray &text) {
    VAULTLINK_FUZZ_CHECK(row.raw == text);
    VAULTLINK_FUZZ_CHECK(!row.form.isEmpty() && row.sequence >= 0);
    VAULTLINK_FUZZ_CHECK(row.sortKey == foldText(row.name));
    // Name, user name, URL and each tag, apart; nothing inside a field splits it or ends it.
    VAULTLINK_FUZZ_CHECK(row.search.count(kFieldSeparator) == 2 + row.tags.size());
    VAULTLINK_FUZZ_CHECK(!row.search.contains('\0'));
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
    try {
        record = parseFeedRecord(text, 0);
        row = RecordRow::fromJson(record, text);
    } catch (const ApiError &) {
        return;
    } catch (const std::invalid_argument &) {
        return;
    }
    checkRow(row, text);
    checkTotp(record);
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
    // object as received, and the digests agree.
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
    VAULTLINK_FUZZ_CHECK(held.record(row.id) == record);
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
