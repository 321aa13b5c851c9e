#include "fake_android.h"
#include "platform/android/android_autofill_host.h"
#include "platform/android/android_biometric_key_store.h"
#include "platform/android/android_clipboard_marker.h"
#include "platform/android/android_screen_lock_watch.h"
#include "platform/android/android_security_key.h"
#include "platform/android/biometric_codes.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

// The Java the C++ calls and is called by (VAULTLINK_BRIDGE_JAVA and the others, set by CMake):
// read as text, since no Android build runs here. A renamed method, a changed parameter or code
// fails here rather than on a phone (NoSuchMethodError, or an UnsatisfiedLinkError at the first
// answer).
namespace vaultlink::testing {
namespace {

constexpr auto bridgePrefix = "org/vaultlink/app/BiometricBridge.";

QString javaSource(const char *path = VAULTLINK_BRIDGE_JAVA) {
    QFile file(QString::fromUtf8(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The JNI code of a Java type as BiometricBridge spells it; empty for one not known here.
QString jniType(const QString &javaType) {
    static const QHash<QString, QString> types = {
        {"void", "V"},
        {"boolean", "Z"},
        {"int", "I"},
        {"long", "J"},
        {"byte[]", "[B"},
        {"String", "Ljava/lang/String;"},
        {"Context", "Landroid/content/Context;"},
        {"Activity", "Landroid/app/Activity;"},
    };
    return types.value(javaType);
}

// "(long token, int code)" and "void" as "(JI)V"; empty when a type is not known.
QString signature(const QString &parameters, const QString &result) {
    QString jni = QStringLiteral("(");
    for (const QString &parameter : parameters.split(u',', Qt::SkipEmptyParts)) {
        const QString type = parameter.simplified().section(u' ', 0, -2);
        const QString code = jniType(type);
        if (code.isEmpty())
            return {};
        jni += code;
    }
    const QString code = jniType(result);
    return code.isEmpty() ? QString() : jni + u')' + code;
}

// The public static methods, by name, as JNI signatures.
QHash<QString, QString> staticMethods(const QString &java) {
    QHash<QString, QString> methods;
    static const QRegularExpression declaration(
        QStringLiteral(R"(public\s+static\s+([\w\[\]]+)\s+(\w+)\s*\(([^)]*)\))"));
    for (auto match = declaration.globalMatch(java); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        methods.insert(found.captured(2), signature(found.captured(3), found.captured(1)));
    }
    return methods;
}

// `java` declares `static native … name(…)` with the JNI signature `expected`, and the C++
// registered it under `prefix` ("org/vaultlink/app/X.") with that very signature.
void expectNative(const QString &java, const QString &prefix, const char *name,
                  const char *expected) {
    const QRegularExpression native(QStringLiteral(R"(static\s+native\s+([\w\[\]]+)\s+)") +
                                    QString::fromLatin1(name) +
                                    QStringLiteral(R"(\s*\(([^)]*)\)\s*;)"));
    const QRegularExpressionMatch found = native.match(java);
    ASSERT_TRUE(found.hasMatch()) << name;
    const QString declared = signature(found.captured(2), found.captured(1));
    EXPECT_EQ(declared, QString::fromLatin1(expected)) << name;
    EXPECT_TRUE(platform::android::fake::JavaWorld::natives().contains(
        prefix + QString::fromLatin1(name) + declared))
        << name << ": " << platform::android::fake::JavaWorld::natives().join(u' ').toStdString();
}

// The `static final int` constants, by name.
QHash<QString, int> intConstants(const QString &java) {
    QHash<QString, int> constants;
    static const QRegularExpression constant(
        QStringLiteral(R"(static\s+final\s+int\s+(\w+)\s*=\s*(-?\d+)\s*;)"));
    for (auto match = constant.globalMatch(java); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        constants.insert(found.captured(1), found.captured(2).toInt());
    }
    return constants;
}

class BiometricBridgeJava : public FakeAndroid {
protected:
    BiometricBridgeJava()
        : java_(javaSource()) {}

    const QString java_;
    platform::AndroidBiometricKeyStore store;
};

TEST_F(BiometricBridgeJava, TheNativeAnswerIsDeclaredAsTheCxxRegistersIt) {
    ASSERT_FALSE(java_.isEmpty()) << VAULTLINK_BRIDGE_JAVA;
    expectNative(java_, QLatin1String(bridgePrefix), "onResult", "(JI[BLjava/lang/String;)V");
}

TEST_F(BiometricBridgeJava, EveryCallTheCxxMakesHasItsJavaMethod) {
    const QHash<QString, QString> methods = staticMethods(java_);
    ASSERT_FALSE(methods.isEmpty());
    const platform::BiometricPrompt prompt{"Unlock", "work", "Use password"};
    store.availability();
    store.createKeys("p", [](auto) {});
    store.seal("p", SecureBuffer::copyOf("key"), "aad", prompt, [](auto) {});
    store.open("p", "sealed", "aad", prompt, [](auto) {});
    const auto token = store.sign("p", "challenge", prompt, [](auto) {});
    java.runUiThread();
    store.cancel(token);
    java.runUiThread();
    store.remove("p");

    QStringList called;
    for (const QString &line : java.calls()) {
        ASSERT_TRUE(line.startsWith(bridgePrefix)) << line.toStdString();
        const QString call = line.mid(qsizetype(qstrlen(bridgePrefix))).section(u' ', 0, 0);
        const QString name = call.section(u'(', 0, 0);
        const QString jni = call.mid(name.size());
        EXPECT_TRUE(methods.contains(name)) << "no Java method " << name.toStdString();
        EXPECT_EQ(methods.value(name), jni) << name.toStdString();
        called.append(name);
    }
    called.removeDuplicates();
    called.sort();
    EXPECT_EQ(called, (QStringList{"availability", "cancel", "createKeys", "open", "remove", "seal",
                                   "sensors", "sign"}));
}

TEST_F(BiometricBridgeJava, TheBridgesCodesAreTheOnesTheCxxMaps) {
    const QHash<QString, int> constants = intConstants(java_);
    namespace code = platform::android::javaCode;
    namespace sensor = platform::android::javaSensor;
    const QHash<QString, int> expected = {
        {"OK", code::ok},
        {"KEY_INVALIDATED", code::keyInvalidated},
        {"BAD_TAG", code::badTag},
        {"BUSY", code::busy},
        {"FAILED", code::failed},
        {"SENSOR_FINGERPRINT", sensor::fingerprint},
        {"SENSOR_FACE", sensor::face},
        {"SENSOR_IRIS", sensor::iris},
        {"NONCE_BYTES", 12}, // the interface's sealed form
        {"TAG_BITS", 128},
    };
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        EXPECT_TRUE(constants.contains(it.key())) << it.key().toStdString();
        EXPECT_EQ(constants.value(it.key()), it.value()) << it.key().toStdString();
    }
}

// AutofillBridge.java, the autofill service's side (VAULTLINK_AUTOFILL_BRIDGE_JAVA).
class AutofillBridgeJava : public FakeAndroid {
protected:
    AutofillBridgeJava()
        : java_(javaSource(VAULTLINK_AUTOFILL_BRIDGE_JAVA)) {}

    class NoVault final : public platform::AutofillSource {
    public:
        bool unlocked() const override { return true; }
        QList<platform::AutofillOffer> offers(const platform::AutofillQuery &, bool) override {
            return {{1, QStringLiteral("Bank"), QStringLiteral("ada"), false, false}};
        }
        std::optional<Login> login(qint64) override { return Login{}; }
        void confirmApp(qint64, const AppIdentity &) override {}
    };

    const QString java_;
    NoVault vault;
};

TEST_F(AutofillBridgeJava, TheNativesAreDeclaredAsTheCxxRegistersThem) {
    ASSERT_FALSE(java_.isEmpty()) << VAULTLINK_AUTOFILL_BRIDGE_JAVA;
    const platform::AndroidAutofillHost host(vault);
    const QString prefix = QStringLiteral("org/vaultlink/app/AutofillBridge.");
    expectNative(java_, prefix, "nativeAsk", "(JLjava/lang/String;)V");
    expectNative(java_, prefix, "nativePick", "(JJLjava/lang/String;Z)V");
}

TEST_F(AutofillBridgeJava, EveryCallTheCxxMakesHasItsJavaMethodAndItsCodes) {
    const QHash<QString, QString> methods = staticMethods(java_);
    ASSERT_FALSE(methods.isEmpty());
    constexpr auto prefix = "org/vaultlink/app/AutofillBridge.";
    {
        platform::AndroidAutofillHost host(vault);
        host.setup();
        host.openSetup();
        host.vaultUnlocked();
        java.runUiThread();
        const QString query = QStringLiteral(R"({"package":"com.bank.app"})");
        host.ask(1, query.toUtf8());
        host.pick(2, 1, query.toUtf8(), true);
    }
    QStringList called;
    for (const QString &line : java.calls()) {
        if (!line.startsWith(QLatin1String(prefix)))
            continue;
        const QString call = line.mid(qsizetype(qstrlen(prefix))).section(u' ', 0, 0);
        const QString name = call.section(u'(', 0, 0);
        EXPECT_TRUE(methods.contains(name)) << "no Java method " << name.toStdString();
        EXPECT_EQ(methods.value(name), call.mid(name.size())) << name.toStdString();
        called.append(name);
    }
    called.removeDuplicates();
    called.sort();
    EXPECT_EQ(called, (QStringList{"answer", "attach", "detach", "filled", "openSetup",
                                   "setupState", "unlocked"}));

    // filled()'s result codes, as android_autofill_host_test.cpp sees the C++ send them.
    const QHash<QString, int> constants = intConstants(java_);
    const QHash<QString, int> expected = {
        {"FILLED", 0}, {"LOCKED", 1}, {"GONE", 2}, {"UNCONFIRMED", 3}};
    for (auto it = expected.begin(); it != expected.end(); ++it)
        EXPECT_EQ(constants.value(it.key(), -1), it.value()) << it.key().toStdString();
}

// SecurityKeyBridge.java, the security keys' side (VAULTLINK_SECURITY_KEY_BRIDGE_JAVA).
class SecurityKeyBridgeJava : public FakeAndroid {
protected:
    SecurityKeyBridgeJava()
        : java_(javaSource(VAULTLINK_SECURITY_KEY_BRIDGE_JAVA)) {}

    static constexpr auto prefix = "org/vaultlink/app/SecurityKeyBridge.";
    const QString java_;
    platform::AndroidSecurityKey key;
};

TEST_F(SecurityKeyBridgeJava, TheNativeAnswerIsDeclaredAsTheCxxRegistersIt) {
    ASSERT_FALSE(java_.isEmpty()) << VAULTLINK_SECURITY_KEY_BRIDGE_JAVA;
    expectNative(java_, QLatin1String(prefix), "onResult", "(JI[B[B[B[B[BLjava/lang/String;)V");
}

TEST_F(SecurityKeyBridgeJava, EveryCallTheCxxMakesHasItsJavaMethod) {
    const QHash<QString, QString> methods = staticMethods(java_);
    ASSERT_FALSE(methods.isEmpty());
    platform::SecurityKeyRequest request;
    request.rpId = QStringLiteral("vault.example.com");
    request.challenge = "challenge";
    request.allowCredentials = {"id"};
    const auto token = key.getAssertion(request, [](auto) {});
    java.runUiThread();
    key.cancel(token);
    java.runUiThread();

    QStringList called;
    for (const QString &line : java.calls()) {
        ASSERT_TRUE(line.startsWith(QLatin1String(prefix))) << line.toStdString();
        const QString call = line.mid(qsizetype(qstrlen(prefix))).section(u' ', 0, 0);
        const QString name = call.section(u'(', 0, 0);
        EXPECT_TRUE(methods.contains(name)) << "no Java method " << name.toStdString();
        EXPECT_EQ(methods.value(name), call.mid(name.size())) << name.toStdString();
        called.append(name);
    }
    called.removeDuplicates();
    called.sort();
    EXPECT_EQ(called, (QStringList{"cancel", "getAssertion"}));
}

TEST_F(SecurityKeyBridgeJava, TheBridgesCodesAreTheOnesTheCxxMaps) {
    const QHash<QString, int> constants = intConstants(java_);
    namespace code = platform::android::securityKeyCode;
    const QHash<QString, int> expected = {
        {"OK", code::ok},
        {"NOT_SUPPORTED_ERR", code::notSupportedErr},
        {"INVALID_STATE_ERR", code::invalidStateErr},
        {"SECURITY_ERR", code::securityErr},
        {"NETWORK_ERR", code::networkErr},
        {"ABORT_ERR", code::abortErr},
        {"TIMEOUT_ERR", code::timeoutErr},
        {"ENCODING_ERR", code::encodingErr},
        {"UNKNOWN_ERR", code::unknownErr},
        {"CONSTRAINT_ERR", code::constraintErr},
        {"DATA_ERR", code::dataErr},
        {"NOT_ALLOWED_ERR", code::notAllowedErr},
        {"ATTESTATION_NOT_PRIVATE_ERR", code::attestationNotPrivateErr},
        {"CANCELLED", code::cancelled},
        {"UNAVAILABLE", code::unavailable},
        {"BUSY", code::busy},
        {"FAILED", code::failed},
    };
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        EXPECT_TRUE(constants.contains(it.key())) << it.key().toStdString();
        EXPECT_EQ(constants.value(it.key()), it.value()) << it.key().toStdString();
    }
    // Every ErrorCode the Java maps has its constant, and no code is used twice.
    static const QRegularExpression mapped(QStringLiteral(R"(case\s+(\w+_ERR)\s*:)"));
    for (auto match = mapped.globalMatch(java_); match.hasNext();) {
        const QString name = match.next().captured(1);
        EXPECT_TRUE(expected.contains(name)) << name.toStdString();
    }
    QList<int> values = constants.values();
    std::sort(values.begin(), values.end());
    EXPECT_EQ(std::adjacent_find(values.begin(), values.end()), values.end());
}

} // namespace
} // namespace vaultlink::testing

namespace vaultlink::testing {
namespace {

// The `static final String` constants, by name.
QHash<QString, QString> stringConstants(const QString &java) {
    QHash<QString, QString> constants;
    static const QRegularExpression constant(
        QStringLiteral(R"re(static\s+final\s+String\s+(\w+)\s*=\s*"([^"\\]*)"\s*;)re"));
    for (auto match = constant.globalMatch(java); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        constants.insert(found.captured(1), found.captured(2));
    }
    return constants;
}

// The static methods a protocol's calls reach in `prefix` ("org/vaultlink/app/X."), each
// checked against the Java's declaration; sorted, once each.
QStringList calledMethods(const QStringList &calls, const QString &prefix,
                          const QHash<QString, QString> &methods) {
    QStringList called;
    for (const QString &line : calls) {
        if (!line.startsWith(prefix))
            continue;
        const QString call = line.mid(prefix.size()).section(u' ', 0, 0);
        const QString name = call.section(u'(', 0, 0);
        EXPECT_TRUE(methods.contains(name)) << "no Java method " << name.toStdString();
        EXPECT_EQ(methods.value(name), call.mid(name.size())) << name.toStdString();
        called.append(name);
    }
    called.removeDuplicates();
    called.sort();
    return called;
}

// ScreenLockReceiver.java (VAULTLINK_SCREEN_LOCK_RECEIVER_JAVA), the screen lock watch's side.
class ScreenLockReceiverJava : public FakeAndroid {
protected:
    ScreenLockReceiverJava()
        : java_(javaSource(VAULTLINK_SCREEN_LOCK_RECEIVER_JAVA)) {}

    static constexpr auto prefix = "org/vaultlink/app/ScreenLockReceiver.";
    const QString java_;
};

TEST_F(ScreenLockReceiverJava, TheNativeIsDeclaredAsTheCxxRegistersIt) {
    ASSERT_FALSE(java_.isEmpty()) << VAULTLINK_SCREEN_LOCK_RECEIVER_JAVA;
    platform::AndroidScreenLockWatch watch;
    watch.start([] {});
    expectNative(java_, QLatin1String(prefix), "onScreenOff", "()V");
}

TEST_F(ScreenLockReceiverJava, EveryCallTheCxxMakesHasItsJavaMethod) {
    const QHash<QString, QString> methods = staticMethods(java_);
    ASSERT_FALSE(methods.isEmpty());
    {
        platform::AndroidScreenLockWatch watch;
        watch.start([] {});
        java.runUiThread();
    }
    java.runUiThread();
    EXPECT_EQ(calledMethods(java.calls(), QLatin1String(prefix), methods),
              (QStringList{"register", "unregister"}));
    // The receiver listens for the screen turning off, and nothing else.
    EXPECT_TRUE(java_.contains(QStringLiteral("new IntentFilter(Intent.ACTION_SCREEN_OFF)")));
}

// ClipboardClearJob.java (VAULTLINK_CLIPBOARD_CLEAR_JOB_JAVA), the background clear of the
// clipboard marker.
class ClipboardClearJobJava : public FakeAndroid {
protected:
    ClipboardClearJobJava()
        : java_(javaSource(VAULTLINK_CLIPBOARD_CLEAR_JOB_JAVA)) {
        java.answer("activity", "getSystemService", java.object("clipboard"));
        java.answer("clipboard", "getPrimaryClip", java.object("clip"));
        java.answer("clip", "getItemAt", java.object("item"));
        java.answer("item", "getText", java.object("text"));
        java.answer("android/content/ClipData", "newPlainText", java.object("labelled"));
        java.answer("labelled", "getDescription", java.object("description"));
    }

    static constexpr auto prefix = "org/vaultlink/app/ClipboardClearJob.";
    const QString java_;
    platform::AndroidClipboardMarker marker;
};

TEST_F(ClipboardClearJobJava, EveryCallTheCxxMakesHasItsJavaMethod) {
    ASSERT_FALSE(java_.isEmpty()) << VAULTLINK_CLIPBOARD_CLEAR_JOB_JAVA;
    const QHash<QString, QString> methods = staticMethods(java_);
    ASSERT_FALSE(methods.isEmpty());
    marker.afterCopy(std::chrono::seconds(30));
    marker.afterClear();
    java.runUiThread();
    EXPECT_EQ(calledMethods(java.calls(), QLatin1String(prefix), methods),
              (QStringList{"cancel", "schedule"}));
}

// The job recognises the marker's clips by their label.
TEST_F(ClipboardClearJobJava, TheJobKnowsTheLabelTheMarkerGivesItsClips) {
    marker.afterCopy(std::chrono::seconds(30));
    java.runUiThread();
    const QStringList labelled = java.calls().filter(QStringLiteral("ClipData.newPlainText"));
    ASSERT_EQ(labelled.size(), 1);
    static const QRegularExpression firstArgument(QStringLiteral(R"re(\)\S* "([^"]*)")re"));
    const QRegularExpressionMatch label = firstArgument.match(labelled.first());
    ASSERT_TRUE(label.hasMatch()) << labelled.first().toStdString();
    EXPECT_EQ(stringConstants(java_).value(QStringLiteral("LABEL")), label.captured(1));
}

// What schedule() is given is the job's minimum latency, with a deadline a little later.
TEST_F(ClipboardClearJobJava, TheDelayIsTheJobsMinimumLatency) {
    static const QRegularExpression schedule(QStringLiteral(
        R"(public\s+static\s+void\s+schedule\s*\(\s*Context\s+\w+\s*,\s*long\s+(\w+)\s*\))"));
    const QRegularExpressionMatch found = schedule.match(java_);
    ASSERT_TRUE(found.hasMatch());
    const QString delay = found.captured(1);
    EXPECT_TRUE(java_.contains(QStringLiteral(".setMinimumLatency(%1)").arg(delay)));
    EXPECT_TRUE(java_.contains(QStringLiteral(".setOverrideDeadline(%1 + ").arg(delay)));
    EXPECT_LE(intConstants(java_).value(QStringLiteral("DEADLINE_SLACK_MS"), -1), 60000)
        << "a short deadline";
}

// The manifest (VAULTLINK_ANDROID_MANIFEST): well-formed XML, and the job's service declared
// as JobScheduler requires, else schedule() throws.
TEST(AndroidManifest, DeclaresTheClipboardClearJobForJobScheduler) {
    QFile file(QString::fromUtf8(VAULTLINK_ANDROID_MANIFEST));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << VAULTLINK_ANDROID_MANIFEST;
    QXmlStreamReader xml(&file);
    constexpr auto android = "http://schemas.android.com/apk/res/android";
    QHash<QString, QXmlStreamAttributes> services;
    QStringList receivers;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.attributes().value(QLatin1String(android), "name").toString();
        if (xml.name() == QLatin1String("service"))
            services.insert(name, xml.attributes());
        else if (xml.name() == QLatin1String("receiver"))
            receivers.append(name);
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line "
                                 << xml.lineNumber();
    const QString job = QStringLiteral("org.vaultlink.app.ClipboardClearJob");
    ASSERT_TRUE(services.contains(job));
    EXPECT_EQ(services.value(job).value(QLatin1String(android), "permission"),
              QLatin1String("android.permission.BIND_JOB_SERVICE"));
    EXPECT_EQ(services.value(job).value(QLatin1String(android), "exported"),
              QLatin1String("false"));
    // Registered at run time: a manifest receiver never gets ACTION_SCREEN_OFF.
    EXPECT_FALSE(receivers.contains(QStringLiteral("org.vaultlink.app.ScreenLockReceiver")));
}

} // namespace
} // namespace vaultlink::testing
