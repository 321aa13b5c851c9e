#include "platform/autofill_service.h"

#include <QtGlobal> // the Q_OS_ macros the factory chooses by

#if defined(Q_OS_ANDROID)
#include "platform/android/android_autofill_host.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vaultlink::platform {

AutofillSource::~AutofillSource() = default;
AutofillHost::~AutofillHost() = default;

namespace {
bool notOurs(const AutofillQuery &query, const QString &ownPackage) {
    return query.app.package == ownPackage ||
           (query.webAddress.isEmpty() && query.app.package.isEmpty()) ||
           (query.formGiven && query.form.empty());
}

// An address that the platform could not say is encrypted is not presented as one.
QList<AutofillOffer> offersFor(const AutofillQuery &query, AutofillSource &source,
                               const QList<AppIdentity> &browsers) {
    const bool trusted = !query.webAddress.isEmpty() && isTrustedBrowser(query.app, browsers);
    QList<AutofillOffer> offers = source.offers(query, trusted);
    if (query.formGiven && !query.form.schemeKnown)
        for (AutofillOffer &offer : offers)
            offer.insecure = true;
    return offers;
}
} // namespace

AutofillAnswer answerFill(const AutofillQuery &query, AutofillSource &source,
                          const QList<AppIdentity> &browsers, const QString &ownPackage) {
    AutofillAnswer answer;
    if (notOurs(query, ownPackage))
        return answer;
    answer.userFields = query.form.userFields;
    answer.passwordFields = query.form.passwordFields;
    if (!source.unlocked()) {
        answer.kind = AutofillAnswer::Kind::Unlock;
        return answer;
    }
    answer.offers = offersFor(query, source, browsers);
    answer.kind =
        answer.offers.isEmpty() ? AutofillAnswer::Kind::Nothing : AutofillAnswer::Kind::Offers;
    return answer;
}

AutofillPick pickFill(const AutofillQuery &query, qint64 id, bool confirmed, AutofillSource &source,
                      const QList<AppIdentity> &browsers, const QString &ownPackage) {
    AutofillPick pick;
    if (notOurs(query, ownPackage))
        return pick;
    if (!source.unlocked()) {
        pick.result = AutofillPick::Result::Locked;
        return pick;
    }
    const QList<AutofillOffer> offers = offersFor(query, source, browsers);
    const auto offer = std::find_if(offers.begin(), offers.end(),
                                    [id](const AutofillOffer &o) { return o.id == id; });
    if (offer == offers.end())
        return pick;
    if (offer->confirm && !confirmed) {
        pick.result = AutofillPick::Result::Unconfirmed;
        return pick;
    }
    std::optional<AutofillSource::Login> login = source.login(id);
    if (!login)
        return pick;
    if (offer->confirm && query.webAddress.isEmpty())
        source.confirmApp(id, query.app);
    pick.result = AutofillPick::Result::Filled;
    pick.login = std::move(*login);
    return pick;
}

namespace {
std::optional<QString> textMember(const QJsonObject &object, const char *name) {
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<QList<ScreenField>> formFields(const QJsonArray &array) {
    constexpr qsizetype kMostFields = 500; // a screen's text fields; more is not a form
    if (array.size() > kMostFields)
        return std::nullopt;
    QList<ScreenField> fields;
    for (const QJsonValue item : array) {
        if (!item.isObject())
            return std::nullopt;
        const QJsonObject object = item.toObject();
        ScreenField field;
        const QJsonValue hints = object.value(QLatin1String("hints"));
        const QJsonValue inputType = object.value(QLatin1String("inputType"));
        const QJsonValue focused = object.value(QLatin1String("focused"));
        if (!(hints.isArray() || hints.isUndefined() || hints.isNull()) ||
            !(inputType.isDouble() || inputType.isUndefined()) ||
            !(focused.isBool() || focused.isUndefined()))
            return std::nullopt;
        field.focused = focused.toBool();
        for (const QJsonValue hint : hints.toArray()) {
            if (!hint.isString())
                return std::nullopt;
            field.hints.append(hint.toString());
        }
        field.inputType = inputType.toInt();
        const std::optional<QString> texts[] = {
            textMember(object, "htmlType"), textMember(object, "idEntry"),
            textMember(object, "hint"), textMember(object, "webDomain"),
            textMember(object, "webScheme")};
        for (const std::optional<QString> &text : texts)
            if (!text)
                return std::nullopt;
        field.htmlType = *texts[0];
        field.idEntry = *texts[1];
        field.hint = *texts[2];
        field.webDomain = *texts[3];
        field.webScheme = *texts[4];
        fields.append(field);
    }
    return fields;
}

QJsonArray indices(const QList<int> &list) {
    QJsonArray array;
    for (const int index : list)
        array.append(index);
    return array;
}
} // namespace

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
    const QJsonValue fields = object.value(QLatin1String("fields"));
    if (!(fields.isArray() || fields.isUndefined()))
        return std::nullopt;
    if (fields.isArray()) {
        std::optional<QList<ScreenField>> read = formFields(fields.toArray());
        if (!read || !address.isUndefined())
            return std::nullopt;
        query.formGiven = true;
        query.form = readLoginForm(*read);
        query.webAddress = query.form.webAddress;
    }
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
    return QJsonDocument(
               QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("offers"), offers},
                           {QStringLiteral("userFields"), indices(answer.userFields)},
                           {QStringLiteral("passwordFields"), indices(answer.passwordFields)}})
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

namespace {
class NoAutofillHost final : public AutofillHost {
public:
    Setup setup() const override { return Setup::Unavailable; }
    void openSetup() override {}
    void vaultUnlocked() override {}
};
} // namespace

std::unique_ptr<AutofillHost> makeAutofillHost([[maybe_unused]] AutofillSource &source) {
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidAutofillHost>(source);
#else
    return std::make_unique<NoAutofillHost>();
#endif
}

} // namespace vaultlink::platform
