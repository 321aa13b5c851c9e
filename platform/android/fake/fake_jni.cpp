#include "platform/android/fake/fake_jni.h"

#include "platform/android/jni.h"

#include <QHash>
#include <QPromise>

#include <algorithm>
#include <deque>
#include <mutex>
#include <optional>

namespace vaultlink::platform::android::fake {

struct JavaWorld::State {
    struct Call {
        QString line;
        bool onUiThread = false;
    };

    void record(const QString &line) { calls.append({line, onUiThread}); }

    QList<Call> calls;
    QStringList nullCalls;
    QJniObject activity;
    QJniObject context;
    QHash<QString, std::shared_ptr<FakeJavaByteArray>> arrays;
    QHash<QString, QJniObject> objectAnswers;
    QHash<QString, qint64> valueAnswers;
    QHash<QString, QtAndroidPrivate::PermissionResult> permissions;
    std::optional<QPromise<QtAndroidPrivate::PermissionResult>> permissionRequest;
    std::deque<std::function<void()>> uiThread;
    bool onUiThread = false;
    QHash<QString, int> made; // per class, to name new objects
};

namespace {
JavaWorld::State *world = nullptr;

JavaWorld::State &current() {
    if (!world)
        qFatal("a shim called Java without a fake JavaWorld");
    return *world;
}

QString key(const QString &target, const QString &method) {
    return target + u'.' + method;
}

// "target.method(signature) arguments", or the null call it would crash on
std::optional<QString> line(const QJniObject &self, const char *method, const char *signature,
                            const QStringList &arguments) {
    const QString call = QString::fromLatin1(method) + QString::fromLatin1(signature);
    if (!self.isValid()) {
        current().nullCalls.append(call);
        return std::nullopt;
    }
    const QString text = self.toString() + u'.' + call;
    return arguments.isEmpty() ? text : text + u' ' + arguments.join(QStringLiteral(", "));
}

QJniObject make(const QString &name, bool isString) {
    const std::shared_ptr<FakeJavaObject> object =
        isString ? std::shared_ptr<FakeJavaObject>(std::make_shared<FakeJavaString>())
                 : std::make_shared<FakeJavaObject>();
    object->name = name;
    object->isString = isString;
    return QJniObject(object.get());
}

QJniObject makeArray(const QByteArray &bytes) {
    JavaWorld::State &state = current();
    const auto array = std::make_shared<FakeJavaByteArray>();
    array->name = QStringLiteral("byte[]#") + QString::number(++state.made[QStringLiteral("[B")]);
    array->bytes = bytes;
    state.arrays.insert(array->name, array);
    return QJniObject(array.get());
}

// The natives registered, for the process (as a virtual machine keeps them).
struct Native {
    QString key; // "class.name(signature)"
    void *function = nullptr;
};
std::mutex nativesMutex;
std::vector<Native> registeredNatives;

QString nativeKey(const char *className, const char *name, const std::string &signature) {
    return QString::fromLatin1(className) + u'.' + QString::fromLatin1(name) +
           QString::fromStdString(signature);
}
} // namespace

QString describe(jobject value) {
    if (!value)
        return QStringLiteral("null");
    return value->isString ? u'"' + value->name + u'"' : value->name;
}

QString describe(jint value) {
    return QString::number(value);
}

QString describe(jlong value) {
    return QString::number(value);
}

QString describe(jboolean value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QJniObject construct(const char *className, const QString &signature) {
    JavaWorld::State &state = current();
    const QString javaClass = QString::fromLatin1(className);
    const QString name =
        javaClass.section(u'/', -1) + u'#' + QString::number(++state.made[javaClass]);
    state.record(name + QStringLiteral(" = new ") + javaClass + signature);
    return make(name, false);
}

qint64 callValue(const QJniObject &self, const char *method, const char *signature,
                 const QStringList &arguments) {
    const std::optional<QString> call = line(self, method, signature, arguments);
    if (!call)
        return 0;
    current().record(*call);
    return current().valueAnswers.value(key(self.toString(), QString::fromLatin1(method)));
}

QJniObject callObject(const QJniObject &self, const char *method, const char *signature,
                      const QStringList &arguments) {
    const std::optional<QString> call = line(self, method, signature, arguments);
    if (!call)
        return {};
    current().record(*call);
    return current().objectAnswers.value(key(self.toString(), QString::fromLatin1(method)));
}

qint64 callStaticValue(const char *className, const char *method, const char *signature,
                       const QStringList &arguments) {
    const QString target = QString::fromLatin1(className);
    const QString call =
        target + u'.' + QString::fromLatin1(method) + QString::fromLatin1(signature);
    current().record(arguments.isEmpty() ? call
                                         : call + u' ' + arguments.join(QStringLiteral(", ")));
    return current().valueAnswers.value(key(target, QString::fromLatin1(method)));
}

QJniObject callStaticObject(const char *className, const char *method, const char *signature,
                            const QStringList &arguments) {
    callStaticValue(className, method, signature, arguments);
    return current().objectAnswers.value(
        key(QString::fromLatin1(className), QString::fromLatin1(method)));
}

JavaWorld::JavaWorld()
    : m_state(std::make_unique<State>()) {
    if (world)
        qFatal("one fake JavaWorld at a time");
    world = m_state.get();
}

JavaWorld::~JavaWorld() {
    world = nullptr;
}

QJniObject JavaWorld::object(const QString &name) {
    return make(name, false);
}

QJniObject JavaWorld::byteArray(const QByteArray &bytes) {
    return makeArray(bytes);
}

QByteArray JavaWorld::bytes(const QString &name) const {
    const auto array = m_state->arrays.value(name);
    if (!array)
        qFatal("no byte[] named %s", qPrintable(name));
    return array->bytes;
}

void JavaWorld::fill(const QString &name, char value) {
    const auto array = m_state->arrays.value(name);
    if (!array)
        qFatal("no byte[] named %s", qPrintable(name));
    array->bytes.fill(value);
}

void JavaWorld::setActivity(const QJniObject &activity) {
    m_state->activity = activity;
}

void JavaWorld::setContext(const QJniObject &context) {
    m_state->context = context;
}

void JavaWorld::answer(const QString &target, const QString &method, const QJniObject &result) {
    m_state->objectAnswers.insert(key(target, method), result);
}

void JavaWorld::answer(const QString &target, const QString &method, qint64 result) {
    m_state->valueAnswers.insert(key(target, method), result);
}

void JavaWorld::setPermission(const QString &permission,
                              QtAndroidPrivate::PermissionResult result) {
    m_state->permissions.insert(permission, result);
}

void JavaWorld::answerPermissionRequest(QtAndroidPrivate::PermissionResult result) {
    if (!m_state->permissionRequest)
        qFatal("no permission request to answer");
    QPromise<QtAndroidPrivate::PermissionResult> promise = std::move(*m_state->permissionRequest);
    m_state->permissionRequest.reset();
    m_state->onUiThread = true;
    promise.addResult(result);
    promise.finish(); // runs the continuations here, as Android's callback would
    m_state->onUiThread = false;
}

bool JavaWorld::permissionRequestPending() const {
    return m_state->permissionRequest.has_value();
}

int JavaWorld::runUiThread() {
    int ran = 0;
    while (!m_state->uiThread.empty()) {
        const std::function<void()> work = std::move(m_state->uiThread.front());
        m_state->uiThread.pop_front();
        m_state->onUiThread = true;
        work();
        m_state->onUiThread = false;
        ++ran;
    }
    return ran;
}

QStringList JavaWorld::calls() const {
    QStringList lines;
    for (const State::Call &call : m_state->calls)
        lines.append(call.line);
    return lines;
}

QStringList JavaWorld::callsOffUiThread() const {
    QStringList lines;
    for (const State::Call &call : m_state->calls)
        if (!call.onUiThread)
            lines.append(call.line);
    return lines;
}

QStringList JavaWorld::nullCalls() const {
    return m_state->nullCalls;
}

QStringList JavaWorld::natives() {
    const std::lock_guard lock(nativesMutex);
    QStringList keys;
    for (const Native &native : registeredNatives)
        keys.append(native.key);
    return keys;
}

void *JavaWorld::native(const char *className, const char *name, const std::string &signature) {
    const QString wanted = nativeKey(className, name, signature);
    const std::lock_guard lock(nativesMutex);
    const auto found = std::find_if(registeredNatives.begin(), registeredNatives.end(),
                                    [&](const Native &native) { return native.key == wanted; });
    return found == registeredNatives.end() ? nullptr : found->function;
}

} // namespace vaultlink::platform::android::fake

using vaultlink::platform::android::fake::current;

QJniObject QJniObject::fromString(const QString &text) {
    return vaultlink::platform::android::fake::make(text, true);
}

QString QJniObject::toString() const {
    return isValid() ? m_object->name : QString();
}

namespace QtAndroidPrivate {

QFuture<PermissionResult> checkPermission(const QString &permission) {
    current().record(QStringLiteral("QtAndroidPrivate::checkPermission \"%1\"").arg(permission));
    QPromise<PermissionResult> promise;
    promise.start();
    promise.addResult(current().permissions.value(permission, Denied));
    promise.finish();
    return promise.future();
}

QFuture<PermissionResult> requestPermission(const QString &permission) {
    current().record(QStringLiteral("QtAndroidPrivate::requestPermission \"%1\"").arg(permission));
    auto &request = current().permissionRequest.emplace();
    request.start();
    return request.future();
}

} // namespace QtAndroidPrivate

namespace vaultlink::platform::android {

QJniObject activity() {
    return fake::current().activity;
}

QJniObject context() {
    const fake::JavaWorld::State &state = fake::current();
    return state.context.isValid() ? state.context : state.activity;
}

void runOnUiThread(std::function<void()> work) {
    fake::current().uiThread.push_back(std::move(work));
}

QJniObject byteArray(QByteArrayView bytes) {
    return fake::makeArray(bytes.toByteArray());
}

void wipe(const QJniObject &array) {
    if (const auto typed = array.object<jbyteArray>())
        typed->bytes.fill('\0');
}

SecureBuffer secureBytes(JNIEnv *, jbyteArray array) {
    return array ? SecureBuffer::copyOf(array->bytes) : SecureBuffer();
}

QString text(JNIEnv *, jstring string) {
    return string ? string->name : QString();
}

bool registerNatives(const char *className, const JNINativeMethod *methods, int count) {
    const std::lock_guard lock(fake::nativesMutex);
    for (int i = 0; i < count; ++i) {
        const JNINativeMethod &method = methods[i];
        const QString key = fake::nativeKey(className, method.name, method.signature);
        auto known = std::find_if(fake::registeredNatives.begin(), fake::registeredNatives.end(),
                                  [&](const fake::Native &native) { return native.key == key; });
        if (known != fake::registeredNatives.end())
            known->function = method.fnPtr; // RegisterNatives again replaces, as in JNI
        else
            fake::registeredNatives.push_back({key, method.fnPtr});
    }
    return true;
}

} // namespace vaultlink::platform::android
