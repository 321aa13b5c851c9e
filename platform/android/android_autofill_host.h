#pragma once

#include "platform/autofill_service.h"

#include <QObject>

namespace vaultlink::platform {

// Android's AutofillService (VaultlinkAutofillService.java) asking the app's open vault through
// AutofillBridge.java. Java asks on its own threads through two static natives; the answers are
// worked out on the thread that made this host (Qt's) and handed back through static Java
// methods, so Java waits for nothing (it gives up after its own deadline, inside the platform's
// five seconds). While no host is attached (the app's process runs without Qt's activity, or
// Qt is not up yet) Java answers every form with its unlock entry by itself.
class AndroidAutofillHost final : public AutofillHost {
public:
    explicit AndroidAutofillHost(AutofillSource &source);
    ~AndroidAutofillHost() override;
    AndroidAutofillHost(const AndroidAutofillHost &) = delete;
    AndroidAutofillHost &operator=(const AndroidAutofillHost &) = delete;

    Setup setup() const override;
    void openSetup() override;
    void vaultUnlocked() override;

    // Java's requests, on the host's thread: a form's answer, and a picked record's login.
    void ask(qint64 request, const QByteArray &query);
    void pick(qint64 request, qint64 record, const QByteArray &query, bool confirmed);

    QObject &receiver() { return m_receiver; }

private:
    AutofillSource &m_source;
    QString m_ownPackage;
    QObject m_receiver; // Java's requests are queued to it; none runs after the host is gone
};

} // namespace vaultlink::platform
