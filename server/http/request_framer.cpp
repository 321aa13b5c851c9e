#include "server/http/request_framer.h"

#include "server/http/hex_digit.h"

namespace vaultlink::server {

namespace {
constexpr qsizetype kMaxChunkSizeLine = 1024; // the size in hex, plus extensions we ignore
constexpr int kMaxContentLengthDigits = 18;   // below 2^63, so it never overflows
constexpr int kMaxChunkSizeDigits = 15;
constexpr int kMaxLeadingEmptyLines = 4;

// RFC 9110 token characters: method names and field names.
bool isTokenChar(char c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text) {
    if (text.isEmpty())
        return false;
    for (const char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool isDigits(QByteArrayView text) {
    for (const char c : text)
        if (c < '0' || c > '9')
            return false;
    return !text.isEmpty();
}

// Field values may hold visible characters, spaces, tabs and obs-text; never other controls.
bool isFieldValue(QByteArrayView value) {
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}

QByteArray trimmedOws(QByteArrayView value) {
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (value[begin] == ' ' || value[begin] == '\t'))
        ++begin;
    while (end > begin && (value[end - 1] == ' ' || value[end - 1] == '\t'))
        --end;
    return value.sliced(begin, end - begin).toByteArray();
}

QString quoted(QByteArrayView text) {
    // Enough to recognise the fault, never the whole of a hostile line.
    return QString::fromLatin1(text.first(qMin<qsizetype>(text.size(), 40)).toByteArray());
}

bool hasToken(const QByteArray &list, QByteArrayView token) {
    for (const QByteArray &part : list.split(','))
        if (trimmedOws(part).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

QByteArray FramedRequest::field(const QByteArray &lowerName) const {
    for (const auto &[name, value] : fields)
        if (name == lowerName)
            return value;
    return {};
}

bool FramedRequest::keepAlive() const {
    const QByteArray connection = field("connection");
    if (http10)
        return hasToken(connection, "keep-alive");
    return !hasToken(connection, "close");
}

bool FramedRequest::expectsContinue() const {
    return field("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
}

bool FramedRequest::isUpgrade() const {
    return hasToken(field("upgrade"), "websocket") && hasToken(field("connection"), "upgrade");
}

RequestFramer::RequestFramer(FramingLimits limits)
    : m_limits(limits) {}

void RequestFramer::reset() {
    *this = RequestFramer(m_limits);
}

FramedRequest RequestFramer::takeRequest() {
    return std::exchange(m_request, {});
}

void RequestFramer::refuse(Error error, const QString &detail) {
    if (m_status == Status::Refused)
        return;
    m_status = Status::Refused;
    m_refusal.emplace(error, detail);
}

bool RequestFramer::takeLine(QByteArray &input, QByteArray &line, qsizetype limit,
                             const char *what) {
    const qsizetype newline = input.indexOf('\n');
    const qsizetype taken = newline < 0 ? input.size() : newline + 1;
    if (m_pending.size() + taken > limit) {
        refuse(
            Error::InvalidRequest,
            QStringLiteral("the %1 is longer than %2 bytes").arg(QLatin1String(what)).arg(limit));
        return false;
    }
    m_pending += QByteArrayView(input).first(taken);
    input.remove(0, taken);
    if (newline < 0)
        return false;
    line = std::exchange(m_pending, {});
    if (line.size() < 2 || line[line.size() - 2] != '\r') {
        refuse(Error::InvalidRequest,
               QStringLiteral("a line of the %1 ends in LF without CR").arg(QLatin1String(what)));
        return false;
    }
    line.chop(2);
    if (line.contains('\r')) {
        refuse(Error::InvalidRequest,
               QStringLiteral("the %1 holds a CR outside a line end").arg(QLatin1String(what)));
        return false;
    }
    return true;
}

void RequestFramer::parseRequestLine(const QByteArray &line) {
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]))
        return refuse(Error::InvalidRequest,
                      QStringLiteral("the request line is not 'METHOD /target HTTP/1.1': '%1'")
                          .arg(quoted(line)));
    const QByteArray &target = parts[1];
    if (!target.startsWith('/'))
        return refuse(Error::InvalidRequest,
                      QStringLiteral("the request target must be a path starting with '/'"));
    for (const char c : target)
        if (c <= 0x20 || c >= 0x7f || c == '#')
            return refuse(Error::InvalidRequest,
                          QStringLiteral("the request target holds a character that must be "
                                         "percent-encoded"));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return refuse(Error::InvalidRequest,
                      QStringLiteral("only HTTP/1.1 and HTTP/1.0 are spoken here, not '%1'")
                          .arg(quoted(parts[2])));
    m_request.method = parts[0];
    m_request.target = target;
    m_request.http10 = parts[2] == "HTTP/1.0";
}

void RequestFramer::parseField(const QByteArray &line) {
    const qsizetype colon = line.indexOf(':');
    // A name must be a token right up to the colon: that also refuses folded lines (which
    // start with white space) and white space before the colon (RFC 9112 §5.1).
    if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
        return refuse(
            Error::InvalidRequest,
            QStringLiteral("a header field is not 'Name: value': '%1'").arg(quoted(line)));
    const QByteArray value = trimmedOws(QByteArrayView(line).sliced(colon + 1));
    if (!isFieldValue(value))
        return refuse(Error::InvalidRequest,
                      QStringLiteral("the header field '%1' holds a control character")
                          .arg(quoted(line.left(colon))));
    if (m_request.fields.size() >= m_limits.maxHeaderFields)
        return refuse(Error::InvalidRequest, QStringLiteral("the request has more than %1 header "
                                                            "fields")
                                                 .arg(m_limits.maxHeaderFields));
    const QByteArray name = line.left(colon).toLower();
    if ((name == "content-length" || name == "transfer-encoding" || name == "host") &&
        !m_request.field(name).isNull())
        return refuse(Error::InvalidRequest,
                      QStringLiteral("the header field '%1' is given more than once")
                          .arg(QLatin1String(name)));
    m_request.fields.emplaceBack(name, value.isNull() ? QByteArray("") : value);
}

void RequestFramer::decideBodyLength() {
    const QByteArray length = m_request.field("content-length");
    const QByteArray coding = m_request.field("transfer-encoding");
    if (!m_request.http10 && m_request.field("host").isNull())
        return refuse(Error::InvalidRequest,
                      QStringLiteral("an HTTP/1.1 request must have a Host field"));
    if (!length.isNull() && !coding.isNull())
        return refuse(Error::InvalidRequest,
                      QStringLiteral("a request may not have both Content-Length and "
                                     "Transfer-Encoding"));
    if (!coding.isNull()) {
        if (m_request.http10)
            return refuse(Error::InvalidRequest,
                          QStringLiteral("Transfer-Encoding is not allowed in HTTP/1.0"));
        if (coding.compare("chunked", Qt::CaseInsensitive) != 0)
            return refuse(Error::InvalidRequest,
                          QStringLiteral("the only transfer coding accepted is 'chunked', not "
                                         "'%1'")
                              .arg(quoted(coding)));
        m_phase = Phase::ChunkSize;
        return;
    }
    if (length.isNull()) {
        m_phase = Phase::Done;
        return;
    }
    if (!isDigits(length) || length.size() > kMaxContentLengthDigits)
        return refuse(Error::InvalidRequest,
                      QStringLiteral("Content-Length must be a decimal number of at most %1 "
                                     "digits, not '%2'")
                          .arg(kMaxContentLengthDigits)
                          .arg(quoted(length)));
    m_remaining = length.toLongLong();
    if (m_remaining > m_limits.maxBodyBytes)
        return refuse(Error::RequestTooLarge,
                      QStringLiteral("the body has %1 bytes; the limit is %2")
                          .arg(m_remaining)
                          .arg(m_limits.maxBodyBytes));
    m_request.body.reserve(static_cast<qsizetype>(m_remaining));
    m_phase = m_remaining == 0 ? Phase::Done : Phase::FixedBody;
}

void RequestFramer::parseChunkSize(const QByteArray &line) {
    qsizetype digits = 0;
    qint64 size = 0;
    while (digits < line.size() && hexDigitValue(line[digits]) >= 0) {
        if (digits == kMaxChunkSizeDigits)
            return refuse(Error::InvalidRequest,
                          QStringLiteral("a chunk size has more than %1 hex digits")
                              .arg(kMaxChunkSizeDigits));
        size = size * 16 + hexDigitValue(line[digits]);
        ++digits;
    }
    // Extensions (";name=value") are allowed after optional white space and ignored.
    const QByteArray rest = trimmedOws(QByteArrayView(line).sliced(digits));
    if (digits == 0 || (!rest.isEmpty() && !rest.startsWith(';')))
        return refuse(
            Error::InvalidRequest,
            QStringLiteral("a chunk size must be hex digits, not '%1'").arg(quoted(line)));
    if (size == 0) {
        m_phase = Phase::Trailer;
        m_headBytes = 0;
        return;
    }
    if (size > m_limits.maxBodyBytes - m_request.body.size())
        return refuse(Error::RequestTooLarge,
                      QStringLiteral("the chunked body passes the limit of %1 bytes")
                          .arg(m_limits.maxBodyBytes));
    m_request.body.reserve(m_request.body.size() + static_cast<qsizetype>(size));
    m_remaining = size;
    m_phase = Phase::ChunkData;
}

RequestFramer::Status RequestFramer::feed(QByteArray &input) {
    QByteArray line;
    while (m_status == Status::NeedMore && !input.isEmpty()) {
        switch (m_phase) {
        case Phase::Head:
            if (!takeLine(input, line, m_limits.maxHeadBytes - m_headBytes, "request head"))
                break;
            m_headBytes += line.size() + 2;
            if (m_request.method.isEmpty()) {
                // RFC 9112 §2.2: ignore a few empty lines before the request line.
                if (line.isEmpty() && m_headBytes <= 2 * kMaxLeadingEmptyLines)
                    break;
                parseRequestLine(line);
            } else if (line.isEmpty()) {
                decideBodyLength();
            } else {
                parseField(line);
            }
            break;
        case Phase::FixedBody:
        case Phase::ChunkData: {
            const auto take = static_cast<qsizetype>(qMin<qint64>(m_remaining, input.size()));
            m_request.body += QByteArrayView(input).first(take);
            input.remove(0, take);
            m_remaining -= take;
            if (m_remaining == 0)
                m_phase = m_phase == Phase::FixedBody ? Phase::Done : Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkSize:
            if (takeLine(input, line, kMaxChunkSizeLine, "chunk size line"))
                parseChunkSize(line);
            break;
        case Phase::ChunkDataEnd: {
            const qsizetype take = qMin(2 - m_pending.size(), input.size());
            m_pending += QByteArrayView(input).first(take);
            input.remove(0, take);
            if (!QByteArrayView("\r\n").startsWith(m_pending))
                refuse(Error::InvalidRequest,
                       QStringLiteral("a chunk is longer than its size says"));
            else if (m_pending.size() == 2) {
                m_pending.clear();
                m_phase = Phase::ChunkSize;
            }
            break;
        }
        case Phase::Trailer:
            // Trailer fields are checked like header fields, limited like a head, and ignored.
            if (!takeLine(input, line, m_limits.maxHeadBytes - m_headBytes, "trailer"))
                break;
            m_headBytes += line.size() + 2;
            if (line.isEmpty())
                m_phase = Phase::Done;
            else if (const qsizetype colon = line.indexOf(':');
                     colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
                refuse(Error::InvalidRequest, QStringLiteral("a trailer field is not 'Name: "
                                                             "value'"));
            break;
        case Phase::Done:
            break;
        }
        if (m_phase == Phase::Done)
            break;
    }
    if (m_status == Status::NeedMore && m_phase == Phase::Done)
        m_status = Status::Complete;
    return m_status;
}

} // namespace vaultlink::server
