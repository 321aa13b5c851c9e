#include "src/api/api_types.h"

#include "src/api/api_parse.h"
#include "src/api/json_reader.h"

namespace vaultlink {

std::optional<Policy> Policy::fromJson(const QJsonObject &json) {
    JsonReader reader(json, QStringLiteral("the policy"));
    Policy policy = readPolicy(reader);
    if (!reader.ok())
        return std::nullopt;
    return policy;
}

} // namespace vaultlink
