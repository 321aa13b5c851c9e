#pragma once

#include <QString>

namespace vaultlink {

// The registrable domain of an ASCII, lower-case host name by the Public Suffix List with its
// private section (libpsl over the list the system ships): "alice.github.io" for
// "www.alice.github.io", never "github.io", so that two tenants of a shared host never count as
// one site. Empty when the name is a public suffix itself ("github.io", "co.uk") or holds no dot.
// Thread-safe; the list is loaded once per process.
QString registrableDomain(const QString &asciiHost);

} // namespace vaultlink
