#pragma once

#include "src/storage/record_body.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace vaultlink {

class EncryptedDb;

// The layouts the mirror's records are stored with (table `layouts`) and the server's forms
// (table `forms`, what format-2 records are read with), for one connection: each layout read
// once, and stored the first time a record of it is written.
class LayoutStore {
public:
    explicit LayoutStore(EncryptedDb &db)
        : m_db(db) {}

    // Inside a write transaction: the layout's id, stored when new; empty when the mirror holds
    // kMaxLayouts already (a server making up a layout per record: its records keep their JSON).
    std::optional<qint64> idOf(const Layout &layout);
    Layout byId(qint64 id); // null when there is none
    // After the write transaction: ids given in one that was rolled back may be given again.
    void committed() { m_uncommitted.clear(); }
    void rolledBack();

    FormLayouts forms();
    // Inside a write transaction: replaces them.
    void setForms(const FormLayouts &forms);

    static constexpr qint64 kMaxLayouts = 1000;

private:
    EncryptedDb &m_db;
    QHash<QByteArray, qint64> m_ids; // by identity
    QHash<qint64, Layout> m_layouts;
    QList<QByteArray> m_uncommitted;
};

} // namespace vaultlink
