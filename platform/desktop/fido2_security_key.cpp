#include "platform/desktop/fido2_security_key.h"

#include "platform/pending_replies.h" // homeOfThisThread

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <fido.h>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace vaultlink::platform {

namespace {
using Token = SecurityKey::Token;
using Reply = SecurityKey::Reply;

constexpr std::size_t kMaxDevices = 16;

struct DevFree {
    void operator()(fido_dev_t *dev) const {
        fido_dev_close(dev);
        fido_dev_free(&dev);
    }
};
struct AssertFree {
    void operator()(fido_assert_t *assert) const { fido_assert_free(&assert); }
};
struct InfoFree {
    void operator()(fido_dev_info_t *info) const { fido_dev_info_free(&info, kMaxDevices); }
};
using Dev = std::unique_ptr<fido_dev_t, DevFree>;
using Assert = std::unique_ptr<fido_assert_t, AssertFree>;
using Info = std::unique_ptr<fido_dev_info_t, InfoFree>;

Reply failure(SecurityKeyError error, const QString &detail) {
    Reply reply;
    reply.error = error;
    reply.detail = detail;
    return reply;
}

Reply failure(int code) {
    return failure(Fido2SecurityKey::errorOf(code).value_or(SecurityKeyError::Other),
                   Fido2SecurityKey::describe(code));
}

QByteArray bytes(const unsigned char *data, std::size_t size) {
    return data ? QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))
                : QByteArray();
}
} // namespace

// A request's key while it is asked: cancel() and the timeout stop it from the requesting
// thread while the worker blocks in fido_dev_get_assert.
struct Fido2Job {
    void stop() {
        const std::lock_guard lock(mutex);
        stopped = true;
        if (device)
            fido_dev_cancel(device);
    }
    // The worker's: false when stopped before the key was asked.
    bool asking(fido_dev_t *dev) {
        const std::lock_guard lock(mutex);
        device = stopped ? nullptr : dev;
        return !stopped;
    }
    void asked() {
        const std::lock_guard lock(mutex);
        device = nullptr;
    }

    std::mutex mutex;
    fido_dev_t *device = nullptr;
    bool stopped = false;
    std::atomic<bool> finished = false;
};

struct Fido2SecurityKey::State {
    struct Request {
        QPointer<QObject> home; // the requesting thread's, while that thread lives
        Done done;
        std::shared_ptr<Fido2Job> job;
    };

    // Ends the request once, from any thread; false when it had ended already. Its reply
    // reaches `done` later, on the requesting thread, unless the key is gone by then.
    bool finish(const std::weak_ptr<State> &self, Token token, Reply reply) {
        Request request;
        {
            const std::lock_guard lock(mutex);
            const auto found = pending.find(token);
            if (found == pending.end())
                return false;
            request = std::move(found->second);
            pending.erase(found);
        }
        request.job->stop(); // the key's prompt ends with the request
        if (!request.home)
            return true;
        reply.token = token;
        auto shared = std::make_shared<Reply>(std::move(reply));
        QMetaObject::invokeMethod(
            request.home.data(),
            [self, shared, done = std::move(request.done)] {
                if (self.lock())
                    done(std::move(*shared));
            },
            Qt::QueuedConnection);
        return true;
    }

    std::mutex mutex;
    std::map<Token, Request> pending;
    Token last = 0;
    std::vector<std::pair<std::shared_ptr<Fido2Job>, std::thread>> workers;
};

