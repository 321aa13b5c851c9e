#include "src/storage/search_index.h"

#include "src/storage/record_row.h"
#include "src/storage/substring_search.h"

#include <QJsonDocument>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace vaultlink {

QByteArray SearchIndex::fold(const QString &text) {
    return foldText(text);
}

SearchIndex SearchIndex::build(Mirror &mirror) {
    // The name index covers what the text is made of (mirror_schema.cpp, step 6): read in its
    // order, no row of the table is read, except the body of a record kept as JSON.
    SearchIndex index;
    const auto expected = static_cast<std::size_t>(mirror.count(Tab::all()));
    index.m_ids.reserve(expected);
    index.m_units.reserve(expected);
    index.m_ends.reserve(expected);
    index.m_text.reserve(static_cast<qsizetype>(expected) * 80);
    Statement select =
        mirror.db().prepare("SELECT id, coalesce(unit, ?), sort_key, username, url, tags, "
                            "layout IS NULL FROM records ORDER BY sort_key, id");
    select.bind(1, kPersonal);
    std::optional<Statement> body;
    while (select.step()) {
        const qint64 id = select.int64(0);
        index.m_ids.push_back(id);
        index.m_units.push_back(select.int64(1));
        if (select.int64(6) == 0) {
            appendSearchText(index.m_text, select.utf8(2), select.utf8(3), select.utf8(4),
                             select.utf8(5));
        } else {
            // A record kept as JSON may hold what UTF-8 cannot (a lone surrogate): its text is
            // made from the record, as it was made when it arrived.
            if (!body)
                body = mirror.db().prepare("SELECT body FROM records WHERE id = ?");
            body->bind(1, id);
            std::optional<RecordRow> row;
            if (body->step()) {
                try {
                    row = RecordRow::fromJson(
                        QJsonDocument::fromJson(record_body::jsonText(body->blob(0))).object());
                } catch (const std::invalid_argument &) {
                    // Kept as it was by the conversion to schema 6: its columns are what there is.
                }
            }
            body->reset();
            if (row)
                index.m_text += searchText(row->name, row->userName, row->url, row->tags);
            else
                appendSearchText(index.m_text, select.utf8(2), select.utf8(3), select.utf8(4),
                                 select.utf8(5));
        }
        index.m_ends.push_back(index.m_text.size());
        index.m_text += '\0';
    }
    index.m_text.squeeze();
    return index;
}

QByteArrayView SearchIndex::textAt(qsizetype position) const {
    const auto record = static_cast<std::size_t>(position);
    const qsizetype begin = record == 0 ? 0 : m_ends[record - 1] + 1;
    return QByteArrayView(m_text).sliced(begin, m_ends[record] - begin);
}

bool SearchIndex::inTab(std::size_t record, const Tab &tab) const {
    switch (tab.kind) {
    case Tab::Kind::All:
        return true;
    case Tab::Kind::Personal:
        return m_units[record] == kPersonal;
    case Tab::Kind::Unit:
        return m_units[record] == tab.unit;
    }
    return false;
}

std::size_t SearchIndex::recordAt(qsizetype offset, std::size_t first) const {
    // Hits come in ascending order, often a few records apart: gallop forward from the last one
    // rather than bisect the whole table each time.
    std::size_t low = first;
    std::size_t high = first;
    for (std::size_t step = 1; high < m_ends.size() && m_ends[high] <= offset; step *= 2) {
        low = high + 1;
        high = first + step;
    }
    high = std::min(high, m_ends.size());
    const auto begin = m_ends.begin();
    return static_cast<std::size_t>(std::upper_bound(begin + static_cast<std::ptrdiff_t>(low),
                                                     begin + static_cast<std::ptrdiff_t>(high),
                                                     offset) -
                                    begin);
}

QList<qint64> SearchIndex::find(const QString &term, const Tab &tab, int limit) const {
    QList<qint64> result;
    const auto full = [&] { return limit >= 0 && result.size() >= limit; };
    const QByteArray needle = fold(term.trimmed());
    if (full() || needle.contains('\0') || needle.contains(kFieldSeparator))
        return result;
    if (needle.isEmpty()) {
        for (std::size_t record = 0; record < m_ids.size() && !full(); ++record)
            if (inTab(record, tab))
                result.append(m_ids[record]);
        return result;
    }
    const SubstringSearch search(needle);
    std::size_t record = 0;
    for (qsizetype from = 0; !full();) {
        const qsizetype hit = search.find(m_text, from);
        if (hit < 0)
            break;
        record = recordAt(hit, record);
        if (inTab(record, tab))
            result.append(m_ids[record]);
        // One hit per record is enough: go on after its text.
        from = m_ends[record] + 1;
    }
    return result;
}

} // namespace vaultlink
