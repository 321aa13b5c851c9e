#include "platform/security_key.h"

#include <QTimer>
#include <QtGlobal> // the Q_OS_ macros the factory chooses by

#if defined(Q_OS_ANDROID)
#include "platform/android/android_security_key.h"
#elif defined(Q_OS_IOS)
#include "platform/ios/ios_security_key.h"
#elif defined(Q_OS_LINUX)
#include "platform/desktop/stand_in_security_key.h"
#ifdef VAULTLINK_HAVE_LIBFIDO2
#include "platform/desktop/fido2_security_key.h"
#endif
#endif

namespace vaultlink::platform {

namespace {
// WebAuthn Level 2 §5.8.1.1, CCDToString: the string between quotes, with `"` and `\` escaped
// by a backslash and every other code point below U+0020 as \u and four lower-case hex digits;
// the rest as UTF-8. A lone surrogate, which has no UTF-8 form, is written as \u too (JSON
// accepts it; UTF-8 would turn it into U+FFFD and sign another origin than the one given).
QByteArray ccdToString(const QString &text) {
    QByteArray encoded;
    encoded.reserve(text.size() + 2);
    encoded.append('"');
    const auto escape = [&encoded](char32_t unit) {
        encoded.append("\\u");
        encoded.append(QByteArray::number(static_cast<uint>(unit), 16).rightJustified(4, '0'));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            encoded.append(text.mid(i, 2).toUtf8());
            ++i;
        } else if (c.isSurrogate() || c.unicode() < 0x20) {
            escape(c.unicode());
        } else if (c == u'"') {
            encoded.append("\\\"");
        } else if (c == u'\\') {
            encoded.append("\\\\");
        } else {
            encoded.append(QString(c).toUtf8());
        }
    }
    encoded.append('"');
    return encoded;
}

// Platforms without FIDO: nothing offered, every request answered NoDevice (later, on the
// requesting thread, as any security key answers).
class NoSecurityKey final : public SecurityKey {
public:
    Kind kind() const override { return Kind::None; }
    Token getAssertion(const SecurityKeyRequest &, Done done) override {
        const Token token = ++m_last;
        QTimer::singleShot(0, [token, done = std::move(done)] {
            Reply reply;
            reply.token = token;
            reply.error = SecurityKeyError::NoDevice;
            reply.detail = QStringLiteral("no FIDO2 support on this platform");
            done(std::move(reply));
        });
        return token;
    }
    void cancel(Token) override {}

private:
    Token m_last = 0;
};
} // namespace

QByteArray assertionClientData(const QByteArray &challenge, const QString &origin) {
    QByteArray json = R"({"type":)" + ccdToString(QStringLiteral("webauthn.get"));
    json += R"(,"challenge":)" +
            ccdToString(QString::fromLatin1(challenge.toBase64(QByteArray::Base64UrlEncoding |
                                                               QByteArray::OmitTrailingEquals)));
    json += R"(,"origin":)" + ccdToString(origin);
    json += R"(,"crossOrigin":false})";
    return json;
}

std::unique_ptr<SecurityKey> makeNoSecurityKey() {
    return std::make_unique<NoSecurityKey>();
}

std::unique_ptr<SecurityKey> makeSecurityKey() {
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidSecurityKey>();
#elif defined(Q_OS_IOS)
    return std::make_unique<IosSecurityKey>();
#elif defined(Q_OS_LINUX)
    // The stand-in only when asked for by name: a key file is no security key.
    const QString standIn = qEnvironmentVariable("VAULTLINK_SECURITY_KEY_STAND_IN");
    if (!standIn.isEmpty())
        return std::make_unique<StandInSecurityKey>(standIn);
#ifdef VAULTLINK_HAVE_LIBFIDO2
    return std::make_unique<Fido2SecurityKey>();
#else
    return makeNoSecurityKey();
#endif
#else
    return makeNoSecurityKey();
#endif
}

} // namespace vaultlink::platform