namespace {
// The worker's part, on its own thread: finds a key, asks it, and waits.
Reply ask(Fido2Job &job, const SecurityKeyRequest &request) {
    const Info list(fido_dev_info_new(kMaxDevices));
    std::size_t found = 0;
    if (!list)
        return failure(FIDO_ERR_INTERNAL);
    if (const int listed = fido_dev_info_manifest(list.get(), kMaxDevices, &found);
        listed != FIDO_OK)
        return failure(SecurityKeyError::NoDevice, Fido2SecurityKey::describe(listed));
    if (found == 0)
        return failure(SecurityKeyError::NoDevice, QStringLiteral("no FIDO key on USB"));
    const char *path = fido_dev_info_path(fido_dev_info_ptr(list.get(), 0));
    const Dev dev(fido_dev_new());
    if (!dev)
        return failure(FIDO_ERR_INTERNAL);
    if (const int opened = fido_dev_open(dev.get(), path); opened != FIDO_OK)
        return failure(SecurityKeyError::NoDevice,
                       QString::fromUtf8(path) + u' ' + Fido2SecurityKey::describe(opened));

    const Assert query(fido_assert_new());
    if (!query)
        return failure(FIDO_ERR_INTERNAL);
    const QByteArray rpId = request.rpId.toUtf8();
    const QByteArray clientData = assertionClientData(request.challenge, request.origin);
    int set = fido_assert_set_rp(query.get(), rpId.constData());
    if (set == FIDO_OK) // libfido2 hashes it (SHA-256) for the key
        set = fido_assert_set_clientdata(
            query.get(), reinterpret_cast<const unsigned char *>(clientData.constData()),
            static_cast<std::size_t>(clientData.size()));
    for (const QByteArray &id : request.allowCredentials)
        if (set == FIDO_OK)
            set = fido_assert_allow_cred(query.get(),
                                         reinterpret_cast<const unsigned char *>(id.constData()),
                                         static_cast<std::size_t>(id.size()));
    if (set == FIDO_OK)
        set = fido_assert_set_up(query.get(), FIDO_OPT_TRUE);
    if (set == FIDO_OK && request.userVerification)
        set = fido_assert_set_uv(query.get(), FIDO_OPT_TRUE);
    if (set != FIDO_OK)
        return failure(SecurityKeyError::Other, Fido2SecurityKey::describe(set));

    if (!job.asking(dev.get()))
        return failure(SecurityKeyError::Cancelled, QStringLiteral("stopped before the key"));
    const int answered = fido_dev_get_assert(dev.get(), query.get(), nullptr);
    job.asked();
    if (answered != FIDO_OK)
        return failure(answered);
    if (fido_assert_count(query.get()) == 0)
        return failure(SecurityKeyError::Other, QStringLiteral("the key gave no assertion"));

    // With an empty allow list a key may answer for several resident credentials: the first.
    Reply reply;
    SecurityKeyAssertion &assertion = reply.assertion;
    assertion.credentialId =
        bytes(fido_assert_id_ptr(query.get(), 0), fido_assert_id_len(query.get(), 0));
    const std::optional<QByteArray> authenticatorData = Fido2SecurityKey::authenticatorDataOf(
        bytes(fido_assert_authdata_ptr(query.get(), 0), fido_assert_authdata_len(query.get(), 0)));
    if (!authenticatorData)
        return failure(SecurityKeyError::Other,
                       QStringLiteral("the key's authenticator data is not a CBOR byte string"));
    assertion.authenticatorData = *authenticatorData;
    assertion.clientDataJson = clientData;
    // ES256: DER already; EdDSA: the 64 raw bytes.
    assertion.signature =
        bytes(fido_assert_sig_ptr(query.get(), 0), fido_assert_sig_len(query.get(), 0));
    assertion.userHandle =
        bytes(fido_assert_user_id_ptr(query.get(), 0), fido_assert_user_id_len(query.get(), 0));
    reply.detail = QString::fromUtf8(path);
    return reply;
}
} // namespace

Fido2SecurityKey::Fido2SecurityKey()
    : m_state(std::make_shared<State>()) {
    static std::once_flag initialised;
    std::call_once(initialised, [] { fido_init(0); });
}

