#pragma once

#include <QStringList>

namespace vaultlink::server::admin {

// Each subcommand takes the arguments after its name and returns the process exit code.
int runInit(const QStringList &args);
int runServe(const QStringList &args);
int runSeed(const QStringList &args);
int runUser(const QStringList &args);
int runDatabase(const QStringList &args);
int runDevice(const QStringList &args);
int runEvents(const QStringList &args);
int runLinkCode(const QStringList &args);
int runPin(const QStringList &args);
int runUnit(const QStringList &args);
int runRecord(const QStringList &args);
int runSettings(const QStringList &args);
int runMfa(const QStringList &args);

} // namespace vaultlink::server::admin
