#include "src/api/api_error.h"

#include "src/api/api_parse.h"
#include "src/api/json_reader.h"

namespace vaultlink {

namespace {

QString refusalMessage(int status, const QJsonObject &problem) {
    const QString title = problem.value(QLatin1String("title")).toString().trimmed();
    const QString detail = problem.value(QLatin1String("detail")).toString().trimmed();
    const QString code = problem.value(QLatin1String("code")).toString();
    const QString head =
        !title.isEmpty()  ? title
        : !code.isEmpty() ? QStringLiteral("The server refused the request (%1)").arg(code)
                          : QStringLiteral("The server refused the request (HTTP %1)").arg(status);
    return detail.isEmpty() ? head : QStringLiteral("%1: %2").arg(head, detail);
}

QString networkMessage(const HttpResponse &response) {
    if (!response.message.isEmpty())
        return response.message;
    return QStringLiteral("the server could not be reached");
}

} // namespace

ApiError::ApiError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind) {}

ApiError ApiError::network(const HttpResponse &response) {
    ApiError error(Kind::Network, networkMessage(response));
    error.m_net = response.failure;
    error.m_tls = response.tls;
    return error;
}

ApiError ApiError::refusal(int status, const QJsonObject &problem) {
    ApiError error(Kind::Refusal, refusalMessage(status, problem));
    error.m_status = status;
    error.m_problem = problem;
    return error;
}

ApiError ApiError::badAnswer(const QString &what) {
    return ApiError(Kind::BadAnswer,
                    QStringLiteral("the server's answer is not Vaultlink API v1: %1").arg(what));
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

} // namespace vaultlink
