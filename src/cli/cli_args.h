#pragma once

#include "src/edits/password_generator.h"

#include <QString>
#include <QStringList>

namespace vaultlink::cli {

// The command line, understood: which command, its arguments and the options that apply.
struct CliArgs {
    QString command;
    QStringList arguments; // the command's positional arguments
    QString profile;
    QString dataDir;
    bool passwordStdin = false;
    QString otp;
    QString mfa;    // the second factor to answer with: totp, pin, push, phone, fido (or empty)
    QString domain; // a directory account's domain
    bool json = false;
    QString pin;
    QString database;
    QString user;
    QString name;
    QString qrImage;
    QString qrText;
    QString tab = QStringLiteral("all");
    bool reveal = false;
    bool fields = false;
    bool repair = false;
    bool biometric =
        false; // unlock with biometrics (the desktop's stand-in) instead of the password
    // Writing: add, edit, rm, pending, conflicts
    QString form;
    QStringList setFields; // --field KEY=VALUE, or KEY alone for a secret typed in
    QStringList generate;  // --generate KEY: a new password for the field
    QString resolve;       // conflicts --resolve RECORD (FIELD and the choice follow as arguments)
    QString discard;       // pending --discard RECORD
    QString retry;         // pending --retry RECORD
    // fill --pick RECORD: that candidate's field (--field: password or username) to the
    // clipboard, cleared after clearAfterSeconds
    qint64 pick = 0;
    QString copyField = QStringLiteral("password");
    int clearAfterSeconds = 30;
    int timeoutSeconds = 30;
    GeneratorOptions generator; // generate: checked here, so that generating cannot fail
    bool help = false;
    bool version = false;
};

// Parses argv; throws Failure (usage) naming what is wrong.
CliArgs parseArgs(const QStringList &argv);
QString helpText();

} // namespace vaultlink::cli
