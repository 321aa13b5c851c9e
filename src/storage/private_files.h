#pragma once

#include <QByteArray>
#include <QString>

namespace vaultlink {

// Files and folders with vault data are the user's alone (0600, folders 0700) from the moment
// they exist, whatever the process's umask and whatever the mode of a folder they are put in: a
// file made readable first and restricted afterwards could have been opened in between.

// Makes the folder and any missing parents (each created 0700), and makes the folder itself
// 0700; throws StorageError (Io) when that fails.
void makePrivateFolder(const QString &path);

// Creates the file empty and owner-only when it does not exist; an existing one is made
// owner-only (an older version may have made it readable to others). Throws StorageError (Io).
void makePrivateFile(const QString &path);

// Replaces the file's content atomically: written to a new owner-only file beside it, flushed
// to the disk, then renamed over it. Returns the system's reason on failure, empty on success.
QString writePrivateFile(const QString &path, const QByteArray &bytes);

} // namespace vaultlink
