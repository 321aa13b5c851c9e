#include "src/autofill/url_matcher.h"
#include "src/base/message_catalog.h"
#include "src/cli/clipboard_copy.h"
#include "src/cli/commands.h"
#include "src/cli/exit_codes.h"
#include "src/cli/messages.h"
#include "src/storage/autofill_lookup.h"
#include "src/storage/search_index.h"

#include <QJsonArray>

#include <exception>
#include <functional>

namespace vaultlink::cli {

namespace {
Failure usage(const QString &code, const QString &message) {
    return cliFailure(code, message);
}
} // namespace

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

namespace {
// What a read command shows, made before anything is shown.
using Showing = std::function<void()>;

// Every read: the profile is unlocked, the read is made, and only then is the offline limit
// checked (which notes the clock in the mirror), before anything is shown. A read that fails on a
// damaged file so leaves the file exactly as it was, and a refusal shows nothing the read found,
// not even a usage error naming a tab or a record.
int readThenShow(Context &context, const std::function<Showing(Mirror &)> &read) {
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    Showing show;
    std::exception_ptr usageError;
    try {
        show = read(*profile->mirror);
    } catch (const Failure &) {
        usageError = std::current_exception();
    }
    context.service.checkOfflineLimit(*profile);
    if (usageError)
        std::rethrow_exception(usageError);
    show();
    return Ok;
}

// The rows as the command prints them (with --fields, each whole record read now).
Showing recordsShown(Context &context, Mirror &mirror, const QList<RecordSummary> &rows) {
    if (!context.out.json()) {
        QStringList lines;
        for (const RecordSummary &row : rows)
            lines.append(Output::summaryLine(row));
        return [&context, lines] {
            for (const QString &line : lines)
                context.out.line(line);
        };
    }
    QJsonArray list;
    for (const RecordSummary &row : rows) {
        if (context.args.fields)
            list.append(Output::recordJson(mirror.record(row.id).value_or(QJsonObject()),
                                           context.args.reveal));
        else
            list.append(Output::summaryJson(row));
    }
    return [&context, list] { context.out.value(list); };
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

qint64 recordIdFor(Mirror &mirror, const QString &given) {
    const QString wanted = given.trimmed();
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    if (isId && mirror.record(id))
        return id;
    const SearchIndex index = SearchIndex::build(mirror);
    QList<RecordSummary> exact;
    for (const RecordSummary &row : mirror.summaries(index.find(wanted, Tab::all())))
        if (row.name.compare(wanted, Qt::CaseInsensitive) == 0)
            exact.append(row);
    if (exact.size() > 1)
        throw usage(QStringLiteral("record-ambiguous"),
                    QStringLiteral("%1 records are named \"%2\"; give the id instead "
                                   "(see 'search').")
                        .arg(exact.size())
                        .arg(wanted));
    if (exact.isEmpty())
        throw usage(QStringLiteral("record-unknown"),
                    QStringLiteral("No record \"%1\" in this profile.").arg(wanted));
    return exact.first().id;
}

std::unique_ptr<OpenProfile> openProfileWith(Context &context, const SecureBuffer &password) {
    return context.service.unlock(chosenProfile(context), password);
}

std::unique_ptr<OpenProfile> openProfile(Context &context) {
    if (context.args.biometric)
        return openProfileWithBiometrics(context);
    const QString name = chosenProfile(context);
    const SecureBuffer password =
        context.input.password(QStringLiteral("Password for profile \"%1\"").arg(name));
    return context.service.unlock(name, password);
}

int listCommand(Context &context) {
    return readThenShow(context, [&](Mirror &mirror) {
        const Tab tab = chosenTab(context, mirror);
        // Pages keep the reading's memory flat however large the mirror is.
        constexpr int kPage = 1000;
        QList<RecordSummary> rows;
        for (int offset = 0;; offset += kPage) {
            const QList<RecordSummary> page = mirror.list(tab, offset, kPage);
            rows.append(page);
            if (page.size() < kPage)
                break;
        }
        return recordsShown(context, mirror, rows);
    });
}

int searchCommand(Context &context) {
    return readThenShow(context, [&](Mirror &mirror) {
        const Tab tab = chosenTab(context, mirror);
        const SearchIndex index = SearchIndex::build(mirror);
        const QString term = context.args.arguments.at(0);
        const QList<qint64> ids = index.find(term, tab);
        const Showing records = recordsShown(context, mirror, mirror.summaries(ids));
        return Showing([&context, records, term, none = ids.isEmpty()] {
            records();
            if (none && !context.out.json())
                context.out.note(QStringLiteral("No record matches \"%1\".").arg(term));
        });
    });
}

int fillCommand(Context &context) {
    const qint64 pick = context.args.pick;
    std::optional<SecureBuffer> picked; // the secret leaves the mirror only when asked for
    QString pickedTitle;
    const int code = readThenShow(context, [&](Mirror &mirror) {
        const QString address = context.args.arguments.at(0);
        const std::optional<QList<AutofillCandidate>> lookup =
            findAutofillCandidates(mirror, {address, {}, true});
        if (!lookup)
            throw Failure(Failure::Kind::Usage, msg::AutofillAddress, {address});
        const QList<AutofillCandidate> &found = *lookup;
        if (pick != 0) {
            const auto chosen =
                std::find_if(found.begin(), found.end(),
                             [pick](const AutofillCandidate &c) { return c.id == pick; });
            if (chosen == found.end())
                throw usage(QStringLiteral("record-not-offered"),
                            QStringLiteral("Record %1 is not offered on %2; 'fill %2' lists "
                                           "those that are.")
                                .arg(pick)
                                .arg(address));
            picked = autofillValue(mirror, pick, context.args.copyField);
            if (!picked || picked->view().isEmpty())
                throw usage(
                    QStringLiteral("field-empty"),
                    QStringLiteral("Record %1 has no %2.").arg(pick).arg(context.args.copyField));
            pickedTitle = chosen->title;
            return Showing([] {});
        }
        if (context.out.json()) {
            QJsonArray list;
            for (const AutofillCandidate &c : found)
                list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                        {QStringLiteral("title"), c.title},
                                        {QStringLiteral("username"), c.userName},
                                        {QStringLiteral("insecure"), c.insecure}});
            return Showing([&context, list] { context.out.value(list); });
        }
        return Showing([&context, found, address] {
            if (found.isEmpty())
                context.out.note(QStringLiteral("No login for %1.").arg(address));
            for (const AutofillCandidate &c : found)
                context.out.line(QStringLiteral("%1\t%2\t%3%4")
                                     .arg(c.id)
                                     .arg(c.title, c.userName,
                                          c.insecure
                                              ? QStringLiteral("\t(this page is not encrypted)")
                                              : QString()));
        });
    });
    // The profile is closed again before the wait for the clipboard's clearing.
    if (picked)
        copyUntilCleared(
            context.out, *picked, context.args.clearAfterSeconds,
            QStringLiteral("the %1 of \"%2\"").arg(context.args.copyField, pickedTitle));
    return code;
}

int fillModeCommand(Context &context) {
    const QString name = context.args.arguments.at(1);
    const std::optional<MatchMode> mode = matchModeNamed(name);
    if (!mode)
        throw usage(QStringLiteral("usage"),
                    QStringLiteral("No match mode \"%1\"; the modes are default, domain, host, "
                                   "starts-with, exact, regex and never.")
                        .arg(name));
    std::unique_ptr<OpenProfile> profile = openProfile(context);
    context.service.checkOfflineLimit(*profile);
    Mirror &mirror = *profile->mirror;
    const qint64 id = recordIdFor(mirror, context.args.arguments.at(0));
    mirror.setAutofillMode(id, matchModeName(*mode));
    context.out.line(QStringLiteral("Autofill matches record %1 by \"%2\" on this device.")
                         .arg(id)
                         .arg(matchModeName(*mode)));
    return Ok;
}

int showCommand(Context &context) {
    return readThenShow(context, [&](Mirror &mirror) {
        const QJsonObject record =
            *mirror.record(recordIdFor(mirror, context.args.arguments.at(0)));
        if (context.out.json()) {
            const QJsonObject shown = Output::recordJson(record, context.args.reveal);
            return Showing([&context, shown] { context.out.value(shown); });
        }
        const QString text =
            Output::recordText(record, unitName(mirror, record), context.args.reveal);
        return Showing([&context, text] { context.out.line(text); });
    });
}

} // namespace vaultlink::cli
