#pragma once

#include "src/linking/link_payload.h"
#include "src/profiles/failure.h"
#include "src/profiles/profile_service.h"
#include "src/ui/second_factor_bridge.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>

#include <optional>

namespace vaultlink::ui {

class TaskRunner;

// The Link page: by hand (address → the server's databases → user name and password → a name
// for the profile) or by a link code (a QR picture or its text → password → name), with a
// second-factor code when the server asks. Every refusal shows the core's message, which says
// what the user can do.
class LinkViewModel : public QObject {
    Q_OBJECT
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QVariantList databases READ databases NOTIFY databasesChanged)
    Q_PROPERTY(bool fromCode READ fromCode NOTIFY targetChanged)
    Q_PROPERTY(QString server READ server NOTIFY targetChanged)
    Q_PROPERTY(QString databaseName READ databaseName NOTIFY targetChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY targetChanged)
    Q_PROPERTY(bool pinned READ pinned NOTIFY targetChanged)
    Q_PROPERTY(QString suggestedName READ suggestedName NOTIFY targetChanged)
    Q_PROPERTY(vaultlink::ui::SecondFactorBridge *secondFactor READ secondFactor CONSTANT)
    // The first sync's progress as a fraction and a line worded here (QML tooling of Qt 6.4
    // cannot type 64-bit counts, so the counts themselves stay in C++).
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString linkedProfile READ linkedProfile NOTIFY stepChanged)
public:
    enum class Step {
        Start,       // choose: type an address, or scan / open a link code
        Database,    // the server's databases, pick one
        Credentials, // user name (by hand), password, profile name
        Otp,         // the server asks for a second factor (secondFactor says which)
        Linking,     // logging in and the first sync, with progress
        Done,
    };
    Q_ENUM(Step)

    // `securityKey` (may be null) answers a security-key second factor; it outlives this.
    LinkViewModel(ProfileService &service, TaskRunner &runner,
                  platform::SecurityKey *securityKey = nullptr, QObject *parent = nullptr);
    ~LinkViewModel() override;

    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString errorCode() const { return m_errorCode; }
    QVariantList databases() const { return m_databases; }
    bool fromCode() const { return m_payload.has_value(); }
    QString server() const { return m_target.server.toString(); }
    QString databaseName() const { return m_target.databaseName; }
    QString userName() const { return m_target.userName; }
    bool pinned() const { return !m_target.pin.isEmpty(); }
    QString suggestedName() const;
    SecondFactorBridge *secondFactor() { return &m_secondFactor; }
    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; }
    // received / total, or -1 while logging in (the total is not known yet).
    double progress() const;
    QString progressText() const;
    QString linkedProfile() const { return m_linked; }

    // By hand: the address (and a pin, for a server the system does not trust).
    Q_INVOKABLE void lookUp(const QString &address, const QString &pin);
    Q_INVOKABLE void chooseDatabase(const QString &name);
    // By link code: a picture (file URL or path), or the code's text (a camera frame's reading).
    Q_INVOKABLE void openImage(const QUrl &file);
    Q_INVOKABLE void useCode(const QString &text);
    // Logs in, creates the profile and runs the first sync. The password is taken out of the
    // string at once; the page clears its field.
    // By hand, `userName` may name a directory account's domain ("CORP\\bob", "bob@corp.example")
    // unless `domain` gives it.
    Q_INVOKABLE void link(const QString &userName, const QString &password,
                          const QString &profileName, const QString &domain = {});
    Q_INVOKABLE void back();
    Q_INVOKABLE void reset();

signals:
    void stepChanged();
    void busyChanged();
    void errorChanged();
    void databasesChanged();
    void targetChanged();
    void progressChanged();
    void linked(const QString &profileName);

private:
    void setStep(Step step);
    void setBusy(bool busy);
    void fail(const Failure &failure);
    void clearError();

    ProfileService &m_service;
    TaskRunner &m_runner;
    SecondFactorBridge m_secondFactor;
    Step m_step = Step::Start;
    Step m_beforeOtp = Step::Credentials;
    bool m_busy = false;
    QString m_error;
    QString m_errorCode;
    QVariantList m_databases;
    LinkTarget m_target;
    std::optional<LinkPayload> m_payload;
    qint64 m_received = 0;
    qint64 m_total = 0;
    QString m_linked;
};

} // namespace vaultlink::ui
