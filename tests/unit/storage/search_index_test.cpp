#include "src/storage/record_row.h"
#include "src/storage/search_index.h"
#include "tests/unit/support/doubles.h"
#include "tests/unit/support/test_records.h"

#include <QMap>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace vaultlink;
using vaultlink::testing::TestRecord;

namespace {

// Name order (case-folded, by code point): "bank über" 1, "github" 2, "server notes" 5,
// "visa card" 4, "zeta übung" 6, "ärztekammer" 3.
QList<TestRecord> records() {
    return {
        TestRecord(1)
            .withName(QStringLiteral("Bank \u00DCber"))
            .withUserName(QStringLiteral("J\u00FCrgen"))
            .withPassword(QStringLiteral("secretpw"))
            .withUrl(QStringLiteral("https://bank.example"))
            .withNotes(QStringLiteral("hidden-note"))
            .withTags(QStringList{QStringLiteral("finance")}),
        TestRecord(2)
            .withUnit(7)
            .withName(QStringLiteral("GitHub"))
            .withUserName(QStringLiteral("alice"))
            .withPassword(QStringLiteral("pw-of-alice"))
            .withUrl(QStringLiteral("https://github.com"))
            .withTags(QStringList{QStringLiteral("dev"), QStringLiteral("Shared")}),
        TestRecord(3)
            .withForm(QStringLiteral("website"))
            .withUnit(8)
            .withName(QStringLiteral("\u00C4rztekammer"))
            .withUserName(QStringLiteral("ops"))
            .withUrl(QStringLiteral("https://aerzte.example")),
        TestRecord(4)
            .withForm(QStringLiteral("credit-card"))
            .withName(QStringLiteral("Visa card"))
            .withUserName(QStringLiteral("ALICE CARDHOLDER")) // the card holder: not searched
            .withPassword(QStringLiteral("4111111111111111"))
            .withTags(QStringList{QStringLiteral("finance")}),
        TestRecord(5)
            .withForm(QStringLiteral("note"))
            .withUnit(7)
            .withName(QStringLiteral("Server notes"))
            .withNotes(QStringLiteral("root password here"))
            .withTags(QStringList{QStringLiteral("ops")}),
        TestRecord(6).withUnit(8).withName(QStringLiteral("zeta \u00DCBUNG")),
    };
}

struct Case {
    const char *what;
    QString term;
    Tab tab;
    int limit;
    QList<qint64> expected;
};

void PrintTo(const Case &c, std::ostream *out) {
    *out << c.what;
}

std::vector<Case> cases() {
    const QString decomposedU = QStringLiteral("U\u0308"); // "Ü" as U + combining diaeresis
    return {
        {"name", QStringLiteral("bank"), Tab::all(), -1, {1}},
        {"name in capitals", QStringLiteral("BANK"), Tab::all(), -1, {1}},
        {"mixed case", QStringLiteral("gItHuB"), Tab::all(), -1, {2}},
        {"surrounding blanks trimmed", QStringLiteral("  bank \t"), Tab::all(), -1, {1}},
        {"capital umlaut finds both cases", QStringLiteral("\u00DC"), Tab::all(), -1, {1, 6}},
        {"small umlaut finds both cases", QStringLiteral("\u00FC"), Tab::all(), -1, {1, 6}},
        {"decomposed umlaut", decomposedU, Tab::all(), -1, {1, 6}},
        {"umlaut at the start of a name", QStringLiteral("\u00E4rzte"), Tab::all(), -1, {3}},
        {"user name", QStringLiteral("J\u00DCRGEN"), Tab::all(), -1, {1}},
        {"user name, not card holder", QStringLiteral("alice"), Tab::all(), -1, {2}},
        {"URL", QStringLiteral("github.com"), Tab::all(), -1, {2}},
        {"URL part", QStringLiteral("aerzte.EXAMPLE"), Tab::all(), -1, {3}},
        {"tag", QStringLiteral("shared"), Tab::all(), -1, {2}},
        {"tag on two records", QStringLiteral("finance"), Tab::all(), -1, {1, 4}},
        {"tag and user name", QStringLiteral("ops"), Tab::all(), -1, {5, 3}},
        {"not in the password", QStringLiteral("secretpw"), Tab::all(), -1, {}},
        {"not in a card number", QStringLiteral("4111"), Tab::all(), -1, {}},
        {"not in notes", QStringLiteral("hidden-note"), Tab::all(), -1, {}},
        {"not in a note's text", QStringLiteral("root"), Tab::all(), -1, {}},
        {"not across two fields", QStringLiteral("hubalice"), Tab::all(), -1, {}},
        {"not across two records", QStringLiteral("financegithub"), Tab::all(), -1, {}},
        {"no match", QStringLiteral("zzz"), Tab::all(), -1, {}},
        {"empty term: all in name order", QString(), Tab::all(), -1, {1, 2, 5, 4, 6, 3}},
        {"blank term: all", QStringLiteral("   "), Tab::all(), -1, {1, 2, 5, 4, 6, 3}},
        {"empty term, personal tab", QString(), Tab::personal(), -1, {1, 4}},
        {"empty term, unit tab", QString(), Tab::ofUnit(7), -1, {2, 5}},
        {"empty term, limit", QString(), Tab::all(), 2, {1, 2}},
        {"personal tab", QStringLiteral("finance"), Tab::personal(), -1, {1, 4}},
        {"unit tab", QStringLiteral("e"), Tab::ofUnit(8), -1, {6, 3}},
        {"unit tab excludes others", QStringLiteral("bank"), Tab::ofUnit(7), -1, {}},
        {"unknown unit", QStringLiteral("e"), Tab::ofUnit(99), -1, {}},
        {"limit", QStringLiteral("e"), Tab::all(), 3, {1, 2, 5}},
        {"limit within a tab", QStringLiteral("e"), Tab::ofUnit(8), 1, {6}},
        {"limit zero", QStringLiteral("e"), Tab::all(), 0, {}},
        {"one character", QStringLiteral("a"), Tab::all(), -1, {1, 2, 4, 6, 3}},
    };
}

class SearchIndexTest : public ::testing::TestWithParam<Case> {
protected:
    static void SetUpTestSuite() {
        dir = new QTemporaryDir;
        vaultlink::testing::SeqRandom random;
        mirror = Mirror::open(dir->filePath(QStringLiteral("m.db")), random.secret(32)).release();
        QList<QJsonObject> objects;
        for (const TestRecord &record : records())
            objects.append(record.json());
        mirror->applyPage(objects, {}, QStringLiteral("c"), 10);
        index = new SearchIndex(SearchIndex::build(*mirror));
    }
    static void TearDownTestSuite() {
        delete index;
        delete mirror;
        delete dir;
    }
    static inline QTemporaryDir *dir = nullptr;
    static inline Mirror *mirror = nullptr;
    static inline SearchIndex *index = nullptr;
};

} // namespace

