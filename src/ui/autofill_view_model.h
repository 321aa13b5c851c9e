#pragma once

#include <QObject>
#include <QVariantList>

namespace vaultlink::ui {

class VaultSession;

// The desktop's stand-in for the phones' autofill (the "Matches for a web address" page): the
// logins the phones would offer on a page typed here, from the open profile, through the same
// matcher and index (src/autofill, findAutofillCandidates). Never a secret: a match opens the
// record's page, where the user copies what they need.
class AutofillViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY changed)
    Q_PROPERTY(
        QVariantList matches READ matches NOTIFY changed)  // [{id, title, userName, insecure}]
    Q_PROPERTY(bool searched READ searched NOTIFY changed) // matches answer the address
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    explicit AutofillViewModel(VaultSession &session, QObject *parent = nullptr);

    QString address() const { return m_address; }
    void setAddress(const QString &address);
    QVariantList matches() const { return m_matches; }
    bool searched() const { return m_searched; }
    QString error() const { return m_error; }

    Q_INVOKABLE void lookUp();

signals:
    void changed();

private:
    void clear();

    VaultSession &m_session;
    QString m_address;
    QVariantList m_matches;
    bool m_searched = false;
    QString m_error;
};

} // namespace vaultlink::ui
