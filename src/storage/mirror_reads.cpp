#include "src/storage/mirror.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vaultlink {

namespace {
constexpr char kSummaryColumns[] =
    "SELECT id, form, unit, name, username, url, tags, "
    "EXISTS(SELECT 1 FROM outbox WHERE record_id = records.id), "
    "EXISTS(SELECT 1 FROM notes WHERE record_id = records.id) FROM records ";

// Each tab's condition matches an index that is already in name order: the first page reads
// `limit` index entries instead of sorting the tab. Personal records are exactly those without a
// unit (RecordRow::fromJson refuses anything else).
std::string tabCondition(const Tab &tab) {
    switch (tab.kind) {
    case Tab::Kind::All:
        return {};
    case Tab::Kind::Personal:
        return "WHERE unit IS NULL ";
    case Tab::Kind::Unit:
        return "WHERE unit = ? ";
    }
    return {};
}

int bindTab(Statement &statement, const Tab &tab) {
    if (tab.kind != Tab::Kind::Unit)
        return 1;
    statement.bind(1, tab.unit);
    return 2;
}

RecordSummary summaryAt(const Statement &row) {
    RecordSummary summary;
    summary.id = row.int64(0);
    summary.form = row.text(1);
    if (!row.isNull(2))
        summary.unit = row.int64(2);
    summary.name = row.text(3);
    summary.userName = row.text(4);
    summary.url = row.text(5);
    for (const QJsonValue tag : QJsonDocument::fromJson(row.utf8(6).toByteArray()).array())
        summary.tags.append(tag.toString());
    summary.pending = row.int64(7) != 0;
    summary.noted = row.int64(8) != 0;
    return summary;
}
} // namespace

QList<RecordSummary> Mirror::list(const Tab &tab, int offset, int limit) {
    const Lock lock(m_mutex);
    Statement select = m_db->prepare(kSummaryColumns + tabCondition(tab) +
                                     "ORDER BY sort_key, id LIMIT ? OFFSET ?");
    const int next = bindTab(select, tab);
    select.bind(next, qint64{limit < 0 ? -1 : limit}).bind(next + 1, qint64{std::max(offset, 0)});
    QList<RecordSummary> result;
    while (select.step())
        result.append(summaryAt(select));
    return result;
}

qint64 Mirror::count(const Tab &tab) {
    const Lock lock(m_mutex);
    Statement select = m_db->prepare("SELECT count(*) FROM records " + tabCondition(tab));
    bindTab(select, tab);
    select.step();
    return select.int64(0);
}

QList<RecordSummary> Mirror::summaries(const QList<qint64> &ids) {
    const Lock lock(m_mutex);
    Statement select = m_db->prepare(std::string(kSummaryColumns) + "WHERE id = ?");
    QList<RecordSummary> result;
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        select.bind(1, id);
        if (select.step())
            result.append(summaryAt(select));
        select.reset();
    }
    return result;
}

std::optional<QJsonObject> Mirror::record(qint64 id) {
    const Lock lock(m_mutex);
    Statement select = m_db->prepare("SELECT form, unit, sequence, name, username, url, tags, "
                                     "layout, body FROM records WHERE id = ?");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    const QString name = select.text(3);
    const QString userName = select.text(4);
    const QString url = select.text(5);
    const RecordColumns columns{id,
                                select.text(0),
                                select.isNull(1) ? std::nullopt : std::optional(select.int64(1)),
                                select.int64(2),
                                name,
                                userName,
                                url,
                                select.utf8(6)};
    const Layout layout = select.isNull(7) ? nullptr : m_layouts->byId(select.int64(7));
    if (!select.isNull(7) && !layout)
        throw StorageError(StorageError::Kind::Corrupt,
                           QStringLiteral("record %1: its layout is not there").arg(id));
    return record_body::decode(columns, layout.get(), select.blob(8));
}

QList<qint64> Mirror::ids() {
    const Lock lock(m_mutex);
    QList<qint64> result;
    Statement select = m_db->prepare("SELECT id FROM records ORDER BY id");
    while (select.step())
        result.append(select.int64(0));
    return result;
}

} // namespace vaultlink
