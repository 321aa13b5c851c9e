import QtQuick
import QtQuick.Controls
import QtTest
import Vaultlink

// The Unlock page over a view-model written here in QML: the states the real one reaches only
// slowly (waiting after wrong passwords, busy) are set at once, and what the page asks of it is
// recorded.
TestCase {
    name: "UnlockPage"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: fakeViewModel
        QtObject {
            property string profileName: "work"
            property bool busy: false
            property string error: ""
            property string errorCode: ""
            property int waitSeconds: 0
            property var tried: []
            signal unlocked()
            function unlock(password) { tried = tried.concat([password]) }
        }
    }
    Component {
        id: fakeBiometrics
        QtObject {
            property bool offered: false
            property string unlockLabel: "Unlock with fingerprint"
            property bool busy: false
            property string error: ""
            property int asked: 0
            signal unlocked()
            function unlock() { asked += 1 }
        }
    }
    Component { id: unlockPage; UnlockPage { width: 360; height: 640 } }

    function createPage() {
        const viewModel = createTemporaryObject(fakeViewModel, this)
        const biometrics = createTemporaryObject(fakeBiometrics, this)
        const page = createTemporaryObject(unlockPage, this,
                                           { viewModel: viewModel, biometrics: biometrics })
        return { page: page, viewModel: viewModel, biometrics: biometrics }
    }

    function test_theBiometricButtonShowsOnlyWhereOfferedAndSaysItsError() {
        const { page, biometrics } = createPage()
        const button = findChild(page, "biometricButton")
        verify(!button.visible)
        biometrics.offered = true
        verify(button.visible)
        compare(button.text, "Unlock with fingerprint")
        compare(button.Accessible.name, "Unlock with fingerprint")
        waitForRendering(page) // laid out now that it shows
        mouseClick(button)
        compare(biometrics.asked, 1)
        biometrics.busy = true
        verify(!button.enabled)
        biometrics.error = "Biometric unlock was cancelled."
        compare(findChild(page, "biometricError").message, "Biometric unlock was cancelled.")
    }

    function test_thePasswordGoesToTheViewModelAndLeavesTheField() {
        const { page, viewModel } = createPage()
        const field = findChild(page, "passwordField")
        const button = findChild(page, "unlockButton")
        verify(!button.enabled, "unlock offered without a password")
        field.text = "secret-pass"
        verify(button.enabled)
        mouseClick(button)
        compare(viewModel.tried, ["secret-pass"])
        compare(field.text, "")
    }

    function test_aRefusalIsShownInItsOwnWords() {
        const { page, viewModel } = createPage()
        const message = findChild(page, "errorText")
        verify(!message.visible)
        viewModel.error = "Wrong password for this profile."
        tryVerify(() => message.visible)
        compare(message.text, "Wrong password for this profile.")
    }

    function test_afterWrongPasswordsThePageWaitsAndSaysHowLong() {
        const { page, viewModel } = createPage()
        const field = findChild(page, "passwordField")
        field.text = "guess"
        viewModel.waitSeconds = 4
        verify(!field.enabled)
        verify(!findChild(page, "unlockButton").enabled)
        verify(findChild(page, "waitHint").visible)
        compare(findChild(page, "waitHint").text, "Too many wrong passwords: try again in 4 second(s).")
        viewModel.waitSeconds = 0
        verify(field.enabled)
        verify(!findChild(page, "waitHint").visible)
        mouseClick(findChild(page, "unlockButton"))
        compare(viewModel.tried, ["guess"])
    }

    function test_whileBusyNothingCanBeSentTwice() {
        const { page, viewModel } = createPage()
        findChild(page, "passwordField").text = "secret-pass"
        viewModel.busy = true
        verify(!findChild(page, "unlockButton").enabled)
        verify(findChild(page, "busyIndicator").visible)
    }
}
