// The Android autofill service's native side against the recording fake of JNI: what
// AutofillBridge.java hears back for each request, on which thread the vault is asked, and what
// happens to requests while no host (no vault) is there.
#include "fake_android.h"
#include "platform/android/android_autofill_host.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <thread>

namespace vaultlink::testing {
namespace {

using platform::AutofillOffer;
using platform::AutofillQuery;

constexpr auto bridge = "org/vaultlink/app/AutofillBridge";
const QString answerCall =
    QStringLiteral("org/vaultlink/app/AutofillBridge.answer(JLjava/lang/String;)V ");
const QString filledCall =
    QStringLiteral("org/vaultlink/app/AutofillBridge.filled(JILjava/lang/String;[B)V ");

// The open (or locked) vault behind the app, recording the thread each question came on.
class ScriptedVault final : public platform::AutofillSource {
public:
    bool open = false;
    QList<AutofillOffer> answer;
    std::thread::id askedOn;
    QList<qint64> confirmedFor;
    bool unlocked() const override { return open; }
    QList<AutofillOffer> offers(const AutofillQuery &query, bool trustedBrowser) override {
        askedOn = std::this_thread::get_id();
        QList<AutofillOffer> given = answer;
        for (AutofillOffer &offer : given)
            offer.confirm = offer.confirm || (!query.webAddress.isEmpty() && !trustedBrowser);
        return given;
    }
    std::optional<Login> login(qint64 id) override {
        return Login{QStringLiteral("ada"), SecureBuffer::copyOf("pw-" + QByteArray::number(id))};
    }
    void confirmApp(qint64 id, const AppIdentity &) override { confirmedFor.append(id); }
};

QByteArray hex(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A login page as the service reads it: the user name and password fields of a page.
QString pageQuery(const QString &package, const QByteArray &certificate) {
    return QString::fromLatin1(R"({"package":")") + package + R"(","certificates":[")" +
           QString::fromLatin1(certificate) +
           R"("],"fields":[{"htmlType":"email","webDomain":"bank.example","webScheme":"https"},)"
           R"({"htmlType":"password","webDomain":"bank.example","webScheme":"https"}]})";
}

class AndroidAutofillHost : public FakeAndroid {
protected:
    AndroidAutofillHost() {
        java.answer("activity", "getPackageName", QJniObject::fromString("org.vaultlink.app"));
        host = std::make_unique<platform::AndroidAutofillHost>(vault);
    }

    // Java asks on a thread of its own (a binder thread), and goes on at once.
    void javaAsks(jlong request, const QString &query) {
        const QJniObject text = QJniObject::fromString(query);
        std::thread binder([&] {
            EXPECT_TRUE(java.callStaticNative(bridge, "nativeAsk", request, text.object<jstring>()))
                << "nativeAsk is not registered with the signature Java calls";
        });
        binder.join();
    }
    void javaPicks(jlong request, jlong record, const QString &query, bool confirmed) {
        const QJniObject text = QJniObject::fromString(query);
        std::thread binder([&] {
            EXPECT_TRUE(java.callStaticNative(bridge, "nativePick", request, record,
                                              text.object<jstring>(),
                                              static_cast<jboolean>(confirmed)))
                << "nativePick is not registered with the signature Java calls";
        });
        binder.join();
    }

    // The answers Java received since `from`, as JSON, by request.
    QList<std::pair<qint64, QJsonObject>> answers(qsizetype from = 0) const {
        QList<std::pair<qint64, QJsonObject>> found;
        for (const QString &line : java.calls().mid(from)) {
            if (!line.startsWith(answerCall))
                continue;
            const QString rest = line.mid(answerCall.size());
            const qint64 request = rest.section(u',', 0, 0).toLongLong();
            const QString json = rest.section(u',', 1).trimmed();
            found.append(
                {request, QJsonDocument::fromJson(json.mid(1, json.size() - 2).toUtf8()).object()});
        }
        return found;
    }
    QString kindOf(qint64 request) const {
        for (const auto &[id, answer] : answers())
            if (id == request)
                return answer.value(QStringLiteral("kind")).toString();
        return QStringLiteral("(no answer)");
    }

    static void javaRuns() { QCoreApplication::processEvents(); }

