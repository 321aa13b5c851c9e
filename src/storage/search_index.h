#pragma once

#include "src/storage/mirror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <limits>
#include <vector>

namespace vaultlink {

// Case-insensitive substring search over name, user name, URL and tags. The searchable text
// of every record is held case-folded in one contiguous buffer in name order, so a query is one
// pass of a substring search over a few megabytes even at 100,000 records.
class SearchIndex {
public:
    static SearchIndex build(Mirror &mirror);

    // Ids of the tab's records whose text holds the term (trimmed, folded), in name order; an
    // empty term matches every record of the tab. limit < 0 means all.
    QList<qint64> find(const QString &term, const Tab &tab, int limit = -1) const;
    qsizetype size() const { return static_cast<qsizetype>(m_ids.size()); }
    // The record at a place in name order, and its folded text (tests compare it).
    qint64 idAt(qsizetype position) const { return m_ids[static_cast<std::size_t>(position)]; }
    QByteArrayView textAt(qsizetype position) const;

    // The case folding used on both sides (foldText in record_row.h).
    static QByteArray fold(const QString &text);

private:
    static constexpr qint64 kPersonal = std::numeric_limits<qint64>::min(); // in m_units

    bool inTab(std::size_t record, const Tab &tab) const;
    std::size_t recordAt(qsizetype offset, std::size_t first) const; // the record holding offset

    QByteArray m_text; // records' folded text, each followed by '\0'
    std::vector<qint64> m_ids;
    std::vector<qint64> m_units;   // kPersonal for personal records
    std::vector<qsizetype> m_ends; // offset just past each record's text
};

} // namespace vaultlink
