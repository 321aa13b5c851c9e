#include "src/storage/private_files.h"

#include "src/storage/encrypted_db.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vaultlink {

namespace {
constexpr mode_t kOwnerFile = 0600;
constexpr mode_t kOwnerFolder = 0700;

QString systemReason(const QString &path) {
    return QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

// mkdir(2) with 0700 is cut by the umask only towards fewer rights, never more.
void makeFolder(const QByteArray &path) {
    if (::mkdir(path.constData(), kOwnerFolder) == 0 || errno == EEXIST)
        return;
    if (errno != ENOENT)
        throw StorageError(StorageError::Kind::Io, systemReason(QFile::decodeName(path)));
    const qsizetype slash = path.lastIndexOf('/');
    if (slash <= 0)
        throw StorageError(StorageError::Kind::Io, systemReason(QFile::decodeName(path)));
    makeFolder(path.left(slash));
    if (::mkdir(path.constData(), kOwnerFolder) != 0 && errno != EEXIST)
        throw StorageError(StorageError::Kind::Io, systemReason(QFile::decodeName(path)));
}
} // namespace

void makePrivateFolder(const QString &path) {
    const QByteArray name = QFile::encodeName(path);
    makeFolder(name);
    if (::chmod(name.constData(), kOwnerFolder) != 0)
        throw StorageError(StorageError::Kind::Io, systemReason(path));
}

void makePrivateFile(const QString &path) {
    // O_NOFOLLOW: a link planted under the file's name is not followed to someone else's file.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, kOwnerFile);
    if (fd < 0)
        throw StorageError(StorageError::Kind::Io, systemReason(path));
    const bool restricted = ::fchmod(fd, kOwnerFile) == 0;
    ::close(fd);
    if (!restricted)
        throw StorageError(StorageError::Kind::Io, systemReason(path));
}

QString writePrivateFile(const QString &path, const QByteArray &bytes) {
    // mkstemp(3) creates its file 0600 whatever the umask.
    QByteArray temporary = QFile::encodeName(path) + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return systemReason(path);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written,
                                  static_cast<std::size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool complete = written == bytes.size() && ::fsync(fd) == 0;
    const QString reason = complete ? QString() : systemReason(path);
    ::close(fd);
    if (complete && std::rename(temporary.constData(), QFile::encodeName(path).constData()) == 0)
        return {};
    const QString failure = reason.isEmpty() ? systemReason(path) : reason;
    ::unlink(temporary.constData());
    return failure;
}

} // namespace vaultlink