    ScriptedVault vault;
    std::unique_ptr<platform::AndroidAutofillHost> host;
    const QByteArray chrome = platform::trustedBrowsers().at(0).certDigests.at(0).toHex();
};

TEST_F(AndroidAutofillHost, RegistersItsNativesAndTellsJavaItIsThere) {
    const QStringList natives = platform::android::fake::JavaWorld::natives();
    EXPECT_TRUE(
        natives.contains("org/vaultlink/app/AutofillBridge.nativeAsk(JLjava/lang/String;)V"))
        << natives.join(u' ').toStdString();
    EXPECT_TRUE(
        natives.contains("org/vaultlink/app/AutofillBridge.nativePick(JJLjava/lang/String;Z)V"));
    EXPECT_TRUE(java.calls().contains("org/vaultlink/app/AutofillBridge.attach()V"));
    host.reset();
    EXPECT_EQ(java.calls().last(), "org/vaultlink/app/AutofillBridge.detach()V");
}

TEST_F(AndroidAutofillHost, ALockedVaultAnswersWithTheUnlockEntryOnQtsThread) {
    javaAsks(1, pageQuery("com.android.chrome", chrome));
    EXPECT_EQ(kindOf(1), "(no answer)") << "the vault is asked on Qt's thread, not Java's";
    javaRuns();
    ASSERT_EQ(answers().size(), 1);
    const QJsonObject answer = answers().at(0).second;
    EXPECT_EQ(answer.value("kind").toString(), "unlock");
    EXPECT_TRUE(answer.value("offers").toArray().isEmpty()) << "a locked vault says nothing";
    EXPECT_EQ(answer.value("userFields").toArray(), QJsonArray{0});
    EXPECT_EQ(answer.value("passwordFields").toArray(), QJsonArray{1});
}

TEST_F(AndroidAutofillHost, AnOpenVaultAnswersWithItsOffers) {
    vault.open = true;
    vault.answer = {{7, QStringLiteral("Bank"), QStringLiteral("ada"), false, false}};
    javaAsks(2, pageQuery("com.android.chrome", chrome));
    javaRuns();
    EXPECT_EQ(vault.askedOn, std::this_thread::get_id());
    ASSERT_EQ(answers().size(), 1);
    const QJsonArray offers = answers().at(0).second.value("offers").toArray();
    ASSERT_EQ(offers.size(), 1);
    EXPECT_EQ(offers.at(0).toObject().value("id").toInteger(), 7);
    EXPECT_EQ(offers.at(0).toObject().value("title").toString(), "Bank");
    EXPECT_FALSE(offers.at(0).toObject().value("confirm").toBool()) << "Chrome, by certificate";
    EXPECT_FALSE(offers.at(0).toObject().contains("password"));
}

TEST_F(AndroidAutofillHost, NoCandidatesAndNoFormsAnswerNothing) {
    vault.open = true;
    javaAsks(3, pageQuery("com.android.chrome", chrome));
    javaRuns();
    vault.answer = {{7, QStringLiteral("Bank"), QStringLiteral("ada"), false, false}};
    javaAsks(4, R"({"package":"com.notes.app","fields":[{"inputType":1,"idEntry":"note"}]})");
    javaAsks(5, pageQuery("org.vaultlink.app", hex("own"))); // the app itself
    javaAsks(6, "not json");
    javaRuns();
    EXPECT_EQ(kindOf(3), "nothing");
    EXPECT_EQ(kindOf(4), "nothing") << "no login field on the screen";
    EXPECT_EQ(kindOf(5), "nothing");
    EXPECT_EQ(kindOf(6), "nothing");
}

TEST_F(AndroidAutofillHost, ABrowserNotOnTheListGetsOffersOnlyWithConfirmation) {
    vault.open = true;
    vault.answer = {{7, QStringLiteral("Bank"), QStringLiteral("ada"), false, false}};
    // Chrome's name, another signer; then a browser nobody listed.
    javaAsks(7, pageQuery("com.android.chrome", hex("someone else")));
    javaAsks(8, pageQuery("com.fake.browser", hex("fake")));
    javaRuns();
    ASSERT_EQ(answers().size(), 2);
    for (const auto &[request, answer] : answers()) {
        SCOPED_TRACE(request);
        EXPECT_EQ(answer.value("kind").toString(), "offers");
        EXPECT_TRUE(answer.value("offers").toArray().at(0).toObject().value("confirm").toBool());
    }
    // The pick without the user's confirmation gets no password.
    javaPicks(9, 7, pageQuery("com.fake.browser", hex("fake")), false);
    javaRuns();
    EXPECT_EQ(java.calls().last(), filledCall + R"(9, 3, "", byte[]#1)");
    EXPECT_EQ(java.bytes("byte[]#1"), QByteArray());
}

TEST_F(AndroidAutofillHost, APickedOfferHandsJavaTheLoginInAnArrayJavaWipes) {
    vault.open = true;
    vault.answer = {{7, QStringLiteral("Bank"), QStringLiteral("ada"), false, false}};
    javaPicks(10, 7, pageQuery("com.android.chrome", chrome), false);
    EXPECT_FALSE(java.calls().last().startsWith(filledCall));
    javaRuns();
    EXPECT_EQ(java.calls().last(), filledCall + R"(10, 0, "ada", byte[]#1)");
    EXPECT_EQ(java.bytes("byte[]#1"), QByteArray("pw-7"))
        << "the array is Java's to overwrite once the dataset holds it";

    javaPicks(11, 8, pageQuery("com.android.chrome", chrome), true); // not offered here
    javaRuns();
    vault.open = false;
    javaPicks(12, 7, pageQuery("com.android.chrome", chrome), true);
    javaRuns();
    const QStringList calls = java.calls();
    EXPECT_EQ(calls.at(calls.size() - 2), filledCall + R"(11, 2, "", byte[]#2)");
    EXPECT_EQ(calls.last(), filledCall + R"(12, 1, "", byte[]#3)") << "locked meanwhile";

    // An app's screen, confirmed by the user: the app's certificate is kept with the record.
    vault.open = true;
    vault.answer[0].confirm = true; // not confirmed for this app before
    javaPicks(13, 7,
              R"({"package":"com.bank.app","certificates":[")" + QString::fromLatin1(hex("bank")) +
                  R"("],"fields":[{"hints":["password"]}]})",
              true);
    javaRuns();
    EXPECT_EQ(java.calls().last(), filledCall + R"(13, 0, "ada", byte[]#4)");
    EXPECT_EQ(vault.confirmedFor, QList<qint64>{7});
}

