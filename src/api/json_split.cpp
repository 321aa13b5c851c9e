#include "src/api/json_split.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vaultlink {

namespace {

// Walks the structure of JSON text without decoding it: what is inside strings, and where a
// value ends. What a value holds is left to the JSON parser that reads the pieces afterwards.
class Scanner {
public:
    explicit Scanner(const QByteArray &text)
        : m_data(text.constData())
        , m_size(text.size()) {}

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_size; }

    void skipSpace() {
        while (!atEnd() && isSpace(m_data[m_pos]))
            ++m_pos;
    }

    // After optional white space, the character `c`, which is consumed.
    bool take(char c) {
        skipSpace();
        if (atEnd() || m_data[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    bool at(char c) const { return !atEnd() && m_data[m_pos] == c; }

    // From an opening quote to past the closing one; false when the text ends inside.
    bool skipString() {
        ++m_pos;
        while (!atEnd()) {
            const char c = m_data[m_pos++];
            if (c == '\\') {
                if (atEnd())
                    return false;
                ++m_pos; // an escaped quote or backslash does not end the string
            } else if (c == '"') {
                return true;
            }
        }
        return false;
    }

    // One value from its first character; false when the text ends inside it or it is empty.
    bool skipValue() {
        if (atEnd())
            return false;
        const char first = m_data[m_pos];
        if (first == '"')
            return skipString();
        if (first == '{' || first == '[')
            return skipNested();
        const qsizetype start = m_pos;
        while (!atEnd() && !isSpace(m_data[m_pos]) && !isDelimiter(m_data[m_pos]))
            ++m_pos;
        return m_pos > start;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isDelimiter(char c) {
        return c == ',' || c == ':' || c == ']' || c == '}' || c == '[' || c == '{' || c == '"';
    }

    // Brackets are only counted: a `}` closing a `[` is left for the parser of the piece to refuse.
    bool skipNested() {
        qsizetype depth = 0;
        while (!atEnd()) {
            const char c = m_data[m_pos];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return true;
            }
        }
        return false;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

// A member name as the parser will read it: escapes decoded, so that "rec\u006frds" is found too.
std::optional<QString> memberName(const QByteArray &quoted) {
    if (!quoted.contains('\\'))
        return QString::fromUtf8(quoted.mid(1, quoted.size() - 2));
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + quoted + ']');
    if (!wrapped.isArray() || !wrapped.array().at(0).isString())
        return std::nullopt;
    return wrapped.array().at(0).toString();
}

std::optional<JsonSplit> failed(QString *error, const QString &why) {
    if (error)
        *error = why;
    return std::nullopt;
}

QString atByte(const QString &what, qsizetype pos) {
    return QStringLiteral("%1 at byte %2").arg(what).arg(pos);
}

} // namespace

std::optional<JsonSplit> splitArrayMember(const QByteArray &document, const QString &member,
                                          QString *error) {
    Scanner scan(document);
    if (!scan.take('{'))
        return failed(error, QStringLiteral("the text is not a JSON object"));
    JsonSplit split;
    qsizetype arrayOpen = -1;  // just past the member's '['
    qsizetype arrayClose = -1; // at its ']'
    if (!scan.take('}')) {
        for (;;) {
            scan.skipSpace();
            const qsizetype nameStart = scan.pos();
            if (!scan.at('"') || !scan.skipString())
                return failed(error,
                              atByte(QStringLiteral("a member name was expected"), nameStart));
            const std::optional<QString> name =
                memberName(document.mid(nameStart, scan.pos() - nameStart));
            if (!name)
                return failed(error, atByte(QStringLiteral("a malformed member name"), nameStart));
            if (!scan.take(':'))
                return failed(error, atByte(QStringLiteral("':' was expected"), scan.pos()));
            scan.skipSpace();
            if (*name != member) {
                if (!scan.skipValue())
                    return failed(error,
                                  atByte(QStringLiteral("a value was expected"), scan.pos()));
            } else {
                if (arrayOpen >= 0)
                    return failed(error, QStringLiteral("\"%1\" appears twice").arg(member));
                if (!scan.take('['))
                    return failed(error, QStringLiteral("\"%1\" is not an array").arg(member));
                arrayOpen = scan.pos();
                if (!scan.take(']')) {
                    for (;;) {
                        scan.skipSpace();
                        const qsizetype start = scan.pos();
                        if (!scan.skipValue())
                            return failed(error, atByte(QStringLiteral("an element of \"%1\" was "
                                                                       "expected")
                                                            .arg(member),
                                                        start));
                        split.elements.append(document.mid(start, scan.pos() - start));
                        if (scan.take(','))
                            continue;
                        if (scan.take(']'))
                            break;
                        return failed(
                            error, atByte(QStringLiteral("',' or ']' was expected"), scan.pos()));
                    }
                }
                arrayClose = scan.pos() - 1;
            }
            if (scan.take(','))
                continue;
            if (scan.take('}'))
                break;
            return failed(error, atByte(QStringLiteral("',' or '}' was expected"), scan.pos()));
        }
    }
    scan.skipSpace();
    if (!scan.atEnd())
        return failed(error, atByte(QStringLiteral("text follows the object"), scan.pos()));
    if (arrayOpen < 0)
        return failed(error, QStringLiteral("\"%1\" is missing").arg(member));
    split.rest = document.left(arrayOpen) + document.mid(arrayClose);
    return split;
}

} // namespace vaultlink