TEST_P(SearchIndexTest, FindsTheExpectedRecordsInNameOrder) {
    const Case &c = GetParam();
    EXPECT_EQ(index->find(c.term, c.tab, c.limit), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Terms, SearchIndexTest, ::testing::ValuesIn(cases()));

TEST(SearchIndex, FoldsCaseAndComposition) {
    EXPECT_EQ(SearchIndex::fold(QStringLiteral("\u00DCBER")), QByteArray("\xC3\xBC"
                                                                         "ber"));
    EXPECT_EQ(SearchIndex::fold(QStringLiteral("U\u0308ber")),
              SearchIndex::fold(QStringLiteral("\u00FCber")));
}

TEST(SearchIndex, FollowsTheMirrorWhenRebuilt) {
    QTemporaryDir dir;
    vaultlink::testing::SeqRandom random;
    auto mirror = Mirror::open(dir.filePath(QStringLiteral("m.db")), random.secret(32));
    EXPECT_EQ(SearchIndex::build(*mirror).size(), 0);
    EXPECT_TRUE(SearchIndex::build(*mirror).find(QString(), Tab::all()).isEmpty());
    mirror->applyPage({TestRecord(1).withName(QStringLiteral("Alpha")).json(),
                       TestRecord(2).withName(QStringLiteral("beta")).json()},
                      {}, QStringLiteral("c"), 2);
    SearchIndex index = SearchIndex::build(*mirror);
    EXPECT_EQ(index.size(), 2);
    EXPECT_EQ(index.find(QStringLiteral("a"), Tab::all()), (QList<qint64>{1, 2}));
    mirror->applyPage({TestRecord(2).withSequence(3).withName(QStringLiteral("Aardvark")).json()},
                      {1}, QStringLiteral("d"), 3);
    index = SearchIndex::build(*mirror);
    EXPECT_EQ(index.find(QStringLiteral("alpha"), Tab::all()), QList<qint64>{});
    EXPECT_EQ(index.find(QStringLiteral("AARD"), Tab::all()), QList<qint64>{2});
}

TEST(SearchIndex, ManyRecordsMatchLikeAPlainScan) {
    // Names long enough that hits fall on every position of the 16-byte blocks.
    QTemporaryDir dir;
    vaultlink::testing::SeqRandom random;
    auto mirror = Mirror::open(dir.filePath(QStringLiteral("m.db")), random.secret(32));
    QList<QJsonObject> page;
    QList<TestRecord> records;
    for (qint64 id = 1; id <= 300; ++id) {
        TestRecord record =
            TestRecord(id)
                .withUnit(id % 2 ? std::optional<qint64>() : std::optional<qint64>(id % 5))
                .withName(QStringLiteral("Rec %1 %2")
                              .arg(id * 7919 % 1000)
                              .arg(QString(static_cast<int>(id % 23), QLatin1Char('x'))))
                .withUserName(QStringLiteral("user%1").arg(id % 17));
        records.append(record);
        page.append(record.json());
    }
    mirror->applyPage(page, {}, QStringLiteral("c"), 300);
    const SearchIndex index = SearchIndex::build(*mirror);
    QList<qint64> nameOrder;
    for (const RecordSummary &row : mirror->list(Tab::all(), 0, -1))
        nameOrder.append(row.id);
    for (const QString &term :
         {QStringLiteral("1"), QStringLiteral("user1"), QStringLiteral("xx 9"),
          QStringLiteral("rec 99"), QStringLiteral("x user16"),
          QStringLiteral("xxxxxxxxxxxxxxxxxxxxxx")}) {
        for (const Tab &tab : {Tab::all(), Tab::personal(), Tab::ofUnit(2)}) {
            QList<qint64> expected;
            for (const qint64 id : nameOrder) {
                const TestRecord &r = records[id - 1];
                const bool inTab = tab.kind == Tab::Kind::All ||
                                   (tab.kind == Tab::Kind::Personal && !r.unit) ||
                                   (tab.kind == Tab::Kind::Unit && r.unit == tab.unit);
                const bool hit = r.name.toLower().contains(term) || r.userName.contains(term);
                if (inTab && hit)
                    expected.append(id);
            }
            EXPECT_EQ(index.find(term, tab), expected) << term.toStdString();
        }
    }
}

// The text of each record as schema 5 stored it (RecordRow::fromJson's `search` column then):
// folded name, user name, URL and tags, the last "tags" field's, each tag as UTF-8 holds it, a
// separator or '\0' inside a value made a space.
QByteArray version5Text(const QJsonObject &record) {
    QString name, userName, url;
    QStringList tags;
    for (const QJsonValue field : record.value(QStringLiteral("fields")).toArray()) {
        const QString key = field[QStringLiteral("key")].toString();
        const QJsonValue value = field[QStringLiteral("value")];
        if (key == QLatin1String("tags")) {
            tags.clear();
            for (const QJsonValue tag : value.toArray())
                tags.append(QString::fromUtf8(tag.toString().toUtf8()));
        } else if (key == QLatin1String("name")) {
            name = value.toString();
        } else if (key == QLatin1String("username")) {
            userName = value.toString();
        } else if (key == QLatin1String("url")) {
            url = value.toString();
        }
    }
    QByteArray search;
    const auto append = [&](const QString &text) {
        QByteArray folded = foldText(text);
        folded.replace('\0', ' ').replace('\x1f', ' ');
        search += folded;
    };
    append(name);
    for (const QString *text : {&userName, &url}) {
        search += '\x1f';
        append(*text);
    }
    for (const QString &tag : std::as_const(tags)) {
        search += '\x1f';
        append(tag);
    }
    return search;
}

TEST(SearchIndex, EachRecordsTextIsTheOneSchema5Stored) {
    // Built now from the columns (or, for a record kept as JSON, from the record), the text must
    // be what the index held before, byte for byte, whatever a value holds.
    const QString nul(QChar(0));
    const QString high(QChar(0xD83D)); // a lone high surrogate
    const QString low(QChar(0xDC00));  // a lone low surrogate
    const QList<TestRecord> tricky = {
        TestRecord(1).withName(QStringLiteral("Stra\u00DFe \u00DCber U\u0308ber")),
        TestRecord(2).withName(
            QStringLiteral("\u0130stanbul \u03A3\u03C3\u03C2 \u01C5 \U0001F511")),
        TestRecord(3).withName("a" + nul + "b\x1f" + "c").withUserName("u\x1fv" + nul),
        TestRecord(4)
            .withName(QStringLiteral("Tags"))
            .withTags({QStringLiteral("x\x1fy"), "n" + nul + "ul",
                       QStringLiteral("\"quoted\" back\\slash"), QStringLiteral("TAB\tTag"),
                       QString(), QStringLiteral("\u00C4rger")}),
        TestRecord(5)
            .withName("Bank " + high)
            .withUserName(low + "user")
            .withUrl("https://x.example/" + high + low.repeated(2)),
        TestRecord(6).withName(QStringLiteral("Lone tag")).withTags({"t" + high, low}),
        TestRecord(7).withName(QString()).withUserName(QStringLiteral("ONLY USER")),
        TestRecord(8)
            .withForm(QStringLiteral("credit-card"))
            .withName(QStringLiteral("Card \u00C5"))
            .withUserName(QStringLiteral("HOLDER")), // not searched: no username field
        TestRecord(9)
            .withName(QStringLiteral("ASCII Only"))
            .withUserName(QStringLiteral("Bob"))
            .withUrl(QStringLiteral("HTTPS://Example.COM/Path"))
            .withTags({QStringLiteral("OPS")}),
    };
    QTemporaryDir dir;
    vaultlink::testing::SeqRandom random;
    auto mirror = Mirror::open(dir.filePath(QStringLiteral("m.db")), random.secret(32));
    QList<QJsonObject> objects;
    QMap<qint64, QByteArray> expected;
    QList<std::pair<QByteArray, qint64>> order;
    for (const TestRecord &record : tricky) {
        objects.append(record.json());
        expected.insert(record.id, version5Text(record.json()));
        order.append({foldText(record.name), record.id});
    }
    mirror->applyPage(objects, {}, QStringLiteral("c"), 10);
    std::sort(order.begin(), order.end());
    const SearchIndex index = SearchIndex::build(*mirror);
    ASSERT_EQ(index.size(), tricky.size());
    for (qsizetype i = 0; i < index.size(); ++i) {
        EXPECT_EQ(index.idAt(i), order[i].second) << "at " << i;
        EXPECT_EQ(index.textAt(i).toByteArray(), expected.value(index.idAt(i)))
            << "record " << index.idAt(i) << ": "
            << index.textAt(i).toByteArray().toHex(' ').toStdString() << " / "
            << expected.value(index.idAt(i)).toHex(' ').toStdString();
    }
    // And the searches find what they found: by a folded piece, never across a separator.
    EXPECT_EQ(index.find(QStringLiteral("STRA\u00DFE"), Tab::all()), QList<qint64>{1});
    EXPECT_EQ(index.find(QStringLiteral("\u00DCber u\u0308ber"), Tab::all()), QList<qint64>{1});
    EXPECT_EQ(index.find(QStringLiteral("x y"), Tab::all()), QList<qint64>{4});
    EXPECT_EQ(index.find(QStringLiteral("a b"), Tab::all()), QList<qint64>{3});
    EXPECT_EQ(index.find(QStringLiteral("holder"), Tab::all()), QList<qint64>{});
    EXPECT_EQ(index.find(QStringLiteral("example.com/path"), Tab::all()), QList<qint64>{9});
}

TEST(FoldText, AsciiTakesTheShortCutWithTheSameResult) {
    QString all;
    for (char16_t c = 1; c < 0x80; ++c)
        all.append(QChar(c));
    const QByteArray expected =
        all.normalized(QString::NormalizationForm_C).toCaseFolded().toUtf8();
    EXPECT_EQ(foldText(all), expected);
    EXPECT_EQ(foldText(QStringLiteral("GitHub Prod")), QByteArray("github prod"));
    EXPECT_EQ(foldText(QString()), QByteArray());
    // One non-ASCII character anywhere takes the whole text the long way.
    EXPECT_EQ(foldText(QStringLiteral("ABC\u00C4")), QByteArray("abc\xC3\xA4"));
    const QString sharpS = QStringLiteral("STRA\u00DFE");
    EXPECT_EQ(foldText(sharpS),
              sharpS.normalized(QString::NormalizationForm_C).toCaseFolded().toUtf8());
}
