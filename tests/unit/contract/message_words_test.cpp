// Every message the core can give (src/base/message_catalog.h) has words in both front ends,
// with a place for each of its arguments, and the app's words are translated into German. The
// app's words never give the command line's advice.
#include "src/base/message_catalog.h"
#include "src/cli/messages.h"
#include "src/ui/messages.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace vaultlink {
namespace {

// The %N placeholders of a sentence.
QSet<int> placeholders(const QString &sentence) {
    static const QRegularExpression marker(QStringLiteral("%(\\d)"));
    QSet<int> found;
    auto matches = marker.globalMatch(sentence);
    while (matches.hasNext())
        found.insert(matches.next().captured(1).toInt());
    return found;
}

// A sentence fits its entry when it places every argument, and at most one more (the inner
// message, for the entries that have one).
void expectFits(const CatalogEntry &entry, const QString &sentence, const char *side) {
    const QString key = entry.key;
    ASSERT_FALSE(sentence.isEmpty()) << side << " has no words for " << key.toStdString();
    const QSet<int> used = placeholders(sentence);
    for (int n = 1; n <= entry.arguments; ++n)
        EXPECT_TRUE(used.contains(n)) << side << " " << key.toStdString() << " drops %" << n;
    for (const int n : used)
        EXPECT_LE(n, entry.arguments + 1)
            << side << " " << key.toStdString() << " has an argument %" << n << " too many";
}

TEST(MessageWords, TheCommandLineHasWordsForEveryMessage) {
    const MessageWords words = cli::englishWords();
    for (const CatalogEntry &entry : messageCatalog())
        expectFits(entry, words.sentence(entry.key), "vaultlink-cli");
}

TEST(MessageWords, TheAppHasWordsForEveryMessageAndNoneOfTheCommandLines) {
    static const QRegularExpression commandLine(QStringLiteral("--[a-z]|vaultlink-cli|'sync'"));
    for (const CatalogEntry &entry : messageCatalog()) {
        const char *source = ui::sourceText(entry.key);
        ASSERT_NE(source, nullptr) << "the app has no words for " << entry.key.data();
        const QString sentence = QString::fromUtf8(source);
        expectFits(entry, sentence, "the app");
        EXPECT_FALSE(sentence.contains(commandLine))
            << entry.key.data() << " gives command-line advice: " << source;
    }
}

// source → translation of the context "Messages" in a .ts file; unfinished ones are left out.
QHash<QString, QString> translations(const QString &file) {
    QFile ts(file);
    EXPECT_TRUE(ts.open(QIODevice::ReadOnly)) << file.toStdString();
    QXmlStreamReader xml(&ts);
    QHash<QString, QString> found;
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") &&
                 context == QLatin1String("Messages")) {
            const bool finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (finished && !text.isEmpty())
                found.insert(source, text);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return found;
}

TEST(MessageWords, EveryMessageOfTheAppIsTranslatedIntoGermanWithItsPlaceholders) {
    const QHash<QString, QString> german =
        translations(QStringLiteral(VAULTLINK_SOURCE_DIR "/i18n/vaultlink_de.ts"));
    for (const CatalogEntry &entry : messageCatalog()) {
        const QString source = QString::fromUtf8(ui::sourceText(entry.key));
        const auto found = german.constFind(source);
        ASSERT_NE(found, german.constEnd()) << "no German for " << entry.key.data();
        EXPECT_EQ(placeholders(*found), placeholders(source)) << entry.key.data();
    }
}

TEST(MessageWords, EachFrontEndSaysAFailureWithItsOwnAdvice) {
    const Message missingCode(msg::MfaCodeMissing);
    EXPECT_TRUE(cli::say(missingCode).contains(QLatin1String("--otp")));
    EXPECT_FALSE(ui::say(missingCode).contains(QLatin1String("--otp")));
    const Message nested(msg::FirstSyncIncomplete, {QStringLiteral("work")},
                         Message(msg::ConnectionLost, {QStringLiteral("vault.example")}));
    for (const QString &text : {cli::say(nested), ui::say(nested)}) {
        EXPECT_TRUE(text.contains(QLatin1String("\"work\""))) << text.toStdString();
        EXPECT_TRUE(text.contains(QLatin1String("vault.example"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QLatin1Char('%'))) << text.toStdString();
    }
}

} // namespace
} // namespace vaultlink
