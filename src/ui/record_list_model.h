#pragma once

#include "src/storage/mirror.h"

#include <QAbstractListModel>
#include <QHash>

#include <optional>

namespace vaultlink::ui {

// The records of the open tab, or the hits of a search, for a ListView of any length: only the
// row count is known up front, rows are read from the mirror a page at a time when the view
// shows them, and a few pages are kept.
class RecordListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        UserNameRole,
        UrlRole,
        FormRole,
        PersonalRole,
        PendingRole, // a change of this device waits to be sent, or was refused
        NotedRole    // a conflict or another note waits for the user
    };
    static constexpr int kPageRows = 100;
    static constexpr int kPagesKept = 16;

    explicit RecordListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A tab in name order, or given ids (search hits, already in name order). `Show::InPlace`
    // (the same list after a write or a sync) changes the rows where they are, adding or
    // removing at the end, so that a view stays where the user had scrolled; `Show::Anew` (another
    // tab or search) resets the model, and a view starts at the top.
    enum class Show { Anew, InPlace };
    void showTab(Mirror *mirror, const Tab &tab, Show show = Show::Anew);
    void showIds(Mirror *mirror, QList<qint64> ids, Show show = Show::Anew);
    void clear();

    Q_INVOKABLE qint64 idAt(int row) const;

signals:
    void countChanged();

private:
    const QList<RecordSummary> &page(int number) const;
    void replace(Mirror *mirror, const Tab &tab, std::optional<QList<qint64>> ids, int rows,
                 Show show);

    Mirror *m_mirror = nullptr;
    Tab m_tab;
    std::optional<QList<qint64>> m_ids;
    int m_rows = 0;
    mutable QHash<int, QList<RecordSummary>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recent last
};

} // namespace vaultlink::ui
