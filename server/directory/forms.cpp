#include "server/directory/forms.h"

#include "server/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace vaultlink::server {

namespace {
FieldSpec f(const char *key, const char *type, const char *label) {
    return {QString::fromLatin1(key), QString::fromLatin1(type), QString::fromLatin1(label)};
}

FormSpec form(const char *id, const char *name, QList<FieldSpec> fields) {
    fields.prepend(f("name", "title", "Name"));
    fields.append(f("tags", "tags", "Tags"));
    return {QString::fromLatin1(id), QString::fromLatin1(name), std::move(fields)};
}
} // namespace

const QList<FormSpec> &builtinForms() {
    static const QList<FormSpec> forms = {
        form("login", "Login",
             {f("username", "username", "User name"), f("password", "password", "Password"),
              f("url", "url", "URL"), f("totp", "totp", "One-time password seed"),
              f("notes", "notes", "Notes")}),
        form("website", "Website",
             {f("url", "url", "URL"), f("username", "username", "User name"),
              f("password", "password", "Password"), f("email", "email", "E-mail"),
              f("notes", "notes", "Notes")}),
        form("credit-card", "Credit card",
             {f("cardholder", "text", "Card holder"), f("number", "password", "Card number"),
              f("expiry", "date", "Expiry date"), f("cvc", "password", "Security code"),
              f("pin", "password", "PIN"), f("notes", "notes", "Notes")}),
        form("server", "Server",
             {f("hostname", "text", "Host name"), f("port", "text", "Port"),
              f("username", "username", "User name"), f("password", "password", "Password"),
              f("url", "url", "Management URL"), f("notes", "notes", "Notes")}),
        form("note", "Secure note", {f("notes", "notes", "Notes")}),
    };
    return forms;
}

std::optional<FormSpec> findForm(const QString &id) {
    for (const FormSpec &spec : builtinForms())
        if (spec.id == id)
            return spec;
    return std::nullopt;
}

QJsonObject formJson(const FormSpec &spec) {
    QJsonArray fields;
    for (const FieldSpec &field : spec.fields)
        fields.append(QJsonObject{{QStringLiteral("key"), field.key},
                                  {QStringLiteral("type"), field.type},
                                  {QStringLiteral("label"), field.label}});
    return {{QStringLiteral("id"), spec.id},
            {QStringLiteral("name"), spec.name},
            {QStringLiteral("fields"), fields}};
}

void installForms(Store &store) {
    QSqlQuery insert = prepare(store, QStringLiteral("INSERT OR REPLACE INTO forms(id, name, "
                                                     "fields, position) VALUES(?, ?, ?, ?)"));
    int position = 0;
    for (const FormSpec &spec : builtinForms()) {
        insert.addBindValue(spec.id);
        insert.addBindValue(spec.name);
        insert.addBindValue(QString::fromUtf8(
            QJsonDocument(formJson(spec).value(QStringLiteral("fields")).toArray())
                .toJson(QJsonDocument::Compact)));
        insert.addBindValue(position++);
        execQuery(insert);
    }
}

} // namespace vaultlink::server
