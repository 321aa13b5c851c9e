#include "tests/unit/support/fake_biometric_key_store.h"

#include "src/crypto/key_wrap.h"
#include "src/crypto/random.h"

#include <QTimer>

namespace vaultlink::testing {

using platform::BiometricError;

void FakeBiometricKeyStore::invalidate(const QString &alias) {
    m_keys.erase(alias);
}

int FakeBiometricKeyStore::release(int times) {
    std::vector<Held> held = std::move(m_held);
    m_held.clear();
    for (Held &entry : held)
        for (int i = 0; i < times; ++i) {
            Reply copy;
            copy.token = entry.reply.token;
            copy.error = entry.reply.error;
            copy.data = SecureBuffer::copyOf(entry.reply.data.view());
            copy.detail = entry.reply.detail;
            entry.done(std::move(copy));
        }
    return static_cast<int>(held.size());
}

std::optional<BiometricError> FakeBiometricKeyStore::prompt(const platform::BiometricPrompt &shown,
                                                            const QString &alias) {
    prompts.append(shown);
    if (!hasKeys(alias))
        return BiometricError::KeyInvalidated; // as Android's cipher.init, before any prompt
    if (answers.empty())
        return std::nullopt;
    const BiometricError answer = answers.front();
    answers.pop_front();
    return answer;
}

platform::BiometricKeyStore::Token FakeBiometricKeyStore::reply(Done done, Reply answer) {
    answer.token = ++m_last;
    const Token token = answer.token;
    if (holdReplies) {
        m_held.push_back({std::move(done), std::move(answer)});
        return token;
    }
    auto shared = std::make_shared<Reply>(std::move(answer));
    QTimer::singleShot(0, [done = std::move(done), shared] { done(std::move(*shared)); });
    return token;
}

platform::BiometricKeyStore::Token FakeBiometricKeyStore::createKeys(const QString &alias,
                                                                     Done done) {
    calls.append(QStringLiteral("createKeys ") + alias);
    Reply answer;
    if (available.problem) {
        answer.error = available.problem;
        return reply(std::move(done), std::move(answer));
    }
    SystemRandom random;
    Keys keys{random.secret(32), generateP256()};
    answer.data = SecureBuffer::copyOf(keys.ec.publicKey);
    m_keys[alias] = std::move(keys);
    return reply(std::move(done), std::move(answer));
}

platform::BiometricKeyStore::Token
FakeBiometricKeyStore::seal(const QString &alias, const SecureBuffer &plain, const QByteArray &aad,
                            const platform::BiometricPrompt &shown, Done done) {
    calls.append(QStringLiteral("seal ") + alias);
    Reply answer;
    answer.error = prompt(shown, alias);
    if (!answer.error) {
        SystemRandom random;
        const WrappedKey sealed = wrapKey(m_keys.at(alias).aes, plain, aad, random);
        answer.data = SecureBuffer::copyOf(sealed.joined());
    }
    return reply(std::move(done), std::move(answer));
}

platform::BiometricKeyStore::Token
FakeBiometricKeyStore::open(const QString &alias, const QByteArray &sealed, const QByteArray &aad,
                            const platform::BiometricPrompt &shown, Done done) {
    calls.append(QStringLiteral("open ") + alias);
    Reply answer;
    answer.error = prompt(shown, alias);
    if (!answer.error) {
        const std::optional<WrappedKey> wrapped = WrappedKey::fromJoined(sealed);
        std::optional<SecureBuffer> plain =
            wrapped ? unwrapKey(m_keys.at(alias).aes, *wrapped, aad) : std::nullopt;
        if (plain)
            answer.data = std::move(*plain);
        else {
            answer.error = BiometricError::Other;
            answer.detail = QStringLiteral("the tag does not match");
        }
    }
    return reply(std::move(done), std::move(answer));
}

platform::BiometricKeyStore::Token
FakeBiometricKeyStore::sign(const QString &alias, const QByteArray &message,
                            const platform::BiometricPrompt &shown, Done done) {
    calls.append(QStringLiteral("sign ") + alias);
    Reply answer;
    answer.error = prompt(shown, alias);
    if (!answer.error)
        answer.data = SecureBuffer::copyOf(*signP256(m_keys.at(alias).ec.privateKey, message));
    return reply(std::move(done), std::move(answer));
}

void FakeBiometricKeyStore::cancel(Token token) {
    calls.append(QStringLiteral("cancel %1").arg(token));
}

void FakeBiometricKeyStore::remove(const QString &alias) {
    calls.append(QStringLiteral("remove ") + alias);
    m_keys.erase(alias);
}

} // namespace vaultlink::testing
