#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace vaultlink::server {

struct DatabaseRow;

// The plain-HTML Account page: a login form, then the user's link QR code.
QString accountLoginPage(const QList<DatabaseRow> &databases, const QString &error);

struct AccountView {
    QString displayName;
    QString userName;
    QString databaseName;
    QString linkUri;
    QByteArray qrPng;
    QString expiresAt;
    QString pin;
    QString warning; // set when this user or database cannot sync with phones
};
QString accountPage(const AccountView &view);

} // namespace vaultlink::server
