#include "server/admin/cli.h"
#include "server/admin/commands.h"
#include "server/admin/data_dir.h"
#include "server/store/settings.h"
#include "server/store/store.h"

namespace vaultlink::server::admin {

int runSettings(const QStringList &args) {
    QString help = QStringLiteral(
        "Show the server settings, or change them with --set NAME=VALUE. Settings:\n");
    for (const SettingSpec &spec : settingSpecs()) {
        help += QStringLiteral("  %1 (default %2): %3")
                    .arg(QLatin1String(spec.key), QString::fromUtf8(spec.defaultValue),
                         QLatin1String(spec.help));
        if (spec.choices)
            help += QStringLiteral(" (%1)").arg(
                QString::fromLatin1(spec.choices).replace(QLatin1Char('|'), QLatin1String(", ")));
        help += QLatin1Char('\n');
    }
    CommandLine cli(QStringLiteral("settings"), help);
    cli.dataOption();
    cli.option(QStringLiteral("set"), QStringLiteral("change a setting (repeatable)"),
               QStringLiteral("name=value"));
    return cli.run(args, [&] {
        auto store = cli.dataDir().open();
        Transaction tx(*store);
        for (const QString &assignment : cli.values(QStringLiteral("set"))) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0)
                throw UsageError{
                    QStringLiteral("--set takes NAME=VALUE, not '%1'").arg(assignment)};
            saveSetting(*store, assignment.left(eq), assignment.mid(eq + 1));
        }
        tx.commit();
        const Settings settings = Settings::load(*store);
        for (const SettingSpec &spec : settingSpecs())
            out() << spec.key << "=" << settings.text(spec.key) << "\n";
        out().flush();
        return int{Ok};
    });
}

} // namespace vaultlink::server::admin
