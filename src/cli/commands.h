#pragma once

#include "platform/biometric_key_store.h"
#include "src/cli/cli_args.h"
#include "src/cli/output.h"
#include "src/cli/secret_input.h"
#include "src/profiles/profile_service.h"

namespace vaultlink::cli {

struct Context {
    const CliArgs &args;
    ProfileService &service;
    SecretInput &input;
    const Output &out;
    Random &random;                          // for new passwords (--generate)
    platform::BiometricKeyStore &biometrics; // the desktop's stand-in (--biometric, biometrics)
};

// Each command returns its exit code; failures are thrown and turned into codes by main().
int databasesCommand(Context &context);
int linkCommand(Context &context);
int profilesCommand(Context &context);
int syncCommand(Context &context);
int listCommand(Context &context);
int searchCommand(Context &context);
int showCommand(Context &context);
int fillCommand(Context &context);
int fillModeCommand(Context &context);
int unlinkCommand(Context &context);
int signOutCommand(Context &context);
int addCommand(Context &context);
int editCommand(Context &context);
int removeCommand(Context &context);
int pendingCommand(Context &context);
int conflictsCommand(Context &context);
int biometricsCommand(Context &context);
// Needs no profile, no password and no network: main() runs it before any of them is set up.
int generateCommand(const CliArgs &args, const Output &out, Random &random);

// The profile the options name, or the only one; unlocked with the password, or with --biometric
// with the data key biometrics give.
std::unique_ptr<OpenProfile> openProfile(Context &context);
std::unique_ptr<OpenProfile> openProfileWith(Context &context, const SecureBuffer &password);
std::unique_ptr<OpenProfile> openProfileWithBiometrics(Context &context);
QString chosenProfile(Context &context);
// The profile's device-login key, signing through the biometric key store (on this computer its
// stand-in, asking on the terminal) when the server's session has to be started again.
DeviceSigner biometricSigner(Context &context);
// --tab: all, personal, or a unit by name or id; a usage failure names the tabs there are.
Tab chosenTab(Context &context, Mirror &mirror);
// A record by id or by exact name (any case); a usage failure when none or several match.
qint64 recordIdFor(Mirror &mirror, const QString &given);

} // namespace vaultlink::cli
