#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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
    QString notice;  // the answer to the last change made on the page
    QStringList secondFactors;
};
QString accountPage(const AccountView &view);

// The page that stands in for the user's phone app and telephone (docs/server.md): sign-ins
// waiting for a push approval, and calls ringing. It reloads itself every few seconds.
struct SignInRequest {
    qint64 id = 0;
    bool call = false; // a phone call; otherwise a push
    QString device;
    QString address;
    QString time;
    QString phone; // calls: the number, masked
};
QString signInRequestsPage(const QList<SignInRequest> &requests, const QString &notice);

} // namespace vaultlink::server
