#pragma once

#include <QString>

namespace vaultlink::server {

class JsonBody;

struct DeviceField {
    QString id;
    QString name;
};

// The "device" object of a login (docs/api.md §7.3): an id of 1-128 characters and a name of up
// to 128, the id when absent; InvalidRequest naming "device" otherwise.
DeviceField deviceField(const JsonBody &body);

} // namespace vaultlink::server
