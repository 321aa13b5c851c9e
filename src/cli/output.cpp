#include "src/cli/output.h"

#include "src/cli/messages.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace vaultlink::cli {

namespace {
const QString kMask = QStringLiteral("********");

bool isSecret(const QString &type) {
    return type == QLatin1String("password") || type == QLatin1String("totp");
}

void write(std::FILE *stream, const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QString fieldText(const QJsonValue &value) {
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue item : value.toArray())
            parts.append(item.toString());
        return parts.join(QStringLiteral(", "));
    }
    return value.toString();
}
} // namespace

void Output::line(const QString &text) const {
    write(stdout, text);
}

void Output::value(const QJsonValue &value) const {
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

void Output::progress(const SyncProgress &progress) const {
    if (progress.sending) {
        write(stderr,
              QStringLiteral("sent %1 of %2 changes").arg(progress.sent).arg(progress.toSend));
        return;
    }
    // One line per page: readable in a log, and a script can follow it. A first page that
    // brings nothing means there was nothing new.
    if (progress.received == 0 && !progress.fullResync) {
        write(stderr, QStringLiteral("up to date: %1 records on the server").arg(progress.total));
        return;
    }
    write(stderr, QStringLiteral("%1 %2 of %3 records")
                      .arg(progress.fullResync ? QStringLiteral("resynchronized")
                                               : QStringLiteral("synchronized"))
                      .arg(progress.received)
                      .arg(progress.total));
}

void Output::failure(const Failure &failure) const {
    if (m_json) {
        const QJsonObject error{{QStringLiteral("code"), failure.code()},
                                {QStringLiteral("message"), say(failure.message())}};
        write(stderr, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
                                            .toJson(QJsonDocument::Compact)));
        return;
    }
    write(stderr, QStringLiteral("vaultlink-cli: ") + say(failure.message()));
}

void Output::note(const QString &text) const {
    write(stderr, text);
}

void Output::secret(const SecureBuffer &value, const char *key, const QJsonObject &rest) const {
    if (!m_json) {
        std::fwrite(value.data(), 1, value.size(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
        return;
    }
    std::fprintf(stdout, "{\n    \"%s\": \"", key);
    for (const char c : value.view()) {
        if (c == '"' || c == '\\')
            std::fputc('\\', stdout);
        if (static_cast<unsigned char>(c) < 0x20)
            std::fprintf(stdout, "\\u%04x", static_cast<unsigned>(c));
        else
            std::fputc(c, stdout);
    }
    std::fputc('"', stdout);
    // The other members as Qt writes them (indented by four, a line each), inside the same braces.
    const QByteArray others = QJsonDocument(rest).toJson(QJsonDocument::Indented);
    if (!rest.isEmpty()) {
        std::fputs(",\n", stdout);
        std::fwrite(others.constData() + 2, 1, static_cast<std::size_t>(others.size() - 2), stdout);
    } else {
        std::fputs("\n}\n", stdout);
    }
    std::fflush(stdout);
}

QJsonObject Output::summaryJson(const RecordSummary &summary) {
    return {{QStringLiteral("id"), summary.id},
            {QStringLiteral("form"), summary.form},
            {QStringLiteral("unit"), summary.unit ? QJsonValue(*summary.unit) : QJsonValue()},
            {QStringLiteral("name"), summary.name},
            {QStringLiteral("username"), summary.userName},
            {QStringLiteral("url"), summary.url},
            {QStringLiteral("tags"), QJsonArray::fromStringList(summary.tags)},
            {QStringLiteral("pending"), summary.pending},
            {QStringLiteral("conflict"), summary.noted}};
}

QString Output::summaryLine(const RecordSummary &summary) {
    QString line = QStringLiteral("%1\t%2\t%3\t%4")
                       .arg(summary.id)
                       .arg(summary.name, summary.userName, summary.url);
    // Marks after the columns, so that scripts reading the first four are not disturbed.
    if (summary.pending)
        line += QStringLiteral("\t[not sent yet]");
    if (summary.noted)
        line += QStringLiteral("\t[see conflicts]");
    return line;
}

bool Output::isSecretType(const QString &type) {
    return isSecret(type);
}

QString Output::valueText(const QJsonValue &value, const QString &type, bool reveal) {
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue item : value.toArray())
            items.append(item.toString());
        return items.join(QStringLiteral(", "));
    }
    if (!reveal && isSecret(type) && !value.toString().isEmpty())
        return kMask;
    return value.toString();
}

QJsonObject Output::recordJson(const QJsonObject &record, bool reveal) {
    if (reveal)
        return record;
    QJsonObject masked = record;
    QJsonArray fields;
    for (const QJsonValue value : record.value(QStringLiteral("fields")).toArray()) {
        QJsonObject field = value.toObject();
        if (isSecret(field.value(QStringLiteral("type")).toString()) &&
            !field.value(QStringLiteral("value")).toString().isEmpty())
            field.insert(QStringLiteral("value"), kMask);
        fields.append(field);
    }
    masked.insert(QStringLiteral("fields"), fields);
    return masked;
}

QString Output::recordText(const QJsonObject &record, const QString &unitName, bool reveal) {
    QStringList lines;
    lines.append(QStringLiteral("Id: %1").arg(record.value(QStringLiteral("id")).toInteger()));
    lines.append(QStringLiteral("Form: %1").arg(record.value(QStringLiteral("form")).toString()));
    lines.append(QStringLiteral("Tab: %1").arg(unitName));
    bool masked = false;
    for (const QJsonValue value : record.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = value.toObject();
        QString text = fieldText(field.value(QStringLiteral("value")));
        if (text.isEmpty())
            continue; // an empty field says nothing
        if (!reveal && isSecret(field.value(QStringLiteral("type")).toString())) {
            text = kMask;
            masked = true;
        }
        lines.append(
            QStringLiteral("%1: %2").arg(field.value(QStringLiteral("label")).toString(), text));
    }
    if (masked)
        lines.append(QStringLiteral("(secrets masked; --reveal shows them)"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace vaultlink::cli
