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
    int timeoutSeconds = 30;
    GeneratorOptions generator; // generate: checked here, so that generating cannot fail
    bool help = false;
    bool version = false;
};

// Parses argv; throws Failure (usage) naming what is wrong.
CliArgs parseArgs(const QStringList &argv);
QString helpText();

} // namespace vaultlink::cli
