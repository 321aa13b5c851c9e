#include "src/storage/layout_store.h"

#include "src/storage/encrypted_db.h"

namespace vaultlink {

std::optional<qint64> LayoutStore::idOf(const Layout &layout) {
    if (const auto known = m_ids.constFind(layout->identity()); known != m_ids.constEnd())
        return *known;
    // Another connection may have stored it since: the write lock held, the table is current.
    Statement select = m_db.prepare("SELECT id FROM layouts WHERE form = ? AND fields = ?");
    select.bind(1, layout->form()).bind(2, layout->fieldsJson());
    qint64 id = 0;
    if (select.step()) {
        id = select.int64(0);
    } else {
        select.finish();
        if (m_db.queryText(QStringLiteral("SELECT count(*) FROM layouts")).toLongLong() >=
            kMaxLayouts)
            return std::nullopt;
        m_db.prepare("INSERT INTO layouts(form, fields) VALUES(?, ?)")
            .bind(1, layout->form())
            .bind(2, layout->fieldsJson())
            .run();
        id = m_db.queryText(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        m_uncommitted.append(layout->identity());
    }
    m_ids.insert(layout->identity(), id);
    m_layouts.insert(id, layout);
    return id;
}

Layout LayoutStore::byId(qint64 id) {
    if (const auto known = m_layouts.constFind(id); known != m_layouts.constEnd())
        return *known;
    Statement select = m_db.prepare("SELECT form, fields FROM layouts WHERE id = ?");
    select.bind(1, id);
    if (!select.step())
        return nullptr;
    Layout layout = FormLayout::fromJson(select.text(0), select.utf8(1));
    if (layout) {
        // Only committed rows are seen here, so the id stays the layout's.
        m_layouts.insert(id, layout);
        m_ids.insert(layout->identity(), id);
    }
    return layout;
}

void LayoutStore::rolledBack() {
    for (const QByteArray &identity : std::as_const(m_uncommitted))
        m_layouts.remove(m_ids.take(identity));
    m_uncommitted.clear();
}

FormLayouts LayoutStore::forms() {
    FormLayouts forms;
    Statement select = m_db.prepare("SELECT layout FROM forms ORDER BY position");
    QList<qint64> ids;
    while (select.step())
        ids.append(select.int64(0));
    select.finish();
    for (const qint64 id : std::as_const(ids))
        if (Layout layout = byId(id))
            forms.append(layout);
    return forms;
}

void LayoutStore::setForms(const FormLayouts &forms) {
    m_db.exec(QStringLiteral("DELETE FROM forms"));
    Statement insert =
        m_db.prepare("INSERT OR REPLACE INTO forms(id, position, layout) VALUES(?, ?, ?)");
    qint64 position = 0;
    for (const Layout &layout : forms) {
        // A form whose fields no record could be stored compact with (a key twice, a lone
        // surrogate) is kept all the same: its records are read, and kept as JSON.
        const std::optional<qint64> id = idOf(layout);
        if (!id)
            continue;
        insert.bind(1, layout->form()).bind(2, position++).bind(3, *id).run();
    }
}

} // namespace vaultlink
