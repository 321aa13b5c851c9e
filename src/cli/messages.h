#pragma once

#include "src/base/message.h"
#include "src/profiles/failure.h"

#include <QString>

#include <span>

namespace vaultlink::cli {

// The command line's English for the core's messages (src/base/message_catalog.h), with advice
// that names this program's commands and options.
QString say(const Message &message);
MessageWords englishWords();

// A failure the command line finds itself (its arguments, a tab or record that is not there),
// already in words: a key of its own outside the core's catalog, with the text as its argument.
inline constexpr QLatin1StringView kOwnText{"cli-own-text"};
inline Failure cliFailure(const QString &code, const QString &text,
                          Failure::Kind kind = Failure::Kind::Usage) {
    return {kind, code, Message(kOwnText, {text})};
}

// The sentences, in two files by subject: the network and the server's refusals (messages.cpp),
// link codes, this computer's files and notices (messages_local.cpp).
std::span<const Sentence> networkSentences();
std::span<const Sentence> localSentences();
// Seconds of offline-too-long as hours or days.
QString presentArgument(const QString &key, int index, const QString &value);

} // namespace vaultlink::cli
