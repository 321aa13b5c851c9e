#pragma once

// Checks the server's targets share.

#include "server/common/refusal.h"
#include "server/http/http_types.h"
#include "tests/fuzz/fuzz_target.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vaultlink::server::fuzz {

// A refusal answers as docs/api.md §4 says: a problem document with its code, status and title,
// a client error unless the server failed, and a detail.
inline void checkProblem(const Refusal &refusal) {
    const HttpResponse response = HttpResponse::problem(refusal);
    const ErrorInfo &info = errorInfo(refusal.error());
    VAULTLINK_FUZZ_CHECK(response.status == info.status);
    VAULTLINK_FUZZ_CHECK(response.contentType == "application/problem+json");
    const QJsonObject problem = QJsonDocument::fromJson(response.body).object();
    VAULTLINK_FUZZ_CHECK(problem.value(QLatin1String("code")).toString() ==
                         QLatin1String(info.code));
    VAULTLINK_FUZZ_CHECK(problem.value(QLatin1String("status")).toInt() == info.status);
    VAULTLINK_FUZZ_CHECK(!problem.value(QLatin1String("title")).toString().isEmpty());
    VAULTLINK_FUZZ_CHECK(refusal.error() != Error::Internal);
}

} // namespace vaultlink::server::fuzz
