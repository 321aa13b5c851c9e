#pragma once

// Checks the client's targets share (they link vaultlink_base through what they test).

#include "src/base/message.h"
#include "src/base/message_catalog.h"
#include "tests/fuzz/fuzz_target.h"

namespace vaultlink::fuzz {

// A message the front ends can word: its key is in the catalog with as many arguments as the
// catalog says (tests/unit/contract holds the front ends to a text for every such key), and so
// is its inner message, if any.
inline void checkMessage(const Message &message) {
    const CatalogEntry *entry = findInCatalog(message.key());
    VAULTLINK_FUZZ_CHECK(entry != nullptr);
    VAULTLINK_FUZZ_CHECK(entry->arguments == message.args().size());
    if (message.inner())
        checkMessage(*message.inner());
}

} // namespace vaultlink::fuzz
