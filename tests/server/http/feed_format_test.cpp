#include "server/seed/seed.h"
#include "server/store/settings.h"
#include "tests/server/http/api_fixture.h"
#include "tests/server/support/feed_formats.h"
#include "tests/server/support/inflate.h"

#include <QJsonDocument>
#include <QUrl>

using namespace vaultlink::server;
using namespace vaultlink::server::test;

namespace {

class FeedFormats : public ApiTest {
protected:
    void SetUp() override {
        tokens = loginAlice();
        ASSERT_TRUE(tokens.ok());
    }

    Reply page(const QString &query) {
        return client.get(QStringLiteral("/api/v1/changes?") + query, tokens.access);
    }

    // Every page from `cursor` on, in one format ("format=2" or "" for none).
    QList<QJsonObject> pages(const QString &format, QString cursor, int limit) {
        QList<QJsonObject> out;
        for (int i = 0; i < 100; ++i) {
            QString query = QStringLiteral("limit=%1").arg(limit);
            if (!format.isEmpty())
                query += QLatin1Char('&') + format;
            if (!cursor.isEmpty())
                query += QStringLiteral("&cursor=") +
                         QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const Reply reply = page(query);
            EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
            if (reply.status != 200)
                return out;
            out.append(reply.json());
            cursor = out.last().value(QStringLiteral("cursor")).toString();
            if (!out.last().value(QStringLiteral("more")).toBool())
                return out;
        }
        ADD_FAILURE() << "the feed never ended";
        return out;
    }

    // Format 2 pages say the same as format 1 pages: records converted back as a client does
    // (docs/api.md §7.9), every other member alike.
    void expectSameFeed(const QList<QJsonObject> &full, const QList<QJsonObject> &compact,
                        const QJsonArray &forms, const char *step) {
        ASSERT_EQ(full.size(), compact.size()) << step;
        for (qsizetype i = 0; i < full.size(); ++i) {
            EXPECT_FALSE(full[i].contains(QStringLiteral("format"))) << step;
            EXPECT_EQ(compact[i].value(QStringLiteral("format")).toInt(), 2) << step;
            const QJsonArray fullRecords = full[i].value(QStringLiteral("records")).toArray();
            const QJsonArray records = compact[i].value(QStringLiteral("records")).toArray();
            ASSERT_EQ(records.size(), fullRecords.size()) << step;
            for (qsizetype r = 0; r < records.size(); ++r) {
                const std::optional<QJsonObject> back =
                    fullRecordFromCompact(records[r].toObject(), forms);
                ASSERT_TRUE(back) << step;
                EXPECT_EQ(*back, fullRecords[r].toObject())
                    << step << ": " << QJsonDocument(records[r].toObject()).toJson().toStdString();
            }
            QJsonObject restOfFull = full[i];
            QJsonObject rest = compact[i];
            for (const char *member : {"records", "format"}) {
                restOfFull.remove(QLatin1String(member));
                rest.remove(QLatin1String(member));
            }
            EXPECT_EQ(rest, restOfFull) << step;
        }
    }

    // A GET over a connection of its own, with the Accept-Encoding given (none when null), the
    // answer as sent: its body still encoded.
    Reply rawGet(const QByteArray &path, const char *acceptEncoding,
                 const QString &bearer = QString()) {
        QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!bearer.isEmpty())
            request += "Authorization: Bearer " + bearer.toLatin1() + "\r\n";
        if (acceptEncoding)
            request += QByteArray("Accept-Encoding: ") + acceptEncoding + "\r\n";
        return parseHttp(client.raw(request + "Connection: close\r\n\r\n"));
    }

    Tokens tokens;
};

