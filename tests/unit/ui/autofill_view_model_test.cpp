#include "view_models_fixture.h"

#include <QSignalSpy>

namespace vaultlink::testing {
namespace {

// The desktop's "Matches for a web address" page over the real core.
TEST_F(ViewModels, TheAutofillStandInFindsTheLoginsOfAPageAndForgetsThemOnLock) {
    server.addField(1, QStringLiteral("url"), QStringLiteral("url"),
                    QStringLiteral("https://login.shop.example/"));
    server.addField(2, QStringLiteral("url"), QStringLiteral("url"),
                    QStringLiteral("https://other.example/"));
    server.addField(3, QStringLiteral("url"), QStringLiteral("url"),
                    QStringLiteral("androidapp://com.shop.app"));
    ScriptedAutofillHost &host = *standIns.autofillHost;
    EXPECT_EQ(host.unlocks, 0);
    linkAndUnlock();
    EXPECT_EQ(host.unlocks, 1) << "a form waiting for the unlock goes on";
    ui::AutofillViewModel &autofill = graph.autofill;

    autofill.setAddress(QStringLiteral("https://shop.example/signin"));
    EXPECT_FALSE(autofill.searched());
    autofill.lookUp();
    ASSERT_TRUE(autofill.searched());
    ASSERT_EQ(autofill.matches().size(), 1);
    QVariantMap match = autofill.matches().at(0).toMap();
    EXPECT_EQ(match.value(QStringLiteral("title")).toString(), QStringLiteral("Site 0"));
    EXPECT_EQ(match.value(QStringLiteral("id")).toLongLong(), 1);
    EXPECT_FALSE(match.value(QStringLiteral("insecure")).toBool());
    EXPECT_FALSE(match.contains(QStringLiteral("password")));

    autofill.setAddress(QStringLiteral("http://shop.example/"));
    EXPECT_TRUE(autofill.matches().isEmpty()) << "a new address forgets the old matches";
    autofill.lookUp();
    ASSERT_EQ(autofill.matches().size(), 1);
    EXPECT_TRUE(autofill.matches().at(0).toMap().value(QStringLiteral("insecure")).toBool());

    autofill.setAddress(QStringLiteral("https://evil.example/"));
    autofill.lookUp();
    EXPECT_TRUE(autofill.searched());
    EXPECT_TRUE(autofill.matches().isEmpty());

    autofill.setAddress(QStringLiteral("javascript:alert(1)"));
    autofill.lookUp();
    EXPECT_FALSE(autofill.searched());
    EXPECT_EQ(autofill.error(),
              QStringLiteral("\"javascript:alert(1)\" is not a web address (http or https, with "
                             "a host)."));

    // What a phone's autofill service is told (the same index), through the platform's rules.
    platform::AutofillSource &source = graph.autofillSource;
    EXPECT_TRUE(source.unlocked());
    platform::AutofillQuery page;
    page.webAddress = QStringLiteral("https://shop.example/");
    page.app = {QStringLiteral("com.fake.browser"), {}};
    QList<platform::AutofillOffer> offers = source.offers(page, false);
    ASSERT_EQ(offers.size(), 1);
    EXPECT_EQ(offers.at(0).id, 1);
    EXPECT_TRUE(offers.at(0).confirm) << "an app that is no trusted browser reported the page";
    EXPECT_FALSE(source.offers(page, true).at(0).confirm);
    EXPECT_EQ(platform::answerFill(page, source, {}, QStringLiteral("org.vaultlink.app")).kind,
              platform::AutofillAnswer::Kind::Offers);

    // The login leaves the vault once picked and confirmed, read from the record.
    const QString own = QStringLiteral("org.vaultlink.app");
    EXPECT_EQ(platform::pickFill(page, 1, false, source, {}, own).result,
              platform::AutofillPick::Result::Unconfirmed);
    platform::AutofillPick pick = platform::pickFill(page, 1, true, source, {}, own);
    ASSERT_EQ(pick.result, platform::AutofillPick::Result::Filled);
    EXPECT_EQ(pick.login.userName, QStringLiteral("user1"));
    EXPECT_EQ(pick.login.password.view(), QByteArray("pw-0"));
    EXPECT_EQ(platform::pickFill(page, 2, true, source, {}, own).result,
              platform::AutofillPick::Result::Gone)
        << "a record not offered on this page";

    // An app's screen: confirmed once, its certificate is kept with the record.
    platform::AutofillQuery app;
    app.app = {QStringLiteral("com.shop.app"), {QByteArray(32, 's')}};
    ASSERT_EQ(source.offers(app, false).size(), 1);
    EXPECT_TRUE(source.offers(app, false).at(0).confirm);
    pick = platform::pickFill(app, 3, true, source, {}, own);
    ASSERT_EQ(pick.result, platform::AutofillPick::Result::Filled);
    EXPECT_EQ(pick.login.password.view(), QByteArray("pw-2"));
    EXPECT_FALSE(source.offers(app, false).at(0).confirm) << "the app's certificate was stored";
    app.app.certDigests = {QByteArray(32, 'x')};
    EXPECT_TRUE(source.offers(app, false).isEmpty()) << "the same name, signed by another";

    autofill.setAddress(QStringLiteral("https://shop.example/"));
    autofill.lookUp();
    vault.lock();
    EXPECT_FALSE(source.unlocked());
    EXPECT_EQ(platform::answerFill(page, source, {}, QStringLiteral("org.vaultlink.app")).kind,
              platform::AutofillAnswer::Kind::Unlock);
    EXPECT_EQ(platform::pickFill(page, 1, true, source, {}, own).result,
              platform::AutofillPick::Result::Locked);
    EXPECT_TRUE(autofill.address().isEmpty());
    EXPECT_TRUE(autofill.matches().isEmpty());
    autofill.setAddress(QStringLiteral("https://shop.example/"));
    autofill.lookUp();
    EXPECT_TRUE(autofill.matches().isEmpty()) << "nothing is found with the vault locked";
}

TEST_F(ViewModels, TheAutofillSetupFollowsThePlatform) {
    ScriptedAutofillHost &host = *standIns.autofillHost;
    ui::AutofillViewModel &autofill = graph.autofill;
    EXPECT_EQ(autofill.setup(), ui::AutofillViewModel::Setup::Off);
    QSignalSpy changed(&autofill, &ui::AutofillViewModel::setupChanged);
    autofill.openSetup();
    EXPECT_EQ(host.setupsOpened, 1);
    autofill.refreshSetup();
    EXPECT_EQ(changed.count(), 0) << "the user has not chosen yet";
    host.state = platform::AutofillHost::Setup::On; // chosen in the system's settings
    autofill.refreshSetup();
    EXPECT_EQ(autofill.setup(), ui::AutofillViewModel::Setup::On);
    EXPECT_EQ(changed.count(), 1);
    host.state = platform::AutofillHost::Setup::Unavailable;
    autofill.refreshSetup();
    EXPECT_EQ(autofill.setup(), ui::AutofillViewModel::Setup::Unavailable);
}

} // namespace
} // namespace vaultlink::testing
