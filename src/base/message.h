#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <memory>
#include <span>

namespace vaultlink {

// What the core has to tell the user, without the words: a stable key ("address-scheme") and the
// values that go into the sentence (a host name, a count, a scheme). The front ends turn it into
// text in their own language and with their own advice — the command line names its options, the
// app its buttons — so that the core never builds a sentence a user reads. Every key, with the
// meaning of its arguments, is listed in message_catalog.h.
//
// A message may explain itself with another one, its `inner` (the link code's server address "is
// not usable" because of the address problem; the first sync "did not finish" because of the
// network failure): front ends render the inner message and put it after the arguments.
class Message {
public:
    Message() = default;
    explicit Message(QString key, QStringList args = {});
    Message(QString key, QStringList args, Message inner);

    bool isEmpty() const { return m_key.isEmpty(); }
    const QString &key() const { return m_key; }
    const QStringList &args() const { return m_args; }
    const Message *inner() const { return m_inner.get(); }

    // "key(arg, arg): inner" — for logs and exception texts, never shown to users as advice.
    QString debugText() const;

    friend bool operator==(const Message &a, const Message &b);

private:
    QString m_key;
    QStringList m_args;
    std::shared_ptr<const Message> m_inner;
};

// One of a front end's texts: its words for a key (for the app, the English that tr() translates).
struct Sentence {
    QLatin1StringView key;
    const char *text = nullptr;
};
// The front end's tables of sentences as one index by key.
QHash<QString, const char *>
indexSentences(std::initializer_list<std::span<const Sentence>> tables);

// A front end's words for messages. `sentence(key)` is the text for a key, with %1, %2 … for its
// arguments and, where the message has an inner one, that message's text in the place after
// them; empty for a key it has no text for. `argument(key, index, value)`, when given, presents an
// argument its own way (seconds as a duration, say).
struct MessageWords {
    std::function<QString(const QString &key)> sentence;
    std::function<QString(const QString &key, int index, const QString &value)> argument;
};

// The message in those words. A key without a sentence comes out as the key and its arguments, so
// that nothing is silently dropped (the contract tests keep that from happening).
QString renderMessage(const Message &message, const MessageWords &words);

} // namespace vaultlink
