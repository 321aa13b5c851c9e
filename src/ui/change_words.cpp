#include "src/ui/change_words.h"

#include "src/base/message_catalog.h"
#include "src/ui/messages.h"

#include <QDateTime>
#include <QLocale>

namespace vaultlink::ui {

QString ChangeWords::refusal(const Refusal &refusal) {
    // A code this version does not know yet is still named.
    return say(sourceText(refusal.code) ? Message(refusal.code)
                                        : Message(msg::RefusedUnknownCode, {refusal.code}));
}

QString ChangeWords::note(const ChangeNote &note, const QString &label) {
    switch (note.kind) {
    case ChangeNote::Kind::Field:
        return tr("Both sides changed “%1”; the server's value stands until you choose.")
            .arg(label);
    case ChangeNote::Kind::FieldGone:
        return tr("The server's form no longer has “%1”; your value is kept here to copy.")
            .arg(label);
    case ChangeNote::Kind::Recreated:
        return tr("Deleted on the server while you changed it: created again with your "
                  "changes.");
    case ChangeNote::Kind::Restored:
        return tr("Changed on the server while you deleted it: the record stays.");
    case ChangeNote::Kind::ReadOnlyCopy:
        break;
    }
    return tr("Deleted on the server, and you may not create it again: this is a read-only copy "
              "of your version.");
}

QString ChangeWords::change(PendingChange::Kind kind) {
    switch (kind) {
    case PendingChange::Kind::Create:
        return tr("New record");
    case PendingChange::Kind::Edit:
        return tr("Changes");
    case PendingChange::Kind::Delete:
        break;
    }
    return tr("Deletion");
}

QString ChangeWords::localTime(qint64 msSinceEpoch) {
    if (msSinceEpoch <= 0)
        return tr("unknown time");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime(),
                              QLocale::ShortFormat);
}

QString ChangeWords::serverTime(const QString &isoTime) {
    const QDateTime time = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!time.isValid())
        return tr("unknown time");
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString ChangeWords::thisDevice() {
    return tr("this device");
}

QString ChangeWords::serverDevice(const QJsonValue &modifiedBy) {
    const QString name = modifiedBy.toString().trimmed();
    return name.isEmpty() ? tr("the administrator") : name;
}

} // namespace vaultlink::ui
