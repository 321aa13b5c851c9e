#include "src/cli/commands.h"
#include "src/cli/exit_codes.h"
#include "src/cli/messages.h"
#include "src/storage/search_index.h"

#include <QJsonArray>

namespace vaultlink::cli {

namespace {
Failure usage(const QString &code, const QString &message) {
    return cliFailure(code, message);
}

QString chosenProfile(Context &context) {
    if (!context.args.profile.isEmpty())
        return context.args.profile;
    const QList<ProfileRecord> profiles = context.service.profiles();
    if (profiles.size() == 1)
        return profiles.first().name;
    if (profiles.isEmpty())
        throw usage(QStringLiteral("profile-unknown"),
                    QStringLiteral("No profile is linked yet; link one with 'vaultlink-cli "
                                   "link'."));
    QStringList names;
    for (const ProfileRecord &p : profiles)
        names.append(p.name);
    throw usage(QStringLiteral("profile-ambiguous"),
                QStringLiteral("Several profiles are linked (%1); choose one with --profile.")
                    .arg(names.join(QStringLiteral(", "))));
}

Tab chosenTab(Context &context, Mirror &mirror) {
    const QString tab = context.args.tab.trimmed();
    if (tab.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
        return Tab::all();
    if (tab.compare(QLatin1String("personal"), Qt::CaseInsensitive) == 0)
        return Tab::personal();
    QStringList names;
    for (const StoredUnit &unit : mirror.units()) {
        if (unit.name.compare(tab, Qt::CaseInsensitive) == 0 || QString::number(unit.id) == tab)
            return Tab::ofUnit(unit.id);
        names.append(unit.name);
    }
    throw usage(QStringLiteral("tab-unknown"),
                QStringLiteral("No tab \"%1\"; the tabs are all, personal%2.")
                    .arg(tab, names.isEmpty()
                                  ? QString()
                                  : QStringLiteral(", ") + names.join(QStringLiteral(", "))));
}

// The offline checks every read goes through: the profile is unlocked and still allowed.
std::unique_ptr<OpenProfile> openForReading(Context &context) {
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    context.service.checkOfflineLimit(*profile);
    return profile;
}

void printRecords(Context &context, Mirror &mirror, const QList<RecordSummary> &rows) {
    if (!context.out.json()) {
        for (const RecordSummary &row : rows)
            context.out.line(Output::summaryLine(row));
        return;
    }
    QJsonArray list;
    for (const RecordSummary &row : rows) {
        if (context.args.fields)
            list.append(Output::recordJson(mirror.record(row.id).value_or(QJsonObject()),
                                           context.args.reveal));
        else
            list.append(Output::summaryJson(row));
    }
    context.out.value(list);
}

QString unitName(Mirror &mirror, const QJsonObject &record) {
    const QJsonValue unit = record.value(QStringLiteral("unit"));
    if (unit.isNull() || unit.isUndefined())
        return QStringLiteral("Personal");
    for (const StoredUnit &stored : mirror.units())
        if (stored.id == unit.toInteger())
            return stored.name;
    return QStringLiteral("unit %1").arg(unit.toInteger());
}
} // namespace

std::unique_ptr<OpenProfile> openProfileWith(Context &context, const SecureBuffer &password) {
    return context.service.unlock(chosenProfile(context), password);
}

std::unique_ptr<OpenProfile> openProfile(Context &context) {
    const QString name = chosenProfile(context);
    const SecureBuffer password =
        context.input.password(QStringLiteral("Password for profile \"%1\"").arg(name));
    return context.service.unlock(name, password);
}

int listCommand(Context &context) {
    std::unique_ptr<OpenProfile> profile = openForReading(context);
    Mirror &mirror = *profile->mirror;
    const Tab tab = chosenTab(context, mirror);
    // Pages keep memory flat however large the mirror is.
    constexpr int kPage = 1000;
    QList<RecordSummary> rows;
    for (int offset = 0;; offset += kPage) {
        const QList<RecordSummary> page = mirror.list(tab, offset, kPage);
        rows.append(page);
        if (page.size() < kPage)
            break;
    }
    printRecords(context, mirror, rows);
    return Ok;
}

int searchCommand(Context &context) {
    std::unique_ptr<OpenProfile> profile = openForReading(context);
    Mirror &mirror = *profile->mirror;
    const Tab tab = chosenTab(context, mirror);
    const SearchIndex index = SearchIndex::build(mirror);
    const QList<qint64> ids = index.find(context.args.arguments.at(0), tab);
    printRecords(context, mirror, mirror.summaries(ids));
    if (ids.isEmpty() && !context.out.json())
        context.out.note(
            QStringLiteral("No record matches \"%1\".").arg(context.args.arguments.at(0)));
    return Ok;
}

int showCommand(Context &context) {
    std::unique_ptr<OpenProfile> profile = openForReading(context);
    Mirror &mirror = *profile->mirror;
    const QString wanted = context.args.arguments.at(0).trimmed();
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    std::optional<QJsonObject> record = isId ? mirror.record(id) : std::nullopt;
    if (!record) {
        const SearchIndex index = SearchIndex::build(mirror);
        QList<RecordSummary> exact;
        for (const RecordSummary &row : mirror.summaries(index.find(wanted, Tab::all())))
            if (row.name.compare(wanted, Qt::CaseInsensitive) == 0)
                exact.append(row);
        if (exact.size() > 1)
            throw usage(QStringLiteral("record-ambiguous"),
                        QStringLiteral("%1 records are named \"%2\"; give the id instead (see "
                                       "'search').")
                            .arg(exact.size())
                            .arg(wanted));
        if (exact.size() == 1)
            record = mirror.record(exact.first().id);
    }
    if (!record)
        throw usage(QStringLiteral("record-unknown"),
                    QStringLiteral("No record \"%1\" in this profile.").arg(wanted));
    if (context.out.json())
        context.out.value(Output::recordJson(*record, context.args.reveal));
    else
        context.out.line(
            Output::recordText(*record, unitName(mirror, *record), context.args.reveal));
    return Ok;
}

} // namespace vaultlink::cli
