import QtQuick
import QtQuick.Controls
import QtTest
import Vaultlink
import VaultlinkTest

// The pages with the real view-models over the real core (ViewModels, made by main.cpp), one
// after another as a user goes: link, list the profile, unlock, search, tabs.
TestCase {
    name: "Pages"
    when: windowShown
    visible: true
    width: 360
    height: 640

    readonly property LinkViewModel link: ViewModels.link
    readonly property UnlockViewModel unlock: ViewModels.unlock
    readonly property BiometricViewModel biometrics: ViewModels.biometrics
    readonly property VaultViewModel vault: ViewModels.vault

    Component { id: linkPage; LinkPage { width: 360; height: 640 } }
    Component { id: unlockPage; UnlockPage { width: 360; height: 640 } }
    Component { id: profilesPage; ProfilesPage { width: 360; height: 640 } }
    Component { id: vaultPage; VaultPage { width: 360; height: 640 } }

    function createLinkPage() {
        return createTemporaryObject(linkPage, this, {
            viewModel: link, cameraAccess: ViewModels.cameraAccess,
            standInCamera: ViewModels.standInCamera
        })
    }

    function init() {
        link.reset()
        Server.totp = false
    }

    function test_1_aPlainHttpAddressIsRefusedWithItsReason() {
        const page = createLinkPage()
        findChild(page, "addressField").text = "http://vault.example"
        mouseClick(findChild(page, "lookUp"))
        compare(link.errorCode, "address")
        verify(findChild(page, "errorText").visible)
        compare(link.step, LinkViewModel.Start)
    }

    function test_2_linkingByHandWalksThroughTheSteps() {
        const page = createLinkPage()
        findChild(page, "addressField").text = "vault.example"
        mouseClick(findChild(page, "lookUp"))
        tryCompare(link, "step", LinkViewModel.Database, 10000)
        verify(!findChild(page, "addressField").visible, "the first step stayed on screen")
        link.chooseDatabase("demo")
        compare(link.step, LinkViewModel.Credentials)
        verify(findChild(page, "userField").visible)
        findChild(page, "userField").text = "alice"
        const password = findChild(page, "passwordField")
        password.text = "secret-pass"
        findChild(page, "profileNameField").text = "work"
        mouseClick(findChild(page, "linkButton"))
        compare(password.text, "", "the password field is cleared once handed over")
        tryCompare(link, "step", LinkViewModel.Done, 20000)
        compare(link.linkedProfile, "work")
        ViewModels.profiles.reload()
        compare(ViewModels.profiles.count, 1)
    }

    function test_3_theProfilesPageListsTheLinkedProfile() {
        const page = createTemporaryObject(profilesPage, this, { viewModel: ViewModels.profiles })
        const list = findChild(page, "profileList")
        compare(list.count, 1)
    }

    function test_4_unlockNeedsAPasswordAndOpensTheVault() {
        const page = createTemporaryObject(unlockPage, this, { viewModel: unlock, biometrics: biometrics })
        unlock.profileName = "work"
        // The second factor that "Connect to continue" may ask for has its dialog.
        compare(findChild(page, "secondFactorLoader").status, Loader.Ready)
        const button = findChild(page, "unlockButton")
        verify(!button.enabled)
        findChild(page, "passwordField").text = "secret-pass"
        verify(button.enabled)
        mouseClick(button)
        tryCompare(vault, "open", true, 10000)
        compare(vault.syncStatus.recordCount, 30)
    }

    function test_5_theVaultSearchesAsYouType() {
        const page = createTemporaryObject(vaultPage, this, { viewModel: vault })
        const list = findChild(page, "recordList")
        compare(list.count, 30)
        verify(findChild(page, "syncStatus").text.startsWith("30 "), findChild(page, "syncStatus").text)
        const search = findChild(page, "searchField")
        mouseClick(search)
        for (const c of "site 29")
            keyClick(c)
        compare(vault.searchText, "site 29")
        compare(list.count, 1)
        vault.searchText = ""
        mouseClick(findChild(page, "lockButton"))
        compare(vault.open, false)
        compare(list.count, 0)
    }

    function test_6_unitTabsAreAddedFromTheMenuAndClosed() {
        unlock.profileName = "work"
        unlock.unlock("secret-pass")
        tryCompare(vault, "open", true, 10000)
        const page = createTemporaryObject(vaultPage, this, { viewModel: vault })
        compare(vault.tabs.length, 2)
        mouseClick(findChild(page, "addTab"))
        const menu = findChild(page, "unitMenu")
        tryCompare(menu, "opened", true)
        const item = menu.itemAt(0)
        compare(item.text, "IT")
        mouseClick(item)
        compare(vault.tabs.length, 3)
        compare(vault.currentTab, 2)
        tryVerify(() => findChild(page, "closeTab_2") && findChild(page, "closeTab_2").visible)
        verify(!findChild(page, "closeTab_1").visible, "the Personal tab offered to close")
        mouseClick(findChild(page, "tab_1"), 8, 8)
        compare(vault.currentTab, 1)
        compare(findChild(page, "recordList").count, 30)
        mouseClick(findChild(page, "tab_2"), 8, 8) // on its title, not on its close button
        compare(vault.currentTab, 2)
        compare(findChild(page, "recordList").count, 0) // no record of the unit IT here
        mouseClick(findChild(page, "closeTab_2"))
        compare(vault.tabs.length, 2)
        compare(vault.currentTab, 1)
        vault.lock()
    }

    function test_7_theSecondFactorIsAskedInItsDialog() {
        Server.totp = true
        const page = createLinkPage()
        findChild(page, "addressField").text = "vault.example"
        mouseClick(findChild(page, "lookUp"))
        tryCompare(link, "step", LinkViewModel.Database, 10000)
        link.chooseDatabase("demo")
        findChild(page, "userField").text = "alice"
        findChild(page, "passwordField").text = "secret-pass"
        findChild(page, "profileNameField").text = "second"
        mouseClick(findChild(page, "linkButton"))
        const dialog = findChild(page, "secondFactorDialog")
        tryCompare(dialog, "opened", true, 10000)
        compare(link.step, LinkViewModel.Otp)
        verify(findChild(page, "secondFactorCode").visible)

        // Cancelling gives the login up: back to the credentials, and why.
        mouseClick(findChild(page, "secondFactorCancel"))
        tryCompare(link, "step", LinkViewModel.Credentials, 10000)
        tryCompare(dialog, "visible", false)
        verify(findChild(page, "errorText").visible)
        compare(findChild(page, "userField").text, "alice", "what was typed was lost")

        findChild(page, "passwordField").text = "secret-pass"
        mouseClick(findChild(page, "linkButton"))
        tryCompare(dialog, "opened", true, 10000)
        // A wrong code is said in the dialog, which asks again.
        findChild(page, "secondFactorCode").forceActiveFocus()
        for (const c of "654321")
            keyClick(c)
        keyClick(Qt.Key_Return)
        tryCompare(findChild(page, "secondFactorRetry"), "visible", true, 10000)
        compare(link.step, LinkViewModel.Otp)
        findChild(page, "secondFactorCode").forceActiveFocus()
        for (const c of "123456")
            keyClick(c)
        keyClick(Qt.Key_Return)
        tryCompare(link, "step", LinkViewModel.Done, 20000)
        verify(!dialog.visible)
        compare(link.linkedProfile, "second")
        Server.totp = false
    }

    function test_8_aPushIsWaitedForAndCancelledAndAPinIsChosenInstead() {
        Server.mfaMethods = ["push", "pin", "fido"]
        Server.approval = "wait"
        const page = createLinkPage()
        findChild(page, "addressField").text = "vault.example"
        mouseClick(findChild(page, "lookUp"))
        tryCompare(link, "step", LinkViewModel.Database, 10000)
        link.chooseDatabase("demo")
        findChild(page, "userField").text = "CORP\\alice"
        findChild(page, "passwordField").text = "secret-pass"
        findChild(page, "profileNameField").text = "third"
        mouseClick(findChild(page, "linkButton"))
        const dialog = findChild(page, "secondFactorDialog")
        tryCompare(dialog, "opened", true, 10000)
        const bridge = link.secondFactor
        compare(bridge.methods.length, 3)
        // No code field for a push; the server's first method is chosen first.
        tryVerify(() => findChild(dialog.contentItem, "method_push") !== null)
        verify(findChild(dialog.contentItem, "method_push").checked)
        verify(!findChild(page, "secondFactorCode").visible)
        mouseClick(findChild(page, "secondFactorContinue"))
        tryCompare(bridge, "phase", SecondFactorBridge.Waiting, 10000)
        verify(findChild(page, "secondFactorWaiting").text.indexOf("the test's Account page") >= 0)
        verify(bridge.secondsLeft > 0)
        // Cancelled while waiting: asked again, and told why.
        mouseClick(findChild(page, "secondFactorStop"))
        tryCompare(bridge, "phase", SecondFactorBridge.Choose, 10000)
        verify(findChild(page, "secondFactorRetry").visible)
        // The PIN instead.
        mouseClick(findChild(dialog.contentItem, "method_pin"))
        tryVerify(() => findChild(page, "secondFactorCode").visible)
        findChild(page, "secondFactorCode").forceActiveFocus()
        for (const c of "2468")
            keyClick(c)
        keyClick(Qt.Key_Return)
        tryCompare(link, "step", LinkViewModel.Done, 20000)
        compare(link.linkedProfile, "third")
        Server.mfaMethods = []
        Server.approval = "approve"
    }
}
