#pragma once

#include "src/crypto/secure_buffer.h"

#include <QString>

namespace vaultlink::cli {

// Passwords come from standard input (--password-stdin: the first line) or from the terminal
// with echo off; never from the command line, where other users could read them.
class SecretInput {
public:
    explicit SecretInput(bool passwordFromStdin)
        : m_fromStdin(passwordFromStdin) {}
    SecureBuffer password(const QString &prompt); // throws Failure (usage) when none can be read
    QString code(const QString &prompt);          // a second-factor code, or empty
    // The biometric stand-in's question (the sensor's place on a desktop): true for a line "y"
    // or "yes" typed in the terminal, or the next line of --password-stdin; false otherwise.
    bool confirm(const QString &question);
    // A secret field's value (may be empty), typed without echo or the next line of
    // --password-stdin.
    SecureBuffer fieldSecret(const QString &prompt);
    static bool interactive();

private:
    bool m_fromStdin;
};

} // namespace vaultlink::cli
