// The mirror's side of autofill: the records of one site, read through their index.
#include "src/storage/mirror.h"

namespace vaultlink {

QList<Mirror::AutofillRow> Mirror::autofillRows(const QString &key) {
    const Lock lock(m_mutex);
    QList<AutofillRow> rows;
    if (key.isEmpty())
        return rows;
    Statement select = m_db->prepare(
        "SELECT r.id, r.name, r.username, r.url, COALESCE(a.mode, ''), COALESCE(a.certs, '') "
        "FROM records r LEFT JOIN autofill_rules a ON a.record_id = r.id WHERE r.site = ?1 "
        "UNION SELECT r.id, r.name, r.username, r.url, a.mode, a.certs "
        "FROM autofill_rules a JOIN records r ON r.id = a.record_id WHERE a.mode = 'regex'");
    select.bind(1, key);
    while (select.step())
        rows.append({select.int64(0), select.text(1), select.text(2), select.text(3),
                     select.text(4), select.text(5)});
    return rows;
}

namespace {
// A record's rule as it is, or the default.
std::pair<QString, QString> ruleOf(EncryptedDb &db, qint64 id) {
    Statement select = db.prepare("SELECT mode, certs FROM autofill_rules WHERE record_id = ?");
    select.bind(1, id);
    if (select.step())
        return {select.text(0), select.text(1)};
    return {QStringLiteral("default"), QString()};
}

void storeRule(EncryptedDb &db, qint64 id, const QString &mode, const QString &certs) {
    db.prepare("DELETE FROM autofill_rules WHERE record_id = ?").bind(1, id).run();
    if (mode == QLatin1String("default") && certs.isEmpty())
        return;
    db.prepare("INSERT INTO autofill_rules(record_id, mode, certs) VALUES(?, ?, ?)")
        .bind(1, id)
        .bind(2, mode)
        .bind(3, certs)
        .run();
}
} // namespace

void Mirror::setAutofillMode(qint64 id, const QString &mode) {
    const Lock lock(m_mutex);
    m_db->transaction([&] {
        const QString certs = ruleOf(*m_db, id).second;
        storeRule(*m_db, id, mode.isEmpty() ? QStringLiteral("default") : mode, certs);
    });
}

void Mirror::confirmAutofillApp(qint64 id, const QString &certHex) {
    const Lock lock(m_mutex);
    m_db->transaction([&] {
        const auto [mode, certs] = ruleOf(*m_db, id);
        QStringList digests = certs.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (!digests.contains(certHex.toLower()))
            digests.append(certHex.toLower());
        storeRule(*m_db, id, mode, digests.join(QLatin1Char(',')));
    });
}

} // namespace vaultlink
