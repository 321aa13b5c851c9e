#include "src/ui/record_list_model.h"

#include <QUrl>

namespace vaultlink::ui {

RecordListModel::RecordListModel(QObject *parent)
    : QAbstractListModel(parent) {}

int RecordListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const {
    if (!m_mirror ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<RecordSummary> &rows = page(index.row() / kPageRows);
    const int at = index.row() % kPageRows;
    if (at >= rows.size())
        return {}; // the mirror changed under the view; a refresh follows
    const RecordSummary &record = rows.at(at);
    switch (role) {
    case IdRole:
        return record.id;
    case Qt::DisplayRole:
    case NameRole:
        return record.name;
    case UserNameRole:
        return record.userName;
    case UrlRole:
        return QUrl(record.url).host().isEmpty() ? record.url : QUrl(record.url).host();
    case FormRole:
        return record.form;
    case PersonalRole:
        return !record.unit.has_value();
    case PendingRole:
        return record.pending;
    case NotedRole:
        return record.noted;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordListModel::roleNames() const {
    return {{IdRole, "recordId"},     {NameRole, "name"},  {UserNameRole, "userName"},
            {UrlRole, "url"},         {FormRole, "form"},  {PersonalRole, "personal"},
            {PendingRole, "pending"}, {NotedRole, "noted"}};
}

void RecordListModel::showTab(Mirror *mirror, const Tab &tab, Show show) {
    replace(mirror, tab, std::nullopt, mirror ? static_cast<int>(mirror->count(tab)) : 0, show);
}

void RecordListModel::showIds(Mirror *mirror, QList<qint64> ids, Show show) {
    const int rows = static_cast<int>(ids.size());
    replace(mirror, Tab::all(), std::move(ids), rows, show);
}

void RecordListModel::clear() {
    replace(nullptr, Tab::all(), std::nullopt, 0, Show::Anew);
}

qint64 RecordListModel::idAt(int row) const {
    return data(index(row), IdRole).toLongLong();
}

void RecordListModel::replace(Mirror *mirror, const Tab &tab, std::optional<QList<qint64>> ids,
                              int rows, Show show) {
    const int before = m_rows;
    const auto take = [&] {
        m_mirror = mirror;
        m_tab = tab;
        m_ids = std::move(ids);
        m_pages.clear();
        m_recent.clear();
    };
    if (show == Show::Anew) {
        beginResetModel();
        take();
        m_rows = rows;
        endResetModel();
    } else {
        take();
        if (rows > before) {
            beginInsertRows({}, before, rows - 1);
            m_rows = rows;
            endInsertRows();
        } else if (rows < before) {
            beginRemoveRows({}, rows, before - 1);
            m_rows = rows;
            endRemoveRows();
        }
        if (m_rows > 0)
            emit dataChanged(index(0), index(m_rows - 1));
    }
    if (before != m_rows)
        emit countChanged();
}

const QList<RecordSummary> &RecordListModel::page(int number) const {
    auto found = m_pages.find(number);
    if (found == m_pages.end()) {
        const int offset = number * kPageRows;
        QList<RecordSummary> rows;
        try {
            rows = m_ids ? m_mirror->summaries(m_ids->mid(offset, kPageRows))
                         : m_mirror->list(m_tab, offset, kPageRows);
        } catch (const std::exception &) {
            // A damaged mirror shows empty rows here; the vault's status line says why (its
            // next read or sync reports the failure with what to do).
        }
        if (m_recent.size() >= kPagesKept)
            m_pages.remove(m_recent.takeFirst());
        found = m_pages.insert(number, std::move(rows));
    } else {
        m_recent.removeOne(number);
    }
    m_recent.append(number);
    return *found;
}

} // namespace vaultlink::ui
