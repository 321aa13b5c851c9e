#include "src/autofill/public_suffix.h"

#include <libpsl.h>

namespace vaultlink {

namespace {
// The newest of the list built into libpsl and the one the system's publicsuffix package
// installed; libpsl's own when there is no file.
const psl_ctx_t *suffixList() {
    static const psl_ctx_t *const list = [] {
        const psl_ctx_t *latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return list;
}
} // namespace

QString registrableDomain(const QString &asciiHost) {
    const psl_ctx_t *list = suffixList();
    if (!list || asciiHost.isEmpty())
        return {};
    const QByteArray host = asciiHost.toLatin1();
    const char *domain = psl_registrable_domain(list, host.constData());
    return domain ? QString::fromLatin1(domain) : QString();
}

} // namespace vaultlink
