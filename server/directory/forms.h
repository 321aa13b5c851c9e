#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vaultlink::server {

class Store;

// Field keys "name" (type "title") and "tags" (type "tags", a JSON array) are on every form;
// the rest are typed per form.
struct FieldSpec {
    QString key;
    QString type;
    QString label;
};

struct FormSpec {
    QString id;
    QString name;
    QList<FieldSpec> fields;
};

const QList<FormSpec> &builtinForms();
std::optional<FormSpec> findForm(const QString &id);
void installForms(Store &store);
QJsonObject formJson(const FormSpec &form);

} // namespace vaultlink::server
