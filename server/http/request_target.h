#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace vaultlink::server {

struct RequestTarget {
    QString path; // percent-decoded, UTF-8
    QUrlQuery query;
};

// Splits an origin-form request target ("/a/b?x=1") into its decoded path and its query.
// Throws Refusal (invalid-request) when the path holds a malformed escape ("%", "%zz"), an
// escape that decodes to a control character, NUL or '/', or bytes that are not UTF-8: each of
// those lets two parsers see two different paths in one request.
RequestTarget parseRequestTarget(const QByteArray &target);

} // namespace vaultlink::server
