#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"

namespace vaultlink::server::admin {

int runPin(const QStringList &args) {
    CommandLine cli(QStringLiteral("pin"),
                    QStringLiteral("Print the SHA-256 pin of the server certificate's public key "
                                   "(SubjectPublicKeyInfo) as sha256/<base64>."));
    cli.dataOption();
    return cli.run(args, [&] {
        out() << cli.dataDir().pin() << "\n";
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
