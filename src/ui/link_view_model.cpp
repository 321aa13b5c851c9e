#include "src/ui/link_view_model.h"

#include "src/profiles/link_input.h"
#include "src/ui/messages.h"
#include "src/ui/task_runner.h"

#include <QVariantMap>

#include <memory>

namespace vaultlink::ui {

LinkViewModel::LinkViewModel(ProfileService &service, TaskRunner &runner,
                             platform::SecurityKey *securityKey, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_runner(runner)
    , m_secondFactor(securityKey) {
    connect(&m_secondFactor, &SecondFactorBridge::requested, this, [this] { setStep(Step::Otp); });
    // Past the choice (a code sent, a push waiting) the page shows the progress again.
    connect(&m_secondFactor, &SecondFactorBridge::changed, this, [this] {
        if (m_step == Step::Otp && m_secondFactor.phase() == SecondFactorBridge::Phase::Idle)
            setStep(Step::Linking);
    });
}

LinkViewModel::~LinkViewModel() {
    // A link waiting for an answer gives up; nothing of this object is used once the runner is
    // done.
    m_secondFactor.close();
    m_runner.waitForDone();
}

QString LinkViewModel::suggestedName() const {
    if (m_target.databaseName.isEmpty())
        return {};
    // Meaningful side by side: which database, and where.
    const QString host = m_target.server.host();
    QString name = QStringLiteral("%1 on %2").arg(m_target.databaseName, host);
    for (int n = 2; m_service.find(name); ++n)
        name = QStringLiteral("%1 on %2 (%3)").arg(m_target.databaseName, host).arg(n);
    return name;
}

double LinkViewModel::progress() const {
    return m_total > 0 ? static_cast<double>(m_received) / static_cast<double>(m_total) : -1.0;
}

QString LinkViewModel::progressText() const {
    return m_total > 0 ? tr("Synchronizing: %1 of %2 records").arg(m_received).arg(m_total)
                       : tr("Logging in…");
}

void LinkViewModel::lookUp(const QString &address, const QString &pin) {
    clearError();
    LinkTarget target;
    try {
        target.server = serverUrlFrom(address);
        target.pin = pinFrom(pin);
    } catch (const Failure &failure) {
        fail(failure);
        return;
    }
    setBusy(true);
    m_runner.run<QList<DatabaseInfo>>(
        this, [this, target] { return m_service.databases(target.server, target.pin); },
        [this, target](QList<DatabaseInfo> databases) {
            setBusy(false);
            m_payload.reset();
            m_target = target;
            m_databases.clear();
            for (const DatabaseInfo &db : std::as_const(databases))
                m_databases.append(QVariantMap{{QStringLiteral("name"), db.name},
                                               {QStringLiteral("mobileSync"), db.mobileSync}});
            emit databasesChanged();
            emit targetChanged();
            setStep(Step::Database);
        },
        [this](const Failure &failure) { fail(failure); });
}

void LinkViewModel::chooseDatabase(const QString &name) {
    clearError();
    m_target.databaseId = 0;
    m_target.databaseName = name;
    emit targetChanged();
    setStep(Step::Credentials);
}

void LinkViewModel::openImage(const QUrl &file) {
    clearError();
    const QString local = file.isLocalFile() ? file.toLocalFile() : file.toString();
    setBusy(true);
    // Decoding a large photo takes a while: off the GUI thread like everything else.
    m_runner.run<LinkPayload>(
        this, [local] { return linkPayloadFrom(readQrCodeFile(local)); },
        [this](const LinkPayload &payload) {
            setBusy(false);
            m_payload = payload;
            m_target = LinkTarget{payload.server,       payload.pin,      payload.databaseId,
                                  payload.databaseName, payload.userName, {}};
            emit targetChanged();
            setStep(Step::Credentials);
        },
        [this](const Failure &failure) { fail(failure); });
}

void LinkViewModel::useCode(const QString &text) {
    if (text.isEmpty())
        return;
    clearError();
    try {
        const LinkPayload payload = linkPayloadFrom(text);
        m_payload = payload;
        m_target = LinkTarget{payload.server,       payload.pin,      payload.databaseId,
                              payload.databaseName, payload.userName, {}};
    } catch (const Failure &failure) {
        fail(failure);
        return;
    }
    emit targetChanged();
    setStep(Step::Credentials);
}

void LinkViewModel::link(const QString &userName, const QString &password,
                         const QString &profileName, const QString &domain) {
    clearError();
    const QString name = profileName.trimmed();
    LinkTarget target = m_target;
    if (!m_payload) {
        const AccountName account = accountNameFrom(userName, domain);
        target.userName = account.user;
        target.domain = account.domain;
    }
    if (target.userName.isEmpty())
        return fail(appFailure(QStringLiteral("user"), tr("Enter your user name on the server.")));
    if (password.isEmpty())
        return fail(appFailure(QStringLiteral("password"), tr("Enter your password.")));
    if (name.isEmpty())
        return fail(
            appFailure(QStringLiteral("name"),
                       tr("Give the profile a name, so that you can tell it from others.")));
    if (m_service.find(name))
        return fail(appFailure(QStringLiteral("profile-exists"),
                               tr("A profile named \"%1\" already exists.").arg(name)));
    auto secret = std::make_shared<SecureBuffer>(SecureBuffer::fromUtf8(password));
    const std::optional<LinkPayload> payload = m_payload;
    m_received = 0;
    m_total = 0;
    emit progressChanged();
    setBusy(true);
    setStep(Step::Linking);
    m_runner.run<QString>(
        this,
        [this, target, payload, secret, name]() mutable {
            // The password is in hand before the code is spent, as in every front end.
            if (payload)
                target = m_service.redeem(*payload);
            const SyncProgressFn progress =
                TaskRunner::progressTo(this, [this](const SyncProgress &p) {
                    if (p.sending)
                        return; // a new link has nothing to send
                    m_received = p.received;
                    m_total = p.total;
                    emit progressChanged();
                });
            return m_service.link(target, name, *secret, &m_secondFactor, progress).profile.name;
        },
        [this](const QString &linkedName) {
            m_secondFactor.finish();
            setBusy(false);
            m_payload.reset();
            m_linked = linkedName;
            setStep(Step::Done);
            emit linked(linkedName);
        },
        [this](const Failure &failure) {
            m_secondFactor.finish();
            // A spent or refused code cannot be tried again: back to the start for a new one.
            if (failure.kind() == Failure::Kind::LinkCode)
                m_payload.reset();
            fail(failure);
        });
}

void LinkViewModel::back() {
    clearError();
    switch (m_step) {
    case Step::Database:
        setStep(Step::Start);
        break;
    case Step::Credentials:
        setStep(m_payload || m_databases.isEmpty() ? Step::Start : Step::Database);
        break;
    case Step::Otp:
        m_secondFactor.giveUp();
        break;
    default:
        break;
    }
}

void LinkViewModel::reset() {
    clearError();
    m_payload.reset();
    m_target = {};
    m_databases.clear();
    m_linked.clear();
    emit databasesChanged();
    emit targetChanged();
    setStep(Step::Start);
}

void LinkViewModel::setStep(Step step) {
    if (step == m_step)
        return;
    m_step = step;
    emit stepChanged();
}

void LinkViewModel::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void LinkViewModel::fail(const Failure &failure) {
    setBusy(false);
    m_error = say(failure);
    m_errorCode = failure.code();
    emit errorChanged();
    if (m_step == Step::Linking || m_step == Step::Otp)
        setStep(m_payload || failure.kind() != Failure::Kind::LinkCode ? Step::Credentials
                                                                       : Step::Start);
}

void LinkViewModel::clearError() {
    if (m_error.isEmpty())
        return;
    m_error.clear();
    m_errorCode.clear();
    emit errorChanged();
}

} // namespace vaultlink::ui