TEST_F(FeedFormats, FormatTwoSaysWhatFormatOneSays) {
    const Reply other = client.post(QStringLiteral("/api/v1/auth/login"),
                                    loginBody(db, QStringLiteral("alice"), kAlicePassword,
                                              QStringLiteral("phone-2"),
                                              QStringLiteral("Alice's Pixel 8 \"ü\" \\ 😀")));
    ASSERT_EQ(other.status, 200) << other.body.toStdString();
    const QString otherAccess = other.json().value(QStringLiteral("accessToken")).toString();
    const qint64 unit = data().addUnit(db, QStringLiteral("Ops"));
    data().grant(unit, alice, true, true, true, true);

    // Records of every kind: personal and global, with and without a client reference, odd
    // text and tags, changed from another device and by the administrator.
    const auto create = [&](const QJsonObject &body) {
        const Reply reply = createRecord(tokens.access, body);
        EXPECT_EQ(reply.status, 201) << reply.body.toStdString();
        return reply.json().value(QStringLiteral("id")).toInteger();
    };
    const qint64 plain = createLogin(tokens.access, QStringLiteral("plain"));
    const qint64 odd = create(
        {{QStringLiteral("form"), QStringLiteral("note")},
         {QStringLiteral("unit"), unit},
         {QStringLiteral("clientRef"), QStringLiteral("ref-1 \"x\"")},
         {QStringLiteral("fields"),
          QJsonObject{
              {QStringLiteral("name"), QStringLiteral("Zürich – 日本 – 😀")},
              {QStringLiteral("notes"), QStringLiteral("line\nbreak\ttab \x01 \"q\" \\")},
              {QStringLiteral("tags"),
               QJsonArray{QStringLiteral("a\"b"), QStringLiteral("c\\d"), QStringLiteral("é"),
                          QStringLiteral("x\",\"y"), QStringLiteral(" spaced ")}}}}});
    const qint64 card =
        create({{QStringLiteral("form"), QStringLiteral("credit-card")},
                {QStringLiteral("fields"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Visa")},
                             {QStringLiteral("tags"),
                              QJsonArray{QStringLiteral("日本"), QStringLiteral("with space")}}}}});
    data().clock.advanceSeconds(5);
    const Reply patched =
        client.patch(QStringLiteral("/api/v1/records/%1").arg(card),
                     {{QStringLiteral("changes"),
                       QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("number")},
                                              {QStringLiteral("value"), QStringLiteral("4111")},
                                              {QStringLiteral("baseRevision"), 1}}}}},
                     otherAccess);
    ASSERT_EQ(patched.status, 200) << patched.body.toStdString();
    data().clock.advanceSeconds(5);
    server.context->records.set(db, odd, {{QStringLiteral("notes"), QStringLiteral("admin")}});
    server.context->records.set(db, plain, {{QStringLiteral("name"), QStringLiteral("renamed")}});
    for (int i = 0; i < 4; ++i)
        createLogin(otherAccess, QStringLiteral("from the other phone %1").arg(i), unit);

    const QJsonArray forms = client.get(QStringLiteral("/api/v1/forms"), tokens.access)
                                 .json()
                                 .value(QStringLiteral("forms"))
                                 .toArray();
    ASSERT_FALSE(forms.isEmpty());
    const QList<QJsonObject> full = pages(QString(), QString(), 3);
    expectSameFeed(full, pages(QStringLiteral("format=2"), QString(), 3), forms, "initial");
    EXPECT_EQ(full.size(), 3);
    // format=1 is the same as no format, byte for byte.
    EXPECT_EQ(page(QStringLiteral("limit=3&format=1")).body, page(QStringLiteral("limit=3")).body);

    // Incremental: upserts and removals.
    const QString cursor = full.last().value(QStringLiteral("cursor")).toString();
    server.context->records.remove(db, plain);
    data().grant(unit, alice, true, false, false, false); // read stays: nothing leaves
    createLogin(tokens.access, QStringLiteral("later"));
    data().grant(unit, alice, false);
    const QList<QJsonObject> later = pages(QString(), cursor, 2);
    ASSERT_FALSE(later.isEmpty());
    EXPECT_FALSE(later.first().value(QStringLiteral("removed")).toArray().isEmpty());
    expectSameFeed(later, pages(QStringLiteral("format=2"), cursor, 2), forms, "incremental");
}

