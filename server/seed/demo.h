#pragma once

#include <QList>
#include <QString>

namespace vaultlink::server {

class RandomSource;
class Store;

struct DemoUser {
    QString name;
    QString password;
    QString note;       // what this user demonstrates
    QString otpauthUri; // set when the user has a second factor
};

// The demo data set: databases "Demo" (mobile sync on) and "Archive" (off), users alice (may
// sync), bob (lacks the mobile right), one per second factor (carol TOTP, dave PIN, erin push,
// frank phone call, hank security key), gina with several, ivan of a directory domain; three
// units and realistic records.
// Its passwords are published in the README; it is for trying the product, not for use.
QList<DemoUser> installDemo(Store &store, RandomSource &random, qint64 nowMs);

} // namespace vaultlink::server
