#include "src/api/api_types.h"

#include "src/api/api_parse.h"
#include "src/api/json_reader.h"

namespace vaultlink {

namespace {
struct ModeName {
    DeviceLoginMode mode = DeviceLoginMode::None;
    QLatin1StringView name;
};
constexpr ModeName kModeNames[] = {
    {DeviceLoginMode::None, QLatin1StringView("none")},
    {DeviceLoginMode::Password, QLatin1StringView("password")},
    {DeviceLoginMode::SecondFactor, QLatin1StringView("second-factor")},
    {DeviceLoginMode::Both, QLatin1StringView("both")},
};
} // namespace

std::optional<DeviceLoginMode> deviceLoginModeNamed(const QString &name) {
    for (const ModeName &entry : kModeNames)
        if (entry.name == name)
            return entry.mode;
    return std::nullopt;
}

QString deviceLoginModeName(DeviceLoginMode mode) {
    for (const ModeName &entry : kModeNames)
        if (entry.mode == mode)
            return entry.name;
    return {};
}

std::optional<Policy> Policy::fromJson(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the policy"));
    Policy policy = readPolicy(reader);
    if (!reader.ok())
        return std::nullopt;
    return policy;
}

} // namespace vaultlink

namespace vaultlink {

bool MfaMethod::takesCode() const {
    return type == QLatin1String("totp") || type == QLatin1String("pin");
}

bool MfaMethod::takesApproval() const {
    return type == QLatin1String("push") || type == QLatin1String("phone-call");
}

} // namespace vaultlink
