#include "src/api/api_error.h"

#include "src/api/api_parse.h"
#include "src/api/json_reader.h"
#include "src/base/message_catalog.h"

#include <QJsonArray>

namespace vaultlink {

namespace {

// The server's own English title and detail, for logs (the exception's what()); the user is
// told by the front ends' words for the code.
QString serverText(int status, const QJsonObject &problem) {
    const QString title = problem.value(QLatin1String("title")).toString().trimmed();
    const QString detail = problem.value(QLatin1String("detail")).toString().trimmed();
    const QString code = problem.value(QLatin1String("code")).toString();
    const QString head =
        !title.isEmpty()  ? title
        : !code.isEmpty() ? QStringLiteral("The server refused the request (%1)").arg(code)
                          : QStringLiteral("The server refused the request (HTTP %1)").arg(status);
    return detail.isEmpty() ? head : QStringLiteral("%1: %2").arg(head, detail);
}

} // namespace

ApiError::ApiError(Kind kind, const QString &text)
    : std::runtime_error(text.toStdString())
    , m_kind(kind) {}

ApiError ApiError::network(const HttpResponse &response) {
    const Message message =
        response.message.isEmpty() ? Message(msg::NetworkError) : response.message;
    ApiError error(Kind::Network, response.detail.isEmpty()
                                      ? message.debugText()
                                      : message.debugText() + QStringLiteral(" [") +
                                            response.detail + QLatin1Char(']'));
    error.m_message = message;
    error.m_detail = response.detail;
    error.m_net = response.failure;
    error.m_tls = response.tls;
    return error;
}

ApiError ApiError::refusal(int status, const QJsonObject &problem) {
    ApiError error(Kind::Refusal, serverText(status, problem));
    error.m_status = status;
    error.m_problem = problem;
    const QString code = error.code();
    if (code == QLatin1String(msg::LoginThrottled))
        error.m_message = Message(code, {QString::number(error.retryAfterSeconds())});
    else if (code == QLatin1String(msg::MfaFailed))
        error.m_message = Message(code, {QString::number(error.attemptsLeft())});
    else if (const CatalogEntry *entry = findInCatalog(code); entry && entry->arguments == 0)
        error.m_message = Message(code);
    else
        error.m_message = Message(msg::RefusedUnknownCode,
                                  {code.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : code});
    return error;
}

ApiError ApiError::badAnswer(const QString &what) {
    ApiError error(Kind::BadAnswer,
                   QStringLiteral("the server's answer is not Vaultlink API v1: %1").arg(what));
    error.m_message = Message(msg::BadAnswer, {what});
    return error;
}

QString ApiError::code() const {
    if (m_kind != Kind::Refusal)
        return {};
    return m_problem.value(QLatin1String("code")).toString();
}

std::optional<Policy> ApiError::policy() const {
    const QJsonValue policy = m_problem.value(QLatin1String("policy"));
    if (!policy.isObject())
        return std::nullopt;
    return Policy::fromJson(policy.toObject());
}

std::optional<MfaChallenge> ApiError::challenge() const {
    if (code() != QLatin1String("mfa-required"))
        return std::nullopt;
    return parseChallenge(m_problem);
}

int ApiError::retryAfterSeconds() const {
    const std::optional<qint64> seconds =
        wholeNumber(m_problem.value(QLatin1String("retryAfterSeconds")));
    return seconds && *seconds > 0 ? static_cast<int>(std::min<qint64>(*seconds, INT_MAX)) : 0;
}

int ApiError::attemptsLeft() const {
    // Absent or malformed counts as none left: the safe reading is "log in again".
    const std::optional<qint64> left = wholeNumber(m_problem.value(QLatin1String("attemptsLeft")));
    return left && *left > 0 ? static_cast<int>(std::min<qint64>(*left, INT_MAX)) : 0;
}

QList<QJsonObject> ApiError::conflicts() const {
    QList<QJsonObject> fields;
    for (const QJsonValue field : m_problem.value(QLatin1String("conflicts")).toArray())
        if (field.isObject())
            fields.append(field.toObject());
    return fields;
}

std::optional<QJsonObject> ApiError::currentRecord() const {
    const QJsonValue record = m_problem.value(QLatin1String("record"));
    return record.isObject() ? std::optional(record.toObject()) : std::nullopt;
}

} // namespace vaultlink
