#include "src/storage/mirror_schema.h"

namespace vaultlink {

const std::vector<QStringList> &mirrorMigrations() {
    static const std::vector<QStringList> steps = {
        // 1: profile state (cursor, last contact, policy) as key/value pairs.
        {QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)")},
    };
    return steps;
}

} // namespace vaultlink