Fido2SecurityKey::~Fido2SecurityKey() {
    std::vector<std::pair<std::shared_ptr<Fido2Job>, std::thread>> workers;
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->pending.clear(); // no reply: `done` may reach into what the owner freed
        workers = std::move(m_state->workers);
    }
    for (auto &[job, thread] : workers) {
        job->stop();
        thread.join();
    }
}

SecurityKey::Kind Fido2SecurityKey::kind() const {
    return Kind::Usb;
}

SecurityKey::Token Fido2SecurityKey::getAssertion(const SecurityKeyRequest &request, Done done) {
    QObject *home = homeOfThisThread();
    auto job = std::make_shared<Fido2Job>();
    Token token = 0;
    const std::lock_guard lock(m_state->mutex);
    token = ++m_state->last;
    m_state->pending.emplace(token, State::Request{home, std::move(done), job});
    // Threads of earlier requests that have ended are joined here (at once: they are done).
    auto &workers = m_state->workers;
    for (auto it = workers.begin(); it != workers.end();) {
        if (!it->first->finished) {
            ++it;
            continue;
        }
        it->second.join();
        it = workers.erase(it);
    }
    const std::weak_ptr<State> self = m_state;
    workers.emplace_back(job, std::thread([self, job, token, request] {
                             Reply reply = ask(*job, request);
                             if (const auto state = self.lock())
                                 state->finish(self, token, std::move(reply));
                             job->finished = true;
                         }));
    if (request.timeoutMs > 0)
        QTimer::singleShot(request.timeoutMs, home, [self, token, timeout = request.timeoutMs] {
            if (const auto state = self.lock())
                state->finish(self, token,
                              failure(SecurityKeyError::TimedOut,
                                      QStringLiteral("no touch within %1 ms").arg(timeout)));
        });
    return token;
}

void Fido2SecurityKey::cancel(Token token) {
    m_state->finish(m_state, token,
                    failure(SecurityKeyError::Cancelled, QStringLiteral("cancelled by the app")));
}

std::optional<SecurityKeyError> Fido2SecurityKey::errorOf(int fidoCode) {
    switch (fidoCode) {
    case FIDO_OK:
        return std::nullopt;
    case FIDO_ERR_NO_CREDENTIALS:
        return SecurityKeyError::NotRegistered;
    case FIDO_ERR_ACTION_TIMEOUT:
    case FIDO_ERR_USER_ACTION_TIMEOUT: // CTAP 2.0's name for the same
        return SecurityKeyError::TimedOut;
    case FIDO_ERR_KEEPALIVE_CANCEL:
        return SecurityKeyError::Cancelled;
    case FIDO_ERR_TX: // the key was pulled out while it was asked
    case FIDO_ERR_RX:
        return SecurityKeyError::NoDevice;
    default:
        return SecurityKeyError::Other;
    }
}

QString Fido2SecurityKey::describe(int fidoCode) {
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(fido_strerr(fidoCode))).arg(fidoCode);
}

std::optional<QByteArray> Fido2SecurityKey::authenticatorDataOf(const QByteArray &cbor) {
    if (cbor.isEmpty())
        return std::nullopt;
    const auto first = static_cast<unsigned char>(cbor.at(0));
    if (first >> 5 != 2) // major type 2: a byte string
        return std::nullopt;
    const unsigned info = first & 0x1fU;
    qsizetype header = 1;
    quint64 length = info;
    if (info >= 24 && info <= 27) {
        const qsizetype extra = qsizetype(1) << (info - 24); // 1, 2, 4 or 8 length bytes
        if (cbor.size() < 1 + extra)
            return std::nullopt;
        length = 0;
        for (qsizetype i = 1; i <= extra; ++i)
            length = (length << 8) | static_cast<unsigned char>(cbor.at(i));
        header += extra;
    } else if (info > 27) {
        return std::nullopt; // reserved, or indefinite length
    }
    if (length != static_cast<quint64>(cbor.size() - header))
        return std::nullopt;
    return cbor.mid(header);
}

} // namespace vaultlink::platform
