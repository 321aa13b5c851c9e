#include "server/http/device_field.h"

#include "server/common/refusal.h"
#include "server/http/json_body.h"

namespace vaultlink::server {

DeviceField deviceField(const JsonBody &body) {
    const QJsonObject device = body.object("device");
    DeviceField field{device.value(QStringLiteral("id")).toString(),
                      device.value(QStringLiteral("name")).toString()};
    if (field.id.isEmpty() || field.id.size() > 128 || field.name.size() > 128)
        throw Refusal(Error::InvalidRequest,
                      QStringLiteral("field 'device' needs an 'id' (1-128 characters) and a "
                                     "'name' (up to 128)"),
                      {{QStringLiteral("field"), QStringLiteral("device")}});
    if (field.name.isEmpty())
        field.name = field.id;
    return field;
}

} // namespace vaultlink::server
