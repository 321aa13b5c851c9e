#pragma once

#include <QString>

#include <optional>
#include <sys/types.h>

namespace vaultlink {

// The files this process holds open through Mirror connections, by device and inode, and whether
// every page of each has been read without a fault since the process opened it. A sync reads
// every page once per opening (Syncer): writes through the process's own connections keep the
// pages readable, so later syncs of the same opening need not read them again (an app unlocked
// for hours syncs often). The entry, and what it knew, goes when the file's last connection in
// the process closes; a file renamed over the path (a full resync) is another inode.
struct OpenFile {
    dev_t device = 0;
    ino_t inode = 0;

    // The file at `path`, counted as held once more; nullopt when it cannot be looked at.
    static std::optional<OpenFile> held(const QString &path);
    void released() const;
    void markPagesRead() const;
    bool pagesRead() const;
};

} // namespace vaultlink
