#pragma once

#include "src/edits/pending_change.h"

#include <QObject>
#include <QVariantList>

namespace vaultlink {
class ClipboardGuard;
}

namespace vaultlink::ui {

class VaultSession;

// The values a record's password fields held before this device replaced them (by an edit, or
// when a conflict went the server's way), newest first, on the Record page: hidden until
// revealed, each with the time it was replaced. Follows the record the page shows.
class RecordHistory : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantList entries READ entries NOTIFY changed)
public:
    RecordHistory(VaultSession &session, ClipboardGuard &clipboard, QObject *parent = nullptr);
    ~RecordHistory() override;

    // [{label, value (empty unless revealed), revealed, when, why}]
    QVariantList entries() const;

    void show(qint64 id); // 0: none
    Q_INVOKABLE void reveal(int index, bool shown);
    Q_INVOKABLE bool copy(int index);

signals:
    void changed();

private:
    struct Entry {
        qint64 replacedAt = 0;
        HistoryEntry::Why why = HistoryEntry::Why::Edited;
        QString label;
        QString value;
        bool revealed = false;
    };
    void wipe();

    VaultSession &m_session;
    ClipboardGuard &m_clipboard;
    QList<Entry> m_entries;
};

} // namespace vaultlink::ui
