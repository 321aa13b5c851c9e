#pragma once

#include <QObject>
#include <QTimer>

class QClipboard;

namespace vaultlink::platform {
class ClipboardMarker;
}

namespace vaultlink {

// Puts a copied value on the clipboard marked as sensitive (clipboard managers that honour the
// hint keep no history of it) and, for secrets, clears it after a delay unless something else
// was copied meanwhile. Where the platform clears it too (a phone pauses the timer in the
// background), the marker hears when the guard's own clear made that unnecessary (afterClear).
class ClipboardGuard : public QObject {
    Q_OBJECT
    Q_PROPERTY(int clearAfterSeconds READ clearAfterSeconds WRITE setClearAfterSeconds NOTIFY
                   clearAfterSecondsChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
public:
    ClipboardGuard(QClipboard &clipboard, const platform::ClipboardMarker &marker,
                   QObject *parent = nullptr);

    int clearAfterSeconds() const { return m_clearAfter; }
    void setClearAfterSeconds(int seconds);
    int secondsLeft() const { return m_secondsLeft; }

    void copy(const QString &text, bool secret);
    // Clears a secret copied here now, unless something else was copied since.
    void clearNow();

signals:
    void clearAfterSecondsChanged();
    void secondsLeftChanged();
    void cleared();

private:
    void tick();

    QClipboard &m_clipboard;
    const platform::ClipboardMarker &m_marker;
    QTimer m_timer;
    QString m_copied;
    int m_clearAfter = 30;
    int m_secondsLeft = 0;
};

} // namespace vaultlink
