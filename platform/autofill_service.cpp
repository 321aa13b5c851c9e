#include "platform/autofill_service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vaultlink::platform {

AutofillSource::~AutofillSource() = default;

AutofillAnswer answerFill(const AutofillQuery &query, AutofillSource &source,
                          const QList<AppIdentity> &browsers, const QString &ownPackage) {
    AutofillAnswer answer;
    if (query.app.package == ownPackage ||
        (query.webAddress.isEmpty() && query.app.package.isEmpty()))
        return answer;
    if (!source.unlocked()) {
        answer.kind = AutofillAnswer::Kind::Unlock;
        return answer;
    }
    const bool trusted = !query.webAddress.isEmpty() && isTrustedBrowser(query.app, browsers);
    answer.offers = source.offers(query, trusted);
    answer.kind =
        answer.offers.isEmpty() ? AutofillAnswer::Kind::Nothing : AutofillAnswer::Kind::Offers;
    return answer;
}

std::optional<AutofillQuery> decodeAutofillQuery(const QByteArray &json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue address = object.value(QLatin1String("webAddress"));
    const QJsonValue package = object.value(QLatin1String("package"));
    const QJsonValue certificates = object.value(QLatin1String("certificates"));
    if (!(address.isString() || address.isUndefined()) ||
        !(package.isString() || package.isUndefined()) ||
        !(certificates.isArray() || certificates.isUndefined()))
        return std::nullopt;
    AutofillQuery query;
    query.webAddress = address.toString();
    query.app.package = package.toString();
    for (const QJsonValue digest : certificates.toArray()) {
        const QByteArray hex = digest.toString().toLatin1();
        const QByteArray bytes = QByteArray::fromHex(hex);
        if (!digest.isString() || bytes.size() != 32 || bytes.toHex() != hex.toLower())
            return std::nullopt;
        query.app.certDigests.append(bytes);
    }
    return query;
}

QByteArray encodeAutofillAnswer(const AutofillAnswer &answer) {
    QJsonArray offers;
    for (const AutofillOffer &offer : answer.offers)
        offers.append(QJsonObject{{QStringLiteral("id"), offer.id},
                                  {QStringLiteral("title"), offer.title},
                                  {QStringLiteral("userName"), offer.userName},
                                  {QStringLiteral("insecure"), offer.insecure},
                                  {QStringLiteral("confirm"), offer.confirm}});
    const char *kind = answer.kind == AutofillAnswer::Kind::Unlock   ? "unlock"
                       : answer.kind == AutofillAnswer::Kind::Offers ? "offers"
                                                                     : "nothing";
    return QJsonDocument(QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                                     {QStringLiteral("offers"), offers}})
        .toJson(QJsonDocument::Compact);
}

QList<AppIdentity> trustedBrowsers() {
    // Release signing certificates as Google's allowlist of privileged browsers (Credential
    // Manager) publishes them; only entries found alike in independent copies of that list.
    const auto digest = [](const char *colonHex) {
        return QByteArray::fromHex(QByteArray(colonHex).replace(':', ""));
    };
    return {
        {QStringLiteral("com.android.chrome"),
         {digest("F0:FD:6C:5B:41:0F:25:CB:25:C3:B5:33:46:C8:97:2F:AE:30:F8:EE:74:11:DF:91:04:80:AD:"
                 "6B:2D:60:DB:83")}},
        {QStringLiteral("com.chrome.beta"),
         {digest("DA:63:3D:34:B6:9E:63:AE:21:03:B4:9D:53:CE:05:2F:C5:F7:F3:C5:3A:AB:94:FD:C2:A2:08:"
                 "BD:FD:14:24:9C")}},
        {QStringLiteral("org.mozilla.firefox"),
         {digest("A7:8B:62:A5:16:5B:44:94:B2:FE:AD:9E:76:A2:80:D2:2D:93:7F:EE:62:51:AE:CE:59:94:46:"
                 "B2:EA:31:9B:04")}},
    };
}

} // namespace vaultlink::platform