TEST_F(FeedFormats, FormatAndLimitAreCheckedAndInfoListsTheFormats) {
    for (const char *query : {"format=0", "format=3", "format=02", "format=+2", "format=2.0",
                              "format=", "format=two", "format=%202", "format=2&format=2",
                              "format=1&format=2", "format=-1", "format=99999999999999999999"})
        EXPECT_TRUE(isProblem(page(QString::fromLatin1(query)), 400, "invalid-request")) << query;
    EXPECT_EQ(page(QStringLiteral("format=2")).status, 200);
    EXPECT_EQ(page(QStringLiteral("format=1")).status, 200);

    const QJsonObject info = client.get(QStringLiteral("/api/v1/info")).json();
    EXPECT_EQ(info.value(QStringLiteral("feedFormats")).toArray(), (QJsonArray{1, 2}));
    EXPECT_TRUE(
        info.value(QStringLiteral("features")).toArray().contains(QStringLiteral("compact-feed")));

    // feed-page-max is 5000 by default; the default page stays 500.
    seedRecords(store(), db, alice, 600, data().clock.nowMs());
    const QJsonObject byDefault = page(QStringLiteral("format=2")).json();
    EXPECT_EQ(byDefault.value(QStringLiteral("records")).toArray().size(), 500);
    EXPECT_TRUE(byDefault.value(QStringLiteral("more")).toBool());
    const QJsonObject large = page(QStringLiteral("format=2&limit=5000")).json();
    EXPECT_EQ(large.value(QStringLiteral("records")).toArray().size(), 600);
    EXPECT_FALSE(large.value(QStringLiteral("more")).toBool());
    EXPECT_TRUE(isProblem(page(QStringLiteral("limit=5001")), 400, "invalid-request"));
}

TEST_F(FeedFormats, AnswersAreCompressedAsTheRequestAllows) {
    for (int i = 0; i < 3; ++i)
        createLogin(tokens.access, QStringLiteral("entry %1").arg(i));
    const QByteArray path = "/api/v1/changes?limit=10";
    const Reply identity = rawGet(path, nullptr, tokens.access);
    ASSERT_EQ(identity.status, 200) << identity.body.toStdString();
    ASSERT_GE(identity.body.size(), 1024) << "large enough to be compressed";
    EXPECT_TRUE(identity.header("content-encoding").isEmpty());
    EXPECT_EQ(identity.header("vary"), QByteArray("Accept-Encoding"));
    const QJsonObject expected = QJsonDocument::fromJson(identity.body).object();
    ASSERT_FALSE(expected.isEmpty());

    const std::pair<const char *, const char *> cases[] = {
        {"gzip", "gzip"},
        {"gzip, deflate", "gzip"},
        {"deflate", "deflate"},
        {"gzip;q=0, deflate", "deflate"},
        {"*", "gzip"},
        {"x-gzip", "gzip"},
        {"GZIP;Q=0.5", "gzip"},
        {"identity", ""},
        {"gzip;q=0, *;q=0", ""}, // nothing acceptable: identity all the same, not a refusal
        {"gzip;q=5", ""},        // malformed: as if absent
        {"br", ""},
        {"", ""},
    };
    for (const auto &[accept, coding] : cases) {
        const Reply reply = rawGet(path, accept, tokens.access);
        ASSERT_EQ(reply.status, 200) << accept;
        EXPECT_EQ(reply.header("content-encoding"), QByteArray(coding)) << accept;
        EXPECT_EQ(reply.header("vary"), QByteArray("Accept-Encoding")) << accept;
        EXPECT_EQ(reply.header("content-length").toLongLong(), reply.body.size()) << accept;
        const std::optional<QByteArray> body = decodeBody(reply.body, coding);
        ASSERT_TRUE(body) << accept;
        // The answers differ only in the policy's time, which the fake clock holds still.
        EXPECT_EQ(QJsonDocument::fromJson(*body).object(), expected) << accept;
        if (*coding) {
            EXPECT_LT(reply.body.size(), identity.body.size() / 2) << accept;
        }
    }

    // Small answers go as they are, marked all the same; so do problem documents.
    const Reply info = rawGet("/api/v1/info", "gzip");
    ASSERT_EQ(info.status, 200);
    ASSERT_LT(info.body.size(), 1024);
    EXPECT_TRUE(info.header("content-encoding").isEmpty());
    EXPECT_EQ(info.header("vary"), QByteArray("Accept-Encoding"));
    EXPECT_FALSE(QJsonDocument::fromJson(info.body).isNull());
    const Reply refused = rawGet(path, "gzip");
    EXPECT_EQ(refused.status, 401);
    EXPECT_TRUE(refused.header("content-encoding").isEmpty());
    EXPECT_FALSE(QJsonDocument::fromJson(refused.body).isNull());

    // Qt's network access manager (the client's) asks for gzip by itself and decodes it.
    const Reply viaQt = changes(tokens.access, {}, 10);
    EXPECT_EQ(viaQt.json(), expected);
}

} // namespace
