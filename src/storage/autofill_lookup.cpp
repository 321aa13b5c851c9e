#include "src/storage/autofill_lookup.h"

#include "src/autofill/url_matcher.h"
#include "src/storage/mirror.h"
#include "src/storage/record_row.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace vaultlink {

namespace {
QList<QByteArray> confirmedCerts(const QString &certs) {
    QList<QByteArray> digests;
    for (const QString &hex : certs.split(QLatin1Char(','), Qt::SkipEmptyParts))
        digests.append(QByteArray::fromHex(hex.toLatin1()));
    return digests;
}
} // namespace

std::optional<QList<AutofillCandidate>> findAutofillCandidates(Mirror &mirror,
                                                               const AutofillRequest &request) {
    QMap<qint64, AutofillCandidate> found;
    QList<qint64> vetoed;
    if (!request.webAddress.isEmpty()) {
        const std::optional<SiteAddress> page = parseSiteAddress(request.webAddress);
        if (!page)
            return std::nullopt;
        for (const Mirror::AutofillRow &row : mirror.autofillRows(page->site)) {
            const MatchMode mode = matchModeNamed(row.mode).value_or(MatchMode::Default);
            const PageMatch match = matchPage(row.url, mode, *page);
            if (match.vetoed)
                vetoed.append(row.id);
            if (!match.matched)
                continue;
            AutofillCandidate &candidate = found[row.id];
            candidate = {row.id, row.name, row.userName, match.insecure, !request.trustedBrowser};
        }
    }
    if (request.app) {
        for (const Mirror::AutofillRow &row :
             mirror.autofillRows(QStringLiteral("androidapp://") + request.app->package)) {
            if (row.mode == QLatin1String("never")) {
                vetoed.append(row.id);
                continue;
            }
            const AppMatch match = matchApp(row.url, confirmedCerts(row.certs), *request.app);
            if (match.matched || match.needsConfirmation)
                found[row.id] = {row.id, row.name, row.userName, false, match.needsConfirmation};
        }
    }
    for (const qint64 id : std::as_const(vetoed))
        found.remove(id);
    // In the list's order: by the folded title (record_row.h), then by id.
    QList<std::pair<QByteArray, AutofillCandidate>> keyed;
    for (const AutofillCandidate &candidate : std::as_const(found))
        keyed.append({foldText(candidate.title), candidate});
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    QList<AutofillCandidate> candidates;
    for (const auto &[key, candidate] : std::as_const(keyed))
        candidates.append(candidate);
    return candidates;
}

std::optional<SecureBuffer> autofillValue(Mirror &mirror, qint64 id, const QString &key) {
    const std::optional<QJsonObject> record = mirror.record(id);
    if (!record)
        return std::nullopt;
    for (const QJsonValue value : record->value(QLatin1String("fields")).toArray()) {
        const QJsonObject field = value.toObject();
        const QJsonValue content = field.value(QLatin1String("value"));
        if (field.value(QLatin1String("key")).toString() == key && content.isString())
            return SecureBuffer::copyOf(content.toString().toUtf8());
    }
    return std::nullopt;
}

} // namespace vaultlink
