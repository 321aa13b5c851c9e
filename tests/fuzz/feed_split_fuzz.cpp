// A change-feed page as the sync cuts it apart without decoding it (src/api/json_split): the
// records go to the mirror as sent, the rest is parsed for the cursor. Checked against Qt's JSON
// parser: when the pieces parse the way the sync parses them, the page parses, and means the
// same; and a page Qt reads and writes out again is cut apart.

#include "src/api/json_split.h"
#include "tests/fuzz/fuzz_target.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vaultlink;

namespace {

std::optional<QJsonObject> objectOf(const QByteArray &text) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

VAULTLINK_FUZZ_TARGET(feed_split) {
    const QByteArray page = fuzz::bytes(data, size);
    const QString member = QStringLiteral("records");
    QString error;
    const std::optional<JsonSplit> split = splitArrayMember(page, member, &error);
    VAULTLINK_FUZZ_CHECK(split.has_value() == error.isEmpty());
    const std::optional<QJsonObject> whole = objectOf(page);

    // A page Qt reads with the member an array is cut apart as Qt writes it out again (the text
    // itself may be refused: it may hold the member twice, which Qt reads as the last one).
    if (whole && whole->value(member).isArray()) {
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QByteArray written = QJsonDocument(*whole).toJson(format);
            const std::optional<JsonSplit> again = splitArrayMember(written, member);
            VAULTLINK_FUZZ_CHECK(again.has_value());
            VAULTLINK_FUZZ_CHECK(again->elements.size() == whole->value(member).toArray().size());
        }
    }
    if (!split)
        return;

    // The sync parses the rest as an object and each record as an object (parseFeedPage,
    // parseFeedRecord); only then has the page been accepted.
    const std::optional<QJsonObject> rest = objectOf(split->rest);
    if (!rest)
        return;
    QJsonArray records;
    for (const QByteArray &element : split->elements) {
        const std::optional<QJsonObject> record = objectOf(element);
        if (!record)
            return;
        VAULTLINK_FUZZ_CHECK(element == element.trimmed());
        records.append(*record);
    }
    VAULTLINK_FUZZ_CHECK(whole.has_value());
    VAULTLINK_FUZZ_CHECK(whole->value(member) == records);
    VAULTLINK_FUZZ_CHECK(rest->value(member) == QJsonArray());
    QJsonObject others = *whole;
    others.remove(member);
    QJsonObject restOthers = *rest;
    restOthers.remove(member);
    VAULTLINK_FUZZ_CHECK(others == restOthers);
}
