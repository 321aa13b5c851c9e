#include "tests/bench/synthetic_records.h"

#include <QJsonArray>

#include <array>

namespace vaultlink::bench {

namespace {
constexpr std::array kServices = {"GitHub",
                                  "GitLab",
                                  "Jira",
                                  "Confluence",
                                  "Slack",
                                  "Zoom",
                                  "Salesforce",
                                  "AWS",
                                  "Azure",
                                  "Google Ads",
                                  "HubSpot",
                                  "Workday",
                                  "SAP",
                                  "ServiceNow",
                                  "Okta",
                                  "Dropbox",
                                  "Box",
                                  "Zendesk",
                                  "Datadog",
                                  "PagerDuty",
                                  "Grafana",
                                  "Jenkins",
                                  "SonarQube",
                                  "Artifactory",
                                  "Bitbucket",
                                  "Trello",
                                  "Asana",
                                  "Notion",
                                  "Figma",
                                  "Miro",
                                  "DocuSign",
                                  "Adobe",
                                  "Mailchimp",
                                  "Stripe",
                                  "PayPal",
                                  "Shopify",
                                  "Cloudflare",
                                  "DigitalOcean",
                                  "Heroku",
                                  "Twilio",
                                  "SendGrid",
                                  "Intercom",
                                  "Müller Logistik",
                                  "Årsredovisning",
                                  "Société Générale",
                                  "Straße Bau"};
constexpr std::array kEnvironments = {"prod", "staging", "test",  "dev",
                                      "eu",   "us",      "admin", "backup"};
constexpr std::array kFirstNames = {"anna",  "ben",  "chris",  "dana",  "emil", "fatima",
                                    "georg", "hana", "ivan",   "julia", "kofi", "lena",
                                    "mario", "nora", "jürgen", "zoë"};
constexpr std::array kTags = {"finance", "ops",    "dev",      "marketing", "legal",
                              "hr",      "shared", "critical", "legacy",    "customer"};
constexpr std::array kForms = {"login",   "login",  "login",       "website",
                               "website", "server", "credit-card", "note"};
constexpr char kStamp[] = "2026-11-22T15:45:59.776Z";

template <typename Array> QString pick(std::mt19937_64 &rng, const Array &items) {
    return QString::fromUtf8(items[rng() % items.size()]);
}

QJsonObject field(const char *key, const char *type, const QJsonValue &value) {
    return {{QStringLiteral("key"), QLatin1String(key)},
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("label"), QLatin1String(key)},
            {QStringLiteral("value"), value},
            {QStringLiteral("revision"), 1},
            {QStringLiteral("modifiedAt"), QLatin1String(kStamp)}};
}
} // namespace

QString SyntheticRecords::pickPassword() {
    static const char alphabet[] =
        "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+-=?@_";
    QString out;
    for (int i = 0; i < 20; ++i)
        out.append(QLatin1Char(alphabet[m_rng() % (sizeof alphabet - 1)]));
    return out;
}

QJsonObject SyntheticRecords::next(qint64 id) {
    const QString form = pick(m_rng, kForms);
    const QString service = pick(m_rng, kServices);
    const QString env = pick(m_rng, kEnvironments);
    const QString user =
        pick(m_rng, kFirstNames) + QLatin1Char('.') + QString::number(m_rng() % 1000);
    const QString domain = service.toLower().remove(QLatin1Char(' ')) + QStringLiteral(".example");
    const QString name = QStringLiteral("%1 %2 #%3").arg(service, env).arg(id);
    const QString url = QStringLiteral("https://%1.%2/login").arg(env, domain);
    const QJsonArray tags{pick(m_rng, kTags), env};
    const QString notes =
        m_rng() % 3 == 0 ? QStringLiteral("Rotated quarterly. Owner: %1.").arg(user) : QString();

    QJsonArray fields{field("name", "title", name)};
    if (form == QLatin1String("login")) {
        fields.append(field("username", "username", user));
        fields.append(field("password", "password", pickPassword()));
        fields.append(field("url", "url", url));
        fields.append(field("totp", "totp", QString()));
    } else if (form == QLatin1String("website")) {
        fields.append(field("url", "url", url));
        fields.append(field("username", "username", user));
        fields.append(field("password", "password", pickPassword()));
        fields.append(field("email", "email", user + QLatin1Char('@') + domain));
    } else if (form == QLatin1String("server")) {
        fields.append(field("hostname", "text", env + QStringLiteral("-1.internal.example")));
        fields.append(field("port", "text", QStringLiteral("22")));
        fields.append(field("username", "username", user));
        fields.append(field("password", "password", pickPassword()));
        fields.append(field("url", "url", url));
    } else if (form == QLatin1String("credit-card")) {
        fields.append(field("cardholder", "text", user.toUpper()));
        fields.append(field("number", "password", pickPassword()));
        fields.append(field("expiry", "date", QStringLiteral("2029-04")));
        fields.append(field("cvc", "password", QStringLiteral("123")));
        fields.append(field("pin", "password", QStringLiteral("4321")));
    }
    fields.append(field("notes", "notes", notes));
    fields.append(field("tags", "tags", tags));

    const bool personal = m_rng() % 3 == 0;
    if (m_samples.size() < 5000) {
        m_samples.append(name);
        m_samples.append(domain);
        m_samples.append(tags[0].toString());
        if (form != QLatin1String("credit-card") && form != QLatin1String("note"))
            m_samples.append(user);
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("form"), form},
        {QStringLiteral("unit"), personal ? QJsonValue() : QJsonValue(qint64(1 + m_rng() % 12))},
        {QStringLiteral("personal"), personal},
        {QStringLiteral("sequence"), id},
        {QStringLiteral("createdAt"), QLatin1String(kStamp)},
        {QStringLiteral("clientRef"), QJsonValue()},
        {QStringLiteral("fields"), fields}};
}

QString SyntheticRecords::term(std::mt19937_64 &rng) const {
    if (rng() % 5 == 0) // one in five finds nothing
        return QStringLiteral("qzx%1")
            .arg(rng() % 10000)
            .left(static_cast<qsizetype>(3 + rng() % 6));
    const QString &sample =
        m_samples[static_cast<qsizetype>(rng() % static_cast<quint64>(m_samples.size()))];
    const auto length = std::min<qsizetype>(static_cast<qsizetype>(1 + rng() % 12), sample.size());
    const auto start =
        static_cast<qsizetype>(rng() % static_cast<quint64>(sample.size() - length + 1));
    QString term = sample.mid(start, length);
    if (rng() % 4 == 0)
        term = term.toUpper();
    return term;
}

} // namespace vaultlink::bench
