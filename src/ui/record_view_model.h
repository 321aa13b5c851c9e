#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

#include <functional>

namespace vaultlink {
class ClipboardGuard;
}

namespace vaultlink::ui {

class VaultSession;

// The Record page: the fields of one record by type, secrets hidden until revealed, copying
// through the clipboard guard, and the current code of an authenticator seed with its countdown.
class RecordViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(qint64 recordId READ recordId NOTIFY recordChanged)
    Q_PROPERTY(QString name READ name NOTIFY recordChanged)
    Q_PROPERTY(QVariantList fields READ fields NOTIFY fieldsChanged)
    Q_PROPERTY(QString totpCode READ totpCode NOTIFY totpChanged)
    Q_PROPERTY(int totpSecondsLeft READ totpSecondsLeft NOTIFY totpChanged)
    Q_PROPERTY(QString error READ error NOTIFY recordChanged)
public:
    using Now = std::function<qint64()>; // seconds since the epoch; a seam for tests

    RecordViewModel(VaultSession &session, ClipboardGuard &clipboard, Now now,
                    QObject *parent = nullptr);

    qint64 recordId() const { return m_id; }
    QString name() const { return m_name; }
    QVariantList fields() const;
    QString totpCode() const { return m_totpCode; }
    int totpSecondsLeft() const { return m_totpLeft; }
    QString error() const { return m_error; }

    Q_INVOKABLE void open(qint64 id);
    Q_INVOKABLE void close();
    Q_INVOKABLE void reveal(const QString &key, bool shown);
    // The field's value (a seed's current code) to the clipboard; secrets are cleared later.
    Q_INVOKABLE bool copy(const QString &key);
    // Web addresses only (http and https; a bare host gets https), in the system's browser.
    Q_INVOKABLE bool canOpen(const QString &key) const { return !urlOf(key).isEmpty(); }
    Q_INVOKABLE bool openUrl(const QString &key) const;

signals:
    void recordChanged();
    void fieldsChanged();
    void totpChanged();

private:
    struct Field {
        QString key;
        QString type;
        QString label;
        QString value;
        bool revealed = false;
    };
    static bool isSecret(const QString &type);
    void reload();
    QUrl urlOf(const QString &key) const;
    void updateTotp();

    VaultSession &m_session;
    ClipboardGuard &m_clipboard;
    Now m_now;
    qint64 m_id = 0;
    QString m_name;
    QString m_error;
    QList<Field> m_fields;
    QString m_totpCode;
    int m_totpLeft = 0;
    QTimer m_totpTimer;
};

} // namespace vaultlink::ui
