#include "src/storage/biometric_wrap.h"

#include <limits>

namespace vaultlink {

namespace {
constexpr qsizetype kNonceAndTag = 12 + 16;

std::optional<QByteArray> base64Member(const QJsonObject &json, const char *key) {
    const QJsonValue value = json.value(QLatin1String(key));
    if (!value.isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}
} // namespace

QJsonObject BiometricWrap::toJson() const {
    return {{QStringLiteral("alias"), alias},
            {QStringLiteral("sealed"), QString::fromLatin1(sealed.toBase64())},
            {QStringLiteral("dataKeyVersion"), dataKeyVersion},
            {QStringLiteral("deviceKey"), QString::fromLatin1(deviceKey.toBase64())},
            {QStringLiteral("deviceKeyRegistered"), deviceKeyRegistered},
            {QStringLiteral("enabledAt"), enabledAt}};
}

std::optional<BiometricWrap> BiometricWrap::fromJson(const QJsonObject &json) {
    BiometricWrap wrap;
    const QJsonValue alias = json.value(QLatin1String("alias"));
    const QJsonValue version = json.value(QLatin1String("dataKeyVersion"));
    const QJsonValue registered = json.value(QLatin1String("deviceKeyRegistered"));
    const QJsonValue enabledAt = json.value(QLatin1String("enabledAt"));
    const std::optional<QByteArray> sealed = base64Member(json, "sealed");
    const std::optional<QByteArray> deviceKey = base64Member(json, "deviceKey");
    if (!alias.isString() || alias.toString().isEmpty() || !version.isDouble() ||
        version.toInteger() < 1 || version.toInteger() > std::numeric_limits<int>::max() ||
        !registered.isBool() || !enabledAt.isString() || !sealed ||
        sealed->size() <= kNonceAndTag || !deviceKey)
        return std::nullopt;
    wrap.alias = alias.toString();
    wrap.sealed = *sealed;
    wrap.dataKeyVersion = static_cast<int>(version.toInteger());
    wrap.deviceKey = *deviceKey;
    wrap.deviceKeyRegistered = registered.toBool() && !deviceKey->isEmpty();
    wrap.enabledAt = enabledAt.toString();
    return wrap;
}

QByteArray biometricAad(const QString &profileId, const QString &serverUrl, qint64 databaseId,
                        const QString &userName, int dataKeyVersion) {
    // Each part ends with a NUL, which none of them contains: no two tuples give one text.
    QByteArray aad = QByteArrayLiteral("vaultlink biometric data key v1");
    aad += '\0';
    for (const QString &part : {profileId, serverUrl, QString::number(databaseId),
                                userName.toLower(), QString::number(dataKeyVersion)}) {
        aad += part.toUtf8();
        aad += '\0';
    }
    return aad;
}

QString biometricAlias(const QString &profileId) {
    return QStringLiteral("vaultlink.biometric.") + profileId;
}

} // namespace vaultlink
