#pragma once

#include <QObject>
#include <QVariantList>

namespace vaultlink::platform {
class AutofillHost;
}

namespace vaultlink::ui {

class VaultSession;

// The desktop's stand-in for the phones' autofill (the "Matches for a web address" page): the
// logins the phones would offer on a page typed here, from the open profile, through the same
// matcher and index (src/autofill, findAutofillCandidates). Never a secret: a match opens the
// record's page, where the user copies what they need. Also the phone's setup: whether Vaultlink
// is the device's autofill service, and the way to the system's page that chooses it.
class AutofillViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY changed)
    Q_PROPERTY(
        QVariantList matches READ matches NOTIFY changed)  // [{id, title, userName, insecure}]
    Q_PROPERTY(bool searched READ searched NOTIFY changed) // matches answer the address
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(Setup setup READ setup NOTIFY setupChanged)
public:
    enum class Setup { Unavailable, Off, On }; // as platform::AutofillHost::Setup
    Q_ENUM(Setup)

    AutofillViewModel(VaultSession &session, platform::AutofillHost &host,
                      QObject *parent = nullptr);

    QString address() const { return m_address; }
    void setAddress(const QString &address);
    QVariantList matches() const { return m_matches; }
    bool searched() const { return m_searched; }
    QString error() const { return m_error; }

    Q_INVOKABLE void lookUp();

    Setup setup() const { return m_setup; }
    // Asks the platform again (the user may have chosen the service in the system's settings).
    Q_INVOKABLE void refreshSetup();
    Q_INVOKABLE void openSetup();

signals:
    void changed();
    void setupChanged();

private:
    void clear();

    VaultSession &m_session;
    platform::AutofillHost &m_host;
    Setup m_setup = Setup::Unavailable;
    QString m_address;
    QVariantList m_matches;
    bool m_searched = false;
    QString m_error;
};

} // namespace vaultlink::ui
