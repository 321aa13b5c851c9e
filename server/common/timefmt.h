#pragma once

#include <QByteArray>
#include <QString>

namespace vaultlink::server {

// The API's one time format: RFC 3339 UTC with milliseconds.
QString isoTime(qint64 msSinceEpoch);
// The same text as isoTime, appended to `out`: a feed page writes thousands of times, and
// QDateTime's formatting costs more per time than the rest of a record. Times outside the years
// 1–9999 (none the server makes) go through isoTime, so the two never differ.
void appendIsoTime(QByteArray &out, qint64 msSinceEpoch);

} // namespace vaultlink::server
