#pragma once

#include "src/storage/mirror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <vector>

namespace vaultlink {

// Case-insensitive substring search over name, user name, URL and tags. The searchable text
// of every record is held case-folded in one contiguous buffer in name order, so a query is one
// pass of a substring search over a few megabytes even at 100,000 records.
class SearchIndex {
public:
    static SearchIndex build(Mirror &mirror);

    // Matching record ids in name order; limit < 0 means all.
    QList<qint64> find(const QString &term, const Tab &tab, int limit = -1) const;
    qsizetype size() const { return static_cast<qsizetype>(m_ids.size()); }

    static QByteArray fold(const QString &text); // the case folding used on both sides

private:
    QByteArray m_text; // records' folded text, each followed by '\0'
    std::vector<qint64> m_ids;
    std::vector<qint64> m_units; // 0 for personal records
    std::vector<qsizetype> m_ends; // offset just past each record's text
};

} // namespace vaultlink
