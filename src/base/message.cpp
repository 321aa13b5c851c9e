#include "src/base/message.h"

namespace vaultlink {

Message::Message(QString key, QStringList args)
    : m_key(std::move(key))
    , m_args(std::move(args)) {}

Message::Message(QString key, QStringList args, Message inner)
    : m_key(std::move(key))
    , m_args(std::move(args))
    , m_inner(inner.isEmpty() ? nullptr : std::make_shared<const Message>(std::move(inner))) {}

QString Message::debugText() const {
    QString text = m_key;
    if (!m_args.isEmpty())
        text += QLatin1Char('(') + m_args.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (m_inner)
        text += QStringLiteral(": ") + m_inner->debugText();
    return text;
}

bool operator==(const Message &a, const Message &b) {
    if (a.m_key != b.m_key || a.m_args != b.m_args)
        return false;
    if (!a.m_inner || !b.m_inner)
        return !a.m_inner && !b.m_inner;
    return *a.m_inner == *b.m_inner;
}

namespace {
// %1 … %9 replaced in one pass, so that a value holding "%2" stays as it is.
QString fill(const QString &pattern, const QStringList &values) {
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= values.size()) {
                out += values.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}
} // namespace

QHash<QString, const char *>
indexSentences(std::initializer_list<std::span<const Sentence>> tables) {
    QHash<QString, const char *> index;
    for (const std::span<const Sentence> table : tables)
        for (const Sentence &sentence : table)
            index.insert(sentence.key, sentence.text);
    return index;
}

QString renderMessage(const Message &message, const MessageWords &words) {
    QStringList values;
    for (int i = 0; i < message.args().size(); ++i) {
        const QString &value = message.args().at(i);
        values.append(words.argument ? words.argument(message.key(), i, value) : value);
    }
    if (const Message *inner = message.inner())
        values.append(renderMessage(*inner, words));
    const QString sentence = words.sentence(message.key());
    if (sentence.isEmpty())
        return Message(message.key(), values).debugText();
    return fill(sentence, values);
}

} // namespace vaultlink
