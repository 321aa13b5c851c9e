#include "src/base/message_catalog.h"

#include <array>

namespace vaultlink {

namespace {
#define VAULTLINK_MESSAGE_ENTRY(id, key, count) CatalogEntry{QLatin1StringView(key), count},
constexpr std::array kCatalog{VAULTLINK_MESSAGES(VAULTLINK_MESSAGE_ENTRY)};
#undef VAULTLINK_MESSAGE_ENTRY
} // namespace

std::span<const CatalogEntry> messageCatalog() {
    return kCatalog;
}

const CatalogEntry *findInCatalog(const QString &key) {
    for (const CatalogEntry &entry : kCatalog)
        if (entry.key == key)
            return &entry;
    return nullptr;
}

} // namespace vaultlink
