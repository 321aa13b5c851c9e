#pragma once

#include "src/base/message.h"
#include "src/profiles/failure.h"

#include <QString>

#include <span>

namespace vaultlink::ui {

// The app's words for the core's messages (src/base/message_catalog.h), translated with tr()
// (context "Messages"; English and German in i18n/), with advice that names the app's pages and
// buttons rather than the command line's options.
QString say(const Message &message);
QString say(const Failure &failure);
MessageWords appWords();
// The untranslated English for a key of the catalog (what i18n/ translates); nullptr if none.
const char *sourceText(const QString &key);

// A failure a view-model finds itself (a field left empty), already in the user's words: a key
// of the app's own outside the core's catalog, with the translated text as its argument.
inline constexpr QLatin1StringView kOwnText{"app-own-text"};
inline Failure appFailure(const QString &code, const QString &text) {
    return {Failure::Kind::Usage, code, Message(kOwnText, {text})};
}

// The sentences (untranslated), in two files by subject: the network and the server's refusals
// (messages.cpp), link codes, this device's files and notices (messages_local.cpp).
std::span<const Sentence> networkSentences();
std::span<const Sentence> localSentences();
// Seconds of offline-too-long as hours or days, in the user's language.
QString presentArgument(const QString &key, int index, const QString &value);

} // namespace vaultlink::ui
