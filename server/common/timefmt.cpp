#include "server/common/timefmt.h"

#include <QDateTime>

namespace vaultlink::server {

QString isoTime(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

namespace {
constexpr qint64 kMsPerDay = 86'400'000;
// 0001-01-01T00:00:00.000Z (Qt has no year 0) and 10000-01-01T00:00:00.000Z.
constexpr qint64 kFirstMs = -62'135'596'800'000;
constexpr qint64 kEndMs = 253'402'300'800'000;

char *digits(char *p, qint64 value, int count) {
    for (int i = count - 1; i >= 0; --i) {
        p[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return p + count;
}
} // namespace

void appendIsoTime(QByteArray &out, qint64 msSinceEpoch) {
    if (msSinceEpoch < kFirstMs || msSinceEpoch >= kEndMs) {
        out.append(isoTime(msSinceEpoch).toLatin1());
        return;
    }
    // Days to a proleptic Gregorian date: H. Hinnant's civil_from_days, in 400-year eras.
    qint64 days = msSinceEpoch / kMsPerDay;
    qint64 ms = msSinceEpoch % kMsPerDay;
    if (ms < 0) {
        ms += kMsPerDay;
        --days;
    }
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    const qsizetype at = out.size();
    out.resize(at + 24);
    char *p = out.data() + at;
    p = digits(p, year, 4);
    *p++ = '-';
    p = digits(p, month, 2);
    *p++ = '-';
    p = digits(p, day, 2);
    *p++ = 'T';
    p = digits(p, ms / 3'600'000, 2);
    *p++ = ':';
    p = digits(p, ms / 60'000 % 60, 2);
    *p++ = ':';
    p = digits(p, ms / 1000 % 60, 2);
    *p++ = '.';
    p = digits(p, ms % 1000, 3);
    *p = 'Z';
}

} // namespace vaultlink::server