TEST_F(AndroidAutofillHost, RequestsWithoutAHostAreAnsweredAndNoneRunsLate) {
    javaAsks(20, pageQuery("com.android.chrome", chrome));
    host.reset(); // the app's vault went away with the request on its way
    javaRuns();
    EXPECT_EQ(kindOf(20), "(no answer)") << "Java's own deadline answers it";
    javaAsks(21, pageQuery("com.android.chrome", chrome));
    EXPECT_EQ(kindOf(21), "nothing") << "answered at once, on Java's thread";
}

TEST_F(AndroidAutofillHost, TheUnlockTheSetupAndItsPageGoThroughAndroidsUiThread) {
    const qsizetype before = java.calls().size();
    host->vaultUnlocked();
    host->openSetup();
    EXPECT_EQ(java.calls().size(), before) << "an activity's methods belong to its UI thread";
    EXPECT_EQ(java.runUiThread(), 2);
    EXPECT_EQ(java.calls().mid(before),
              (QStringList{"org/vaultlink/app/AutofillBridge.unlocked(Landroid/app/Activity;)V "
                           "activity",
                           "org/vaultlink/app/AutofillBridge.openSetup(Landroid/app/Activity;)V "
                           "activity"}));

    using Setup = platform::AutofillHost::Setup;
    const std::pair<jint, Setup> states[] = {
        {0, Setup::Unavailable}, {1, Setup::Off}, {2, Setup::On}};
    for (const auto &[state, setup] : states) {
        java.answer(bridge, "setupState", state);
        EXPECT_EQ(host->setup(), setup) << state;
    }
    java.setActivity(QJniObject());
    EXPECT_EQ(host->setup(), Setup::Unavailable) << "no context";
    host->vaultUnlocked();
    EXPECT_EQ(java.runUiThread(), 1);
    EXPECT_FALSE(java.calls().last().contains("unlocked")) << "no activity to move back";
}

} // namespace
} // namespace vaultlink::testing
