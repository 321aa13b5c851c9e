#include "src/storage/file_checks.h"

#include <QFile>

#include <map>
#include <mutex>
#include <sys/stat.h>
#include <utility>

namespace vaultlink {

namespace {
struct Entry {
    int connections = 0;
    bool pagesRead = false;
};

std::mutex g_mutex;
std::map<std::pair<dev_t, ino_t>, Entry> g_files; // guarded by g_mutex
} // namespace

std::optional<OpenFile> OpenFile::held(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    const std::lock_guard lock(g_mutex);
    ++g_files[{info.st_dev, info.st_ino}].connections;
    return OpenFile{info.st_dev, info.st_ino};
}

void OpenFile::released() const {
    const std::lock_guard lock(g_mutex);
    const auto found = g_files.find({device, inode});
    if (found != g_files.end() && --found->second.connections <= 0)
        g_files.erase(found);
}

void OpenFile::markPagesRead() const {
    const std::lock_guard lock(g_mutex);
    const auto found = g_files.find({device, inode});
    if (found != g_files.end())
        found->second.pagesRead = true;
}

bool OpenFile::pagesRead() const {
    const std::lock_guard lock(g_mutex);
    const auto found = g_files.find({device, inode});
    return found != g_files.end() && found->second.pagesRead;
}

} // namespace vaultlink
