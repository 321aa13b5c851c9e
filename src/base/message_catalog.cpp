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
    constexpr qint64 minute = 60, hour = 60 * minute, day = 24 * hour;
    if (seconds >= 2 * day && seconds % day == 0)
        return {Unit::Days, seconds / day};
    if (seconds >= 2 * hour)
        return {Unit::Hours, seconds / hour};
    if (seconds >= 2 * minute)
        return {Unit::Minutes, seconds / minute};
    return {Unit::Seconds, seconds};
}

bool isDurationArgument(const QString &key, int index) {
    return (key == msg::OfflineTooLong && index == 1) ||
           ((key == msg::SessionEndedIdle || key == msg::SessionEndedAge) && index == 0);
}

} // namespace vaultlink
