#include "src/linking/foreign_code.h"

#include <QRegularExpression>

#include <array>

namespace vaultlink {

namespace {

struct Kind {
    const char *prefix; // compared case-insensitively with the start of the text
    const char *description;
};

// The formats phones commonly put in QR codes (ZXing's "result parsers" know the same ones).
constexpr std::array kKinds{
    Kind{"vaultlink:", "a Vaultlink code of another kind"},
    Kind{"http://", "a web address"},
    Kind{"https://", "a web address"},
    Kind{"www.", "a web address"},
    Kind{"WIFI:", "Wi-Fi network details"},
    Kind{"mailto:", "an e-mail address"},
    Kind{"MATMSG:", "an e-mail message"},
    Kind{"tel:", "a phone number"},
    Kind{"sms:", "a text message"},
    Kind{"smsto:", "a text message"},
    Kind{"BEGIN:VCARD", "a contact card"},
    Kind{"MECARD:", "a contact card"},
    Kind{"BEGIN:VEVENT", "a calendar event"},
    Kind{"BEGIN:VCALENDAR", "a calendar event"},
    Kind{"geo:", "a map location"},
    Kind{"otpauth:", "a two-factor authentication setup"},
    Kind{"otpauth-migration:", "a two-factor authentication export"},
};

} // namespace

QString describeForeignCode(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("nothing");
    for (const Kind &kind : kKinds)
        if (trimmed.startsWith(QLatin1String(kind.prefix), Qt::CaseInsensitive))
            return QLatin1String(kind.description);
    // Only "scheme://" counts as a link: a bare "word:" starts many an ordinary sentence.
    static const QRegularExpression link(QStringLiteral("^[a-z][a-z0-9+.-]*://"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (link.match(trimmed).hasMatch())
        return QStringLiteral("a link of another kind");
    return QStringLiteral("plain text");
}

} // namespace vaultlink
