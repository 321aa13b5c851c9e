#include "src/linking/foreign_code.h"

#include "src/base/message_catalog.h"

#include <QRegularExpression>

#include <array>

namespace vaultlink {

namespace {

struct Kind {
    const char *prefix = nullptr; // compared case-insensitively with the start of the text
    QLatin1StringView term;
};

// The formats phones commonly put in QR codes (ZXing's "result parsers" know the same ones).
constexpr std::array kKinds{
    Kind{"vaultlink:", msg::ForeignVaultlink},
    Kind{"http://", msg::ForeignWebAddress},
    Kind{"https://", msg::ForeignWebAddress},
    Kind{"www.", msg::ForeignWebAddress},
    Kind{"WIFI:", msg::ForeignWifi},
    Kind{"mailto:", msg::ForeignEmail},
    Kind{"MATMSG:", msg::ForeignEmailMessage},
    Kind{"tel:", msg::ForeignPhone},
    Kind{"sms:", msg::ForeignTextMessage},
    Kind{"smsto:", msg::ForeignTextMessage},
    Kind{"BEGIN:VCARD", msg::ForeignContact},
    Kind{"MECARD:", msg::ForeignContact},
    Kind{"BEGIN:VEVENT", msg::ForeignEvent},
    Kind{"BEGIN:VCALENDAR", msg::ForeignEvent},
    Kind{"geo:", msg::ForeignLocation},
    Kind{"otpauth:", msg::ForeignOtpSetup},
    Kind{"otpauth-migration:", msg::ForeignOtpExport},
};

} // namespace

Message describeForeignCode(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Message(msg::ForeignNothing);
    for (const Kind &kind : kKinds)
        if (trimmed.startsWith(QLatin1String(kind.prefix), Qt::CaseInsensitive))
            return Message(kind.term);
    // Only "scheme://" counts as a link: a bare "word:" starts many an ordinary sentence.
    static const QRegularExpression link(QStringLiteral("^[a-z][a-z0-9+.-]*://"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (link.match(trimmed).hasMatch())
        return Message(msg::ForeignOtherLink);
    return Message(msg::ForeignText);
}

} // namespace vaultlink
