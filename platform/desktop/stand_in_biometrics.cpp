#include "platform/desktop/stand_in_biometrics.h"

#include "src/crypto/ec_signing.h"
#include "src/crypto/key_wrap.h"
#include "src/crypto/random.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace vaultlink::platform {

namespace {
constexpr std::size_t kAesBytes = 32;

BiometricError errorOf(QKeychain::Error error) {
    switch (error) {
    case QKeychain::EntryNotFound:
        return BiometricError::KeyInvalidated;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return BiometricError::NoHardware;
    case QKeychain::AccessDeniedByUser:
        return BiometricError::Cancelled;
    default:
        return BiometricError::Other;
    }
}

BiometricKeyStore::Reply failure(BiometricError error, const QString &detail = {}) {
    BiometricKeyStore::Reply reply;
    reply.error = error;
    reply.detail = detail;
    return reply;
}
} // namespace

StandInBiometrics::StandInBiometrics(StandInConfirm confirm)
    : m_confirm(std::move(confirm)) {}

StandInBiometrics::~StandInBiometrics() {
    *m_alive = false;
    // A deletion the user asked for (biometrics off, a profile unlinked) must not die with a
    // command-line process that ends right after asking: wait for it, a few seconds at most.
    QElapsedTimer clock;
    clock.start();
    while (*m_removing > 0 && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

QString StandInBiometrics::serviceName() {
    return QStringLiteral("Vaultlink biometric stand-in");
}

BiometricAvailability StandInBiometrics::availability() const {
    return {BiometricAvailability::Kind::StandIn, std::nullopt};
}

void StandInBiometrics::answer(Token token, Reply reply) {
    const auto found = m_pending.find(token);
    if (found == m_pending.end())
        return; // cancelled meanwhile: that answer was given
    Done done = std::move(found->second.done);
    m_pending.erase(found);
    reply.token = token;
    auto shared = std::make_shared<Reply>(std::move(reply));
    std::weak_ptr<bool> alive = m_alive;
    QTimer::singleShot(0, [alive, done = std::move(done), shared] {
        if (alive.lock())
            done(std::move(*shared));
    });
}

BiometricKeyStore::Token StandInBiometrics::createKeys(const QString &alias, Done done) {
    const Token token = ++m_last;
    m_pending[token] = {std::move(done), {}};
    SystemRandom random;
    SecureBuffer aes = random.secret(kAesBytes);
    EcKeyPair pair = generateP256();
    QByteArray secret = aes.view().toByteArray() + pair.privateKey.view().toByteArray();
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(alias);
    job->setBinaryData(secret);
    wipeBytes(secret);
    const std::weak_ptr<bool> alive = m_alive;
    const QByteArray publicKey = pair.publicKey;
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [this, alive, token, publicKey](QKeychain::Job *finished) {
                         if (!alive.lock())
                             return;
                         if (finished->error() != QKeychain::NoError) {
                             answer(token,
                                    failure(errorOf(finished->error()), finished->errorString()));
                             return;
                         }
                         Reply reply;
                         reply.data = SecureBuffer::copyOf(publicKey);
                         answer(token, std::move(reply));
                     });
    job->start(); // deletes itself once finished
    return token;
}

BiometricKeyStore::Token StandInBiometrics::confirmed(const QString &alias,
                                                      const BiometricPrompt &prompt, Work work,
                                                      Done done) {
    const Token token = ++m_last;
    m_pending[token] = {std::move(done), std::move(work)};
    const std::weak_ptr<bool> alive = m_alive;
    // Asked later, so that the request returns its token first.
    QTimer::singleShot(0, [this, alive, token, alias, prompt] {
        if (!alive.lock() || !m_pending.count(token))
            return;
        if (!m_confirm) {
            answer(token, failure(BiometricError::NoHardware));
            return;
        }
        m_confirm(prompt, [this, alive, token, alias](bool yes) {
            if (!alive.lock() || !m_pending.count(token))
                return; // cancelled while the question was open
            if (!yes)
                answer(token, failure(BiometricError::Cancelled));
            else
                readKeys(token, alias);
        });
    });
    return token;
}

void StandInBiometrics::readKeys(Token token, const QString &alias) {
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(alias);
    const std::weak_ptr<bool> alive = m_alive;
    QObject::connect(
        job, &QKeychain::Job::finished, job, [this, alive, token](QKeychain::Job *finished) {
            if (!alive.lock() || !m_pending.count(token))
                return;
            if (finished->error() != QKeychain::NoError) {
                answer(token, failure(errorOf(finished->error()), finished->errorString()));
                return;
            }
            QByteArray secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            if (secret.size() <= static_cast<qsizetype>(kAesBytes)) {
                wipeBytes(secret);
                answer(token, failure(BiometricError::KeyInvalidated,
                                      QStringLiteral("the keyring entry is damaged")));
                return;
            }
            const SecureBuffer aes = SecureBuffer::copyOf(
                QByteArrayView(secret).first(static_cast<qsizetype>(kAesBytes)));
            const SecureBuffer ec = SecureBuffer::copyOf(
                QByteArrayView(secret).sliced(static_cast<qsizetype>(kAesBytes)));
            wipeBytes(secret);
            const Work work = std::move(m_pending.at(token).work);
            answer(token, work(aes, ec));
        });
    job->start();
}

BiometricKeyStore::Token StandInBiometrics::seal(const QString &alias, const SecureBuffer &plain,
                                                 const QByteArray &aad,
                                                 const BiometricPrompt &prompt, Done done) {
    auto copy = std::make_shared<SecureBuffer>(SecureBuffer::copyOf(plain.view()));
    return confirmed(
        alias, prompt,
        [copy, aad](const SecureBuffer &aes, const SecureBuffer &) {
            SystemRandom random;
            Reply reply;
            reply.data = SecureBuffer::copyOf(wrapKey(aes, *copy, aad, random).joined());
            copy->wipe();
            return reply;
        },
        std::move(done));
}

BiometricKeyStore::Token StandInBiometrics::open(const QString &alias, const QByteArray &sealed,
                                                 const QByteArray &aad,
                                                 const BiometricPrompt &prompt, Done done) {
    return confirmed(
        alias, prompt,
        [sealed, aad](const SecureBuffer &aes, const SecureBuffer &) {
            const std::optional<WrappedKey> wrapped = WrappedKey::fromJoined(sealed);
            std::optional<SecureBuffer> plain =
                wrapped ? unwrapKey(aes, *wrapped, aad) : std::nullopt;
            if (!plain)
                return failure(BiometricError::Other, QStringLiteral("the tag does not match"));
            Reply reply;
            reply.data = std::move(*plain);
            return reply;
        },
        std::move(done));
}

BiometricKeyStore::Token StandInBiometrics::sign(const QString &alias, const QByteArray &message,
                                                 const BiometricPrompt &prompt, Done done) {
    return confirmed(
        alias, prompt,
        [message](const SecureBuffer &, const SecureBuffer &ec) {
            const std::optional<QByteArray> signature = signP256(ec, message);
            if (!signature)
                return failure(BiometricError::KeyInvalidated,
                               QStringLiteral("the keyring entry holds no P-256 key"));
            Reply reply;
            reply.data = SecureBuffer::copyOf(*signature);
            return reply;
        },
        std::move(done));
}

void StandInBiometrics::cancel(Token token) {
    answer(token, failure(BiometricError::Cancelled));
}

void StandInBiometrics::remove(const QString &alias) {
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(alias);
    ++*m_removing;
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [removing = m_removing](QKeychain::Job *) { --*removing; });
    job->start();
}

} // namespace vaultlink::platform
