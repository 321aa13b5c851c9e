#include "platform/android/android_autofill_host.h"

#include "platform/android/jni.h"

#include <mutex>

namespace vaultlink::platform {

namespace {
constexpr auto bridge = "org/vaultlink/app/AutofillBridge";

// The pick's result codes, as AutofillBridge.java names them.
jint pickCode(AutofillPick::Result result) {
    switch (result) {
    case AutofillPick::Result::Filled:
        return 0;
    case AutofillPick::Result::Locked:
        return 1;
    case AutofillPick::Result::Gone:
        return 2;
    case AutofillPick::Result::Unconfirmed:
        return 3;
    }
    return 2;
}

// Java's natives are static: they find the host alive, if any, under this lock.
std::mutex &hostMutex() {
    static std::mutex mutex;
    return mutex;
}
AndroidAutofillHost *&currentHost() {
    static AndroidAutofillHost *host = nullptr;
    return host;
}

void answerJava(qint64 request, const QByteArray &answer) {
    QJniObject::callStaticMethod<void>(
        bridge, "answer", "(JLjava/lang/String;)V", static_cast<jlong>(request),
        QJniObject::fromString(QString::fromUtf8(answer)).object<jstring>());
}

// Hands `work` to the host's thread; without a host, Java hears that there is nothing.
template <typename Work> void onHostThread(qint64 request, Work work) {
    const std::lock_guard lock(hostMutex());
    AndroidAutofillHost *host = currentHost();
    if (!host) {
        answerJava(request, encodeAutofillAnswer({}));
        return;
    }
    QMetaObject::invokeMethod(
        &host->receiver(), [host, work = std::move(work)] { work(*host); }, Qt::QueuedConnection);
}

// AutofillBridge.nativeAsk, on Java's thread.
void JNICALL nativeAsk(JNIEnv *env, jclass, jlong request, jstring query) {
    const QByteArray json = android::text(env, query).toUtf8();
    onHostThread(request, [request, json](AndroidAutofillHost &host) { host.ask(request, json); });
}

// AutofillBridge.nativePick, on Java's thread.
void JNICALL nativePick(JNIEnv *env, jclass, jlong request, jlong record, jstring query,
                        jboolean confirmed) {
    const QByteArray json = android::text(env, query).toUtf8();
    const bool yes = confirmed != 0;
    onHostThread(request,
                 [=](AndroidAutofillHost &host) { host.pick(request, record, json, yes); });
}

bool nativesRegistered() {
    static std::mutex mutex;
    static bool registered = false;
    const std::lock_guard lock(mutex);
    if (!registered) {
        const JNINativeMethod methods[] = {android::staticNative("nativeAsk", &nativeAsk),
                                           android::staticNative("nativePick", &nativePick)};
        registered = android::registerNatives(bridge, methods, 2);
    }
    return registered;
}
} // namespace

AndroidAutofillHost::AndroidAutofillHost(AutofillSource &source)
    : m_source(source) {
    const QJniObject context = android::context();
    if (context.isValid())
        m_ownPackage =
            context.callObjectMethod("getPackageName", "()Ljava/lang/String;").toString();
    if (!nativesRegistered())
        return; // Java never hears of this host, and keeps answering with its unlock entry
    {
        const std::lock_guard lock(hostMutex());
        currentHost() = this;
    }
    QJniObject::callStaticMethod<void>(bridge, "attach", "()V");
}

AndroidAutofillHost::~AndroidAutofillHost() {
    {
        const std::lock_guard lock(hostMutex());
        if (currentHost() != this)
            return;
        currentHost() = nullptr;
    }
    QJniObject::callStaticMethod<void>(bridge, "detach", "()V");
}

AutofillHost::Setup AndroidAutofillHost::setup() const {
    const QJniObject context = android::context();
    if (!context.isValid() || !nativesRegistered())
        return Setup::Unavailable;
    const auto state = QJniObject::callStaticMethod<jint>(
        bridge, "setupState", "(Landroid/content/Context;)I", context.object());
    return state == 2 ? Setup::On : state == 1 ? Setup::Off : Setup::Unavailable;
}

void AndroidAutofillHost::openSetup() {
    android::runOnUiThread([] {
        const QJniObject activity = android::activity();
        if (activity.isValid())
            QJniObject::callStaticMethod<void>(bridge, "openSetup", "(Landroid/app/Activity;)V",
                                               activity.object());
    });
}

// Java's waiting unlock screen asks again; it moves the app's task back so that the form's app
// comes to the front, which needs the activity, on Android's UI thread.
void AndroidAutofillHost::vaultUnlocked() {
    android::runOnUiThread([] {
        const QJniObject activity = android::activity();
        if (activity.isValid())
            QJniObject::callStaticMethod<void>(bridge, "unlocked", "(Landroid/app/Activity;)V",
                                               activity.object());
    });
}

void AndroidAutofillHost::ask(qint64 request, const QByteArray &query) {
    const std::optional<AutofillQuery> read = decodeAutofillQuery(query);
    const AutofillAnswer answer =
        read ? answerFill(*read, m_source, trustedBrowsers(), m_ownPackage) : AutofillAnswer();
    answerJava(request, encodeAutofillAnswer(answer));
}

void AndroidAutofillHost::pick(qint64 request, qint64 record, const QByteArray &query,
                               bool confirmed) {
    const std::optional<AutofillQuery> read = decodeAutofillQuery(query);
    const AutofillPick picked =
        read ? pickFill(*read, record, confirmed, m_source, trustedBrowsers(), m_ownPackage)
             : AutofillPick();
    // The password goes from wiped memory straight into a Java array, which Java overwrites
    // once the dataset holds it.
    const QJniObject password = android::byteArray(picked.login.password.view());
    QJniObject::callStaticMethod<void>(
        bridge, "filled", "(JILjava/lang/String;[B)V", static_cast<jlong>(request),
        pickCode(picked.result), QJniObject::fromString(picked.login.userName).object<jstring>(),
        password.object<jbyteArray>());
}

} // namespace vaultlink::platform
