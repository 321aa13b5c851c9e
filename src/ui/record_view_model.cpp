#include "src/ui/record_view_model.h"

#include "src/clipboard/clipboard_guard.h"
#include "src/crypto/totp.h"
#include "src/profiles/failure.h"
#include "src/ui/messages.h"
#include "src/ui/vault_session.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QVariantMap>

namespace vaultlink::ui {

RecordViewModel::RecordViewModel(VaultSession &session, ClipboardGuard &clipboard, Now now,
                                 QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clipboard(clipboard)
    , m_now(std::move(now)) {
    m_totpTimer.setInterval(1000);
    connect(&m_totpTimer, &QTimer::timeout, this, &RecordViewModel::updateTotp);
    connect(&m_session, &VaultSession::openChanged, this, &RecordViewModel::close);
    connect(&m_session, &VaultSession::recordsUpdated, this, &RecordViewModel::reload);
}

void RecordViewModel::reload() {
    if (m_id == 0)
        return;
    // Written on this device or brought by a sync: shown as it is now, what was revealed still
    // revealed.
    QStringList revealed;
    for (const Field &field : std::as_const(m_fields))
        if (field.revealed)
            revealed.append(field.key);
    // A record created here has the server's id once a sync sent it: the page follows it.
    Mirror *mirror = m_session.mirror();
    open(mirror ? mirror->currentId(m_id) : m_id);
    for (Field &field : m_fields)
        field.revealed = revealed.contains(field.key) && isSecret(field.type);
    if (!revealed.isEmpty())
        emit fieldsChanged();
}

bool RecordViewModel::isSecret(const QString &type) {
    return type == QLatin1String("password") || type == QLatin1String("totp");
}

QVariantList RecordViewModel::fields() const {
    QVariantList list;
    for (const Field &field : m_fields) {
        const bool secret = isSecret(field.type);
        // A secret's value reaches QML only while revealed.
        list.append(QVariantMap{
            {QStringLiteral("key"), field.key},
            {QStringLiteral("type"), field.type},
            {QStringLiteral("label"), field.label},
            {QStringLiteral("value"), secret && !field.revealed ? QString() : field.value},
            {QStringLiteral("secret"), secret},
            {QStringLiteral("revealed"), field.revealed},
            {QStringLiteral("empty"), field.value.isEmpty()}});
    }
    return list;
}

void RecordViewModel::open(qint64 id) {
    close();
    Mirror *mirror = m_session.mirror();
    if (!mirror)
        return;
    try {
        const std::optional<QJsonObject> record = mirror->record(id);
        if (!record) {
            m_error = tr("This record is no longer on this device; it may have been removed or "
                         "your access to it withdrawn.");
            emit recordChanged();
            return;
        }
        m_id = id;
        for (const QJsonValue value : record->value(QLatin1String("fields")).toArray()) {
            const QJsonObject field = value.toObject();
            Field entry{field.value(QLatin1String("key")).toString(),
                        field.value(QLatin1String("type")).toString(),
                        field.value(QLatin1String("label")).toString(), QString()};
            const QJsonValue content = field.value(QLatin1String("value"));
            if (content.isArray()) {
                QStringList tags;
                for (const QJsonValue tag : content.toArray())
                    tags.append(tag.toString());
                entry.value = tags.join(QStringLiteral(", "));
            } else {
                entry.value = content.toString();
            }
            if (entry.key == QLatin1String("name"))
                m_name = entry.value;
            m_fields.append(entry);
        }
    } catch (const std::exception &failure) {
        m_error = say(explain(failure));
    }
    emit recordChanged();
    emit fieldsChanged();
    updateTotp();
}

void RecordViewModel::close() {
    for (Field &field : m_fields)
        field.value.fill(QChar(0));
    m_fields.clear();
    m_id = 0;
    m_name.clear();
    m_error.clear();
    m_totpTimer.stop();
    m_totpCode.clear();
    m_totpLeft = 0;
    emit recordChanged();
    emit fieldsChanged();
    emit totpChanged();
}

void RecordViewModel::reveal(const QString &key, bool shown) {
    for (Field &field : m_fields)
        if (field.key == key && isSecret(field.type))
            field.revealed = shown;
    emit fieldsChanged();
}

bool RecordViewModel::copy(const QString &key) {
    for (const Field &field : std::as_const(m_fields)) {
        if (field.key != key || field.value.isEmpty())
            continue;
        if (field.type == QLatin1String("totp")) {
            if (m_totpCode.isEmpty())
                return false;
            m_clipboard.copy(m_totpCode, true);
        } else {
            m_clipboard.copy(field.value, isSecret(field.type));
        }
        return true;
    }
    return false;
}

QUrl RecordViewModel::urlOf(const QString &key) const {
    for (const Field &field : m_fields) {
        if (field.key != key || field.type != QLatin1String("url"))
            continue;
        const QString text = field.value.trimmed();
        // A typed address without a scheme means the web, and the web means https.
        const bool hasScheme = text.contains(QLatin1String("://"));
        const QUrl url(hasScheme ? text : QStringLiteral("https://") + text, QUrl::StrictMode);
        const bool web =
            url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        // Credentials in the address would reach the browser's history; such an address is
        // shown for copying but not opened.
        if (url.isValid() && web && !url.host().isEmpty() && url.userInfo().isEmpty())
            return url;
    }
    return {};
}

bool RecordViewModel::openUrl(const QString &key) const {
    const QUrl url = urlOf(key);
    return !url.isEmpty() && QDesktopServices::openUrl(url);
}

void RecordViewModel::updateTotp() {
    std::optional<TotpSeed> seed;
    for (const Field &field : std::as_const(m_fields))
        if (field.type == QLatin1String("totp") && !field.value.isEmpty())
            seed = TotpSeed::parse(field.value);
    if (!seed) {
        m_totpTimer.stop();
        if (!m_totpCode.isEmpty()) {
            m_totpCode.clear();
            emit totpChanged();
        }
        return;
    }
    const qint64 now = m_now();
    m_totpCode = seed->code(now);
    m_totpLeft = seed->secondsLeft(now);
    if (!m_totpTimer.isActive())
        m_totpTimer.start();
    emit totpChanged();
}

} // namespace vaultlink::ui
