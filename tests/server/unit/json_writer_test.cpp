#include "server/common/timefmt.h"
#include "server/vault/json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <limits>

using namespace vaultlink::server;

namespace {

QByteArray quoted(const QString &text) {
    QByteArray out;
    appendJsonString(out, text);
    return out;
}

QString units(std::initializer_list<char16_t> list) {
    QString out;
    for (const char16_t unit : list)
        out.append(QChar(unit));
    return out;
}

// The string a JSON reader gets back from `json`, a JSON string.
QString readBack(const QByteArray &json) {
    return QJsonDocument::fromJson("[" + json + "]").array().at(0).toString();
}

} // namespace

TEST(JsonString, EscapesWhatJsonRequiresAndWritesTheRestAsUtf8) {
    const std::pair<QString, QByteArray> cases[] = {
        {QString(), "\"\""},
        {QStringLiteral("plain text"), "\"plain text\""},
        {QStringLiteral("say \"hi\""), "\"say \\\"hi\\\"\""},
        {QStringLiteral("C:\\dir"), "\"C:\\\\dir\""},
        {QStringLiteral("a/b"), "\"a/b\""},
        {QStringLiteral("line\nbreak\ttab\rreturn"), "\"line\\u000abreak\\u0009tab\\u000dreturn\""},
        {units({0x0000, 0x0001, 0x001f, 0x0020, 0x007f}),
         QByteArray("\"\\u0000\\u0001\\u001f \x7f\"")},
        {units({0x00e9}), "\"\xc3\xa9\""},                     // é
        {units({0x07ff, 0x0800}), "\"\xdf\xbf\xe0\xa0\x80\""}, // 2- and 3-byte edges
        {units({0x20ac, 0xfffd, 0xffff}), "\"\xe2\x82\xac\xef\xbf\xbd\xef\xbf\xbf\""},
        {units({0xd83d, 0xde00}), "\"\xf0\x9f\x98\x80\""}, // 😀, a surrogate pair
        {units({0xdbff, 0xdfff}), "\"\xf4\x8f\xbf\xbf\""}, // U+10FFFF
        // Lone surrogates have no UTF-8: escaped, as QJsonDocument writes them.
        {units({u'a', 0xd800}), "\"a\\ud800\""},
        {units({0xdc00, u'b'}), "\"\\udc00b\""},
        {units({0xd800, u'x', 0xdbff}), "\"\\ud800x\\udbff\""},
        {units({0xde00, 0xd83d}), "\"\\ude00\\ud83d\""}, // a pair the wrong way round
        {units({0xd83d, 0xd83d, 0xde00}), "\"\\ud83d\xf0\x9f\x98\x80\""},
    };
    for (const auto &[text, expected] : cases) {
        const QByteArray written = quoted(text);
        EXPECT_EQ(written, expected) << text.toStdString();
        EXPECT_TRUE(QByteArrayView(written).isValidUtf8()) << text.toStdString();
        EXPECT_EQ(readBack(written), text) << "read back unchanged: " << text.toStdString();
    }
}

TEST(JsonString, AnyUtf16ReadsBackUnchangedAndAsQtWritesIt) {
    QRandomGenerator random(17);
    // Units from every range that matters: ASCII, controls, 2- and 3-byte, both surrogate halves.
    const char16_t pool[] = {u'a',   u'"',   u'\\',  0x01,   0x1f,   0x7f,   0x80,   0x7ff, 0x800,
                             0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffe, 0xffff};
    for (int round = 0; round < 2000; ++round) {
        QString text;
        const int length = static_cast<int>(random.bounded(12));
        for (int i = 0; i < length; ++i)
            text.append(QChar(pool[random.bounded(static_cast<quint32>(std::size(pool)))]));
        const QByteArray written = quoted(text);
        ASSERT_TRUE(QByteArrayView(written).isValidUtf8()) << written.toHex().toStdString();
        ASSERT_EQ(readBack(written), text) << written.toHex().toStdString();
        const QByteArray byQt = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        ASSERT_EQ(readBack(written), QJsonDocument::fromJson(byQt).array().at(0).toString());
    }
}

TEST(JsonWriter, PlacesCommasAndNamesInNestedValues) {
    QByteArray out;
    JsonWriter json(out);
    json.beginObject()
        .name("a")
        .beginArray()
        .integer(1)
        .integer(-9007199254740993)
        .boolean(true)
        .boolean(false)
        .null()
        .beginObject()
        .name("b")
        .string(u"c")
        .endObject()
        .beginArray()
        .endArray()
        .endArray()
        .name("e")
        .beginObject()
        .endObject()
        .name(QStringView(u"k\"ey"))
        .time(0)
        .name("raw")
        .raw("{\"x\":1}")
        .endObject();
    EXPECT_EQ(out,
              QByteArray("{\"a\":[1,-9007199254740993,true,false,null,{\"b\":\"c\"},[]],"
                         "\"e\":{},\"k\\\"ey\":\"1970-01-01T00:00:00.000Z\",\"raw\":{\"x\":1}}"));
    EXPECT_FALSE(QJsonDocument::fromJson(out).isNull());
}

TEST(IsoTime, TheFastFormMatchesQDateTimeEverywhere) {
    QRandomGenerator random(3);
    QList<qint64> times = {0,
                           -1,
                           1,
                           999,
                           86'399'999,
                           86'400'000,
                           951'782'400'000,     // 2000-02-29
                           4'107'542'400'000,   // 2100-03-01
                           1'795'362'359'776,   // 2026-11-22T15:45:59.776Z
                           -62'135'596'800'000, // 0001-01-01, the first the fast form writes
                           -62'135'596'800'001, // before it: QDateTime's own form
                           253'402'300'799'999, // 9999-12-31T23:59:59.999Z
                           253'402'300'800'000, // year 10000
                           std::numeric_limits<qint64>::min(),
                           std::numeric_limits<qint64>::max()};
    for (int i = 0; i < 20000; ++i)
        times.append(
            static_cast<qint64>(random.bounded(253'402'300'800'000.0 + 62'135'596'800'000.0)) -
            62'135'596'800'000);
    for (const qint64 ms : times) {
        QByteArray fast;
        appendIsoTime(fast, ms);
        ASSERT_EQ(fast, isoTime(ms).toLatin1()) << ms;
    }
}
