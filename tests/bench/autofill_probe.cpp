// vaultlink_autofill_probe derive|key|scan|password DATADIR PROFILE [URL]
//   One autofill lookup in a process of its own, as Android's autofill service or the iOS
//   extension would run it: linked against the storage library only (no Qt GUI, no network).
//   key:      the profile's data key is given (hex, first line of standard input), as a
//             biometric unwrap gives it: no KDF. Opens the mirror, looks URL up.
//   scan:     the baseline: as key, but every record is read and matched, without the index.
//   password: the password (first line of standard input) through the profile's KDF first.
//   derive:   prints the data key in hex for `key` (for scripts/bench.sh only: the benchmark's
//             own throw-away profile).
//   Prints "name value" lines: autofill_ms (open and lookup), kdf_ms, peak_rss_kb (the
//   process's whole peak, getrusage), candidates.
#include "src/autofill/url_matcher.h"
#include "src/storage/autofill_lookup.h"
#include "src/storage/mirror.h"
#include "src/storage/profile_registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <sys/resource.h>

using namespace vaultlink;

namespace {
QByteArray firstLine() {
    std::string line;
    std::getline(std::cin, line);
    return QByteArray::fromStdString(line);
}

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int fail(const char *what) {
    std::fprintf(stderr, "autofill_probe: %s\n", what);
    return 70;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3 || (args.at(0) != QLatin1String("derive") && args.size() < 4))
        return fail("usage: derive|key|scan|password DATADIR PROFILE [URL]");
    const QString mode = args.at(0);
    std::optional<ProfileRecord> profile;
    for (const ProfileRecord &entry :
         ProfileRegistry(args.at(1) + QStringLiteral("/profiles.json")).load())
        if (entry.name == args.at(2))
            profile = entry;
    if (!profile)
        return fail("no such profile");

    QElapsedTimer kdfTimer;
    kdfTimer.start();
    std::optional<SecureBuffer> key;
    if (mode == QLatin1String("key") || mode == QLatin1String("scan")) {
        QByteArray hex = firstLine();
        key = SecureBuffer::copyOf(QByteArray::fromHex(hex));
        hex.fill('\0');
    } else {
        QByteArray line = firstLine();
        const SecureBuffer password = SecureBuffer::fromUtf8(QString::fromUtf8(line));
        line.fill('\0');
        key = unlockDataKey(password, *profile);
    }
    if (!key)
        return fail("wrong password");
    const qint64 kdfMs = mode == QLatin1String("password") ? kdfTimer.elapsed() : 0;
    if (mode == QLatin1String("derive")) {
        std::cout << key->view().toByteArray().toHex().toStdString() << "\n";
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Mirror> mirror = Mirror::open(
        args.at(1) + QStringLiteral("/mirrors/") + profile->id + QStringLiteral(".db"), *key);
    qsizetype found = 0;
    if (mode == QLatin1String("scan")) {
        const std::optional<SiteAddress> page = parseSiteAddress(args.at(3));
        if (!page)
            return fail("not a web address");
        for (const RecordSummary &record : mirror->summaries(mirror->ids()))
            found += matchPage(record.url, MatchMode::Default, *page).matched ? 1 : 0;
    } else {
        const std::optional<QList<AutofillCandidate>> candidates =
            findAutofillCandidates(*mirror, {args.at(3), {}, true});
        if (!candidates)
            return fail("not a web address");
        found = candidates->size();
    }
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    std::cout << "autofill_ms " << ms << "\nkdf_ms " << kdfMs << "\npeak_rss_kb " << peakRssKb()
              << "\ncandidates " << found << "\n";
    return 0;
}
