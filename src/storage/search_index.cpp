#include "src/storage/search_index.h"

#include "src/storage/record_row.h"
#include "src/storage/substring_search.h"

#include <algorithm>

namespace vaultlink {

QByteArray SearchIndex::fold(const QString &text) {
    return foldText(text);
}

SearchIndex SearchIndex::build(Mirror &mirror) {
    SearchIndex index;
    const auto expected = static_cast<std::size_t>(mirror.count(Tab::all()));
    index.m_ids.reserve(expected);
    index.m_units.reserve(expected);
    index.m_ends.reserve(expected);
    Statement select =
        mirror.db().prepare("SELECT id, unit, search FROM records ORDER BY sort_key, id");
    while (select.step()) {
        index.m_ids.push_back(select.int64(0));
        index.m_units.push_back(select.isNull(1) ? kPersonal : select.int64(1));
        index.m_text += select.utf8(2);
        index.m_ends.push_back(index.m_text.size());
        index.m_text += '\0';
    }
    index.m_text.squeeze();
    return index;
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
