// docs/api.md §4, the server's table of refusals and the client's must name the same codes: a
// code one side knows and another does not is a user told "refused (some-code)" or a branch
// never taken.
#include "server/common/refusal.h"
#include "src/profiles/refusal_kinds.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <gtest/gtest.h>

namespace vaultlink {
namespace {

// Code → HTTP status, from the "Error codes" table of docs/api.md.
QMap<QString, int> documentedCodes() {
    QFile file(QStringLiteral(VAULTLINK_SOURCE_DIR "/docs/api.md"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text)) << "docs/api.md";
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(QLatin1String("### Error codes"));
    const qsizetype end = text.indexOf(QLatin1String("\n## "), start);
    EXPECT_GE(start, 0) << "docs/api.md has no \"### Error codes\" section";
    static const QRegularExpression row(QStringLiteral("^\\| `([a-z-]+)` \\| (\\d{3}) \\|"),
                                        QRegularExpression::MultilineOption);
    QMap<QString, int> codes;
    auto rows = row.globalMatch(text.mid(start, end - start));
    while (rows.hasNext()) {
        const auto match = rows.next();
        codes.insert(match.captured(1), match.captured(2).toInt());
    }
    return codes;
}

QMap<QString, int> serverCodes() {
    QMap<QString, int> codes;
    for (int e = 0; e <= static_cast<int>(server::Error::Internal); ++e) {
        const server::ErrorInfo &info = server::errorInfo(static_cast<server::Error>(e));
        codes.insert(QString::fromLatin1(info.code), info.status);
    }
    return codes;
}

QSet<QString> clientCodes() {
    QSet<QString> codes;
    for (const RefusalKind &entry : refusalKinds())
        codes.insert(entry.code);
    return codes;
}

QStringList missing(const QSet<QString> &from, const QSet<QString> &in) {
    QStringList names = (from - in).values();
    names.sort();
    return names;
}

QString list(const QStringList &names) {
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

TEST(ErrorCodes, TheDocumentTheServerAndTheClientNameTheSameCodes) {
    const QMap<QString, int> documented = documentedCodes();
    const QSet<QString> docs(documented.keyBegin(), documented.keyEnd());
    const QMap<QString, int> served = serverCodes();
    const QSet<QString> server(served.keyBegin(), served.keyEnd());
    const QSet<QString> client = clientCodes();
    ASSERT_GE(docs.size(), 30) << "the table of docs/api.md was not found whole";
    EXPECT_TRUE(missing(server, docs).isEmpty())
        << "served but not documented: " << list(missing(server, docs)).toStdString();
    EXPECT_TRUE(missing(docs, server).isEmpty())
        << "documented but never served: " << list(missing(docs, server)).toStdString();
    EXPECT_TRUE(missing(server, client).isEmpty())
        << "served but unknown to the client: " << list(missing(server, client)).toStdString();
    EXPECT_TRUE(missing(client, server).isEmpty()) << "in the client's table but never served: "
                                                   << list(missing(client, server)).toStdString();
}

TEST(ErrorCodes, TheDocumentGivesEachCodeTheServersStatus) {
    const QMap<QString, int> documented = documentedCodes();
    const QMap<QString, int> served = serverCodes();
    for (auto code = served.cbegin(); code != served.cend(); ++code) {
        if (documented.contains(code.key())) {
            EXPECT_EQ(documented.value(code.key()), code.value()) << code.key().toStdString();
        }
    }
}

} // namespace
} // namespace vaultlink
