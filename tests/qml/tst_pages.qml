import QtQuick
import QtQuick.Controls
import QtTest
import Vaultlink

TestCase {
    name: "Pages"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component { id: linkPage; LinkPage { width: 360; height: 640 } }
    Component { id: unlockPage; UnlockPage { width: 360; height: 640 } }
    Component { id: profilesPage; ProfilesPage { width: 360; height: 640 } }
    Component { id: vaultPage; VaultPage { width: 360; height: 640 } }

    function init() { Link.reset() }

    function test_1_aPlainHttpAddressIsRefusedWithItsReason() {
        const page = createTemporaryObject(linkPage, this)
        findChild(page, "addressField").text = "http://vault.example"
        mouseClick(findChild(page, "lookUp"))
        compare(Link.errorCode, "address")
        verify(findChild(page, "errorText").visible)
        compare(Link.step, Link.Start)
    }

    function test_2_linkingByHandWalksThroughTheSteps() {
        const page = createTemporaryObject(linkPage, this)
        findChild(page, "addressField").text = "vault.example"
        mouseClick(findChild(page, "lookUp"))
        tryCompare(Link, "step", Link.Database, 10000)
        Link.chooseDatabase("demo")
        compare(Link.step, Link.Credentials)
        verify(findChild(page, "userField").visible)
        findChild(page, "userField").text = "alice"
        const password = findChild(page, "passwordField")
        password.text = "secret-pass"
        findChild(page, "profileNameField").text = "work"
        mouseClick(findChild(page, "linkButton"))
        compare(password.text, "", "the password field is cleared once handed over")
        tryCompare(Link, "step", Link.Done, 20000)
        compare(Link.linkedProfile, "work")
        Profiles.reload()
        compare(Profiles.count, 1)
    }

    function test_3_theProfilesPageListsTheLinkedProfile() {
        const page = createTemporaryObject(profilesPage, this)
        const list = findChild(page, "profileList")
        compare(list.count, 1)
    }

    function test_4_unlockNeedsAPasswordAndOpensTheVault() {
        const page = createTemporaryObject(unlockPage, this)
        Unlock.profileName = "work"
        const button = findChild(page, "unlockButton")
        verify(!button.enabled)
        findChild(page, "passwordField").text = "secret-pass"
        verify(button.enabled)
        mouseClick(button)
        tryCompare(Vault, "open", true, 10000)
        compare(Vault.syncStatus.recordCount, 30)
    }

    function test_5_theVaultSearchesAsYouType() {
        const page = createTemporaryObject(vaultPage, this)
        const list = findChild(page, "recordList")
        compare(list.count, 30)
        const search = findChild(page, "searchField")
        mouseClick(search)
        for (const c of "site 29")
            keyClick(c)
        compare(Vault.searchText, "site 29")
        compare(list.count, 1)
        Vault.searchText = ""
        mouseClick(findChild(page, "lockButton"))
        compare(Vault.open, false)
        compare(list.count, 0)
    }

    function test_6_unitTabsAreAddedFromTheMenuAndClosed() {
        Unlock.profileName = "work"
        Unlock.unlock("secret-pass")
        tryCompare(Vault, "open", true, 10000)
        const page = createTemporaryObject(vaultPage, this)
        compare(Vault.tabs.length, 2)
        mouseClick(findChild(page, "addTab"))
        const menu = findChild(page, "unitMenu")
        tryCompare(menu, "opened", true)
        const item = menu.itemAt(0)
        compare(item.text, "IT")
        mouseClick(item)
        compare(Vault.tabs.length, 3)
        compare(Vault.currentTab, 2)
        tryVerify(() => findChild(page, "closeTab_2") && findChild(page, "closeTab_2").visible)
        verify(!findChild(page, "closeTab_1").visible, "the Personal tab offered to close")
        mouseClick(findChild(page, "tab_1"), 8, 8)
        compare(Vault.currentTab, 1)
        compare(findChild(page, "recordList").count, 30)
        mouseClick(findChild(page, "tab_2"), 8, 8) // on its title, not on its close button
        compare(Vault.currentTab, 2)
        compare(findChild(page, "recordList").count, 0) // no record of the unit IT here
        mouseClick(findChild(page, "closeTab_2"))
        compare(Vault.tabs.length, 2)
        compare(Vault.currentTab, 1)
        Vault.lock()
    }
}
