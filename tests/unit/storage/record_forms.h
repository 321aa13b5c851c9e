#pragma once

// Record objects as the reference server writes them, in both feed formats (docs/api.md §6,
// docs/api.md §7.9, feed format 2), for the storage tests: the five forms of docs/api.md with their
// labels, records drawn at random over what the contract allows, and the format-2 form of a
// format-1 record as the notes define it.

#include "src/storage/record_body.h"
#include "tests/unit/support/feed_format2.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <random>
#include <vector>

namespace vaultlink::testing {

struct FormDefinition {
    QString id;
    std::vector<std::array<QString, 3>> fields; // key, type, label
};

inline const std::vector<FormDefinition> &apiForms() {
    static const std::vector<FormDefinition> forms = [] {
        const std::array<QString, 3> name{"name", "title", "Name"};
        const std::array<QString, 3> username{"username", "username", "User name"};
        const std::array<QString, 3> password{"password", "password", "Password"};
        const std::array<QString, 3> url{"url", "url", "URL"};
        const std::array<QString, 3> notes{"notes", "notes", "Notes"};
        const std::array<QString, 3> tags{"tags", "tags", "Tags"};
        return std::vector<FormDefinition>{
            {"login",
             {name,
              username,
              password,
              url,
              {"totp", "totp", "One-time password seed"},
              notes,
              tags}},
            {"website", {name, url, username, password, {"email", "email", "Email"}, notes, tags}},
            {"credit-card",
             {name,
              {"cardholder", "text", "Cardholder"},
              {"number", "password", "Card number"},
              {"expiry", "date", "Expiry"},
              {"cvc", "password", "CVC"},
              {"pin", "password", "PIN"},
              notes,
              tags}},
            {"server",
             {name,
              {"hostname", "text", "Host name"},
              {"port", "text", "Port"},
              username,
              password,
              url,
              notes,
              tags}},
            {"note", {name, notes, tags}}};
    }();
    return forms;
}

inline FormLayouts apiLayouts() {
    FormLayouts layouts;
    for (const FormDefinition &form : apiForms()) {
        QList<FormLayout::Field> fields;
        for (const auto &[key, type, label] : form.fields)
            fields.append({key, type, label});
        layouts.append(std::make_shared<const FormLayout>(form.id, fields));
    }
    return layouts;
}

// Random records over what the contract allows: every form, personal and unit records, creators
// known or not, client references or not, fields changed later by others, texts of every kind.
class RecordDraw {
public:
    explicit RecordDraw(quint64 seed)
        : m_rng(seed) {}

    QString text() {
        static const QStringList samples = {
            QString(),
            QStringLiteral("alice"),
            QStringLiteral("GitHub prod #12"),
            QStringLiteral("https://eu.github.example/login"),
            QStringLiteral("J\u00FCrgen M\u00FCller"),
            QStringLiteral("Stra\u00DFe \u01C5 U\u0308ber \u2603 \U0001F511"),
            QStringLiteral("tab\tnew\nline \"quoted\" back\\slash"),
            QStringLiteral("unit\x1fseparator"),
            QString(QStringLiteral("nul") + QChar(0) + QStringLiteral("inside")),
            QStringLiteral("x7#Q!pz-Lr9@vK2&mN4s"),
            QStringLiteral("Rotated quarterly. Owner: dana.920. The account is shared with the "
                           "operations team; ask the administrator before you change the "
                           "password, and write the new one down in the recovery sheet."),
        };
        if (m_rng() % 9 == 0) { // a long note, as some vaults hold
            QString note;
            for (int i = 0; i < 12; ++i)
                note += samples.last() + QLatin1Char(' ');
            return note;
        }
        return samples[static_cast<qsizetype>(m_rng() % static_cast<quint64>(samples.size()))];
    }

    QString tag() {
        static const QStringList samples = {
            QStringLiteral("ops"), QStringLiteral("Gesch\u00E4ft"), QString(),
            QStringLiteral("a\x1f") + QChar(0) + QStringLiteral("b"), QStringLiteral("\u2603")};
        return samples[static_cast<qsizetype>(m_rng() % static_cast<quint64>(samples.size()))];
    }

    QString time(qint64 &ms) {
        ms += static_cast<qint64>(m_rng() % 100'000'000'000ULL);
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }

    QJsonValue device() {
        static const QStringList devices = {QStringLiteral("Alice's Pixel 8"),
                                            QStringLiteral("J\u00FCrgen's iPhone"),
                                            QStringLiteral("Laptop")};
        if (m_rng() % 4 == 0)
            return QJsonValue(); // the administrator, or before the server kept it
        return devices[static_cast<qsizetype>(m_rng() % 3)];
    }

    // A format-1 record object as the reference server writes it (server/vault/record_json.cpp).
    QJsonObject format1(qint64 id) {
        const FormDefinition &form = apiForms()[m_rng() % apiForms().size()];
        const bool personal = m_rng() % 3 == 0;
        qint64 ms = 1'700'000'000'000;
        const QString createdAt = time(ms);
        const QJsonValue creator = device();
        QJsonArray fields;
        for (const auto &[key, type, label] : form.fields) {
            QJsonValue value = text();
            if (key == QLatin1String("name") && value.toString().isEmpty())
                value = QStringLiteral("Record %1").arg(id);
            if (type == QLatin1String("tags")) {
                QJsonArray tags;
                for (quint64 i = 0, n = m_rng() % 4; i < n; ++i)
                    tags.append(i == 0 ? QStringLiteral("finance") : tag());
                value = tags;
            }
            qint64 revision = 1;
            QString modifiedAt = createdAt;
            QJsonValue modifiedBy = creator;
            if (m_rng() % 4 == 0) { // changed since
                revision = 2 + static_cast<qint64>(m_rng() % 5);
                qint64 later = ms;
                modifiedAt = time(later);
                modifiedBy = device();
            }
            fields.append(QJsonObject{{QStringLiteral("key"), key},
                                      {QStringLiteral("type"), type},
                                      {QStringLiteral("label"), label},
                                      {QStringLiteral("value"), value},
                                      {QStringLiteral("revision"), revision},
                                      {QStringLiteral("modifiedAt"), modifiedAt},
                                      {QStringLiteral("modifiedBy"), modifiedBy}});
        }
        QJsonValue clientRef;
        switch (m_rng() % 3) {
        case 0:
            clientRef = QStringLiteral("7f0c9e1a-3b52-4d8e-9a55-%1").arg(id, 12, 10, QChar('0'));
            break;
        case 1:
            clientRef = QStringLiteral("Ref-%1").arg(id); // a client of its own kind
            break;
        }
        return {{QStringLiteral("id"), id},
                {QStringLiteral("form"), form.id},
                {QStringLiteral("unit"),
                 personal ? QJsonValue() : QJsonValue(qint64(1 + m_rng() % 12))},
                {QStringLiteral("personal"), personal},
                {QStringLiteral("sequence"), id * 3 + static_cast<qint64>(m_rng() % 3)},
                {QStringLiteral("createdAt"), createdAt},
                {QStringLiteral("clientRef"), clientRef},
                {QStringLiteral("fields"), fields}};
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace vaultlink::testing
