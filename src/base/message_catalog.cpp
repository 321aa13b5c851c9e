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

WholeDuration wholeDuration(qint64 seconds) {
    using Unit = WholeDuration::Unit;
    if (seconds >= 2 * 86400 && seconds % 86400 == 0)
        return {Unit::Days, seconds / 86400};
    if (seconds >= 2 * 3600)
        return {Unit::Hours, seconds / 3600};
    if (seconds >= 120)
        return {Unit::Minutes, seconds / 60};
    return {Unit::Seconds, seconds};
}

} // namespace vaultlink
