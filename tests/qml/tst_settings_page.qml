import QtQuick
import QtQuick.Controls
import QtTest
import Vaultlink
import VaultlinkTest

// The Settings page's biometric switch over a biometric view-model written here in QML: it shows
// what the view-model says, asks for the password before turning biometrics on, and never flips
// by itself. Its autofill section over the app's view-model and a scripted platform.
TestCase {
    name: "SettingsPage"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component {
        id: fakeBiometrics
        QtObject {
            property bool available: true
            property bool enabled: false
            property bool standIn: true
            property bool busy: false
            property string error: ""
            property var passwords: []
            property int disabled: 0
            function enable(password) { passwords = passwords.concat([password]) }
            function disable() { disabled += 1; enabled = false }
        }
    }
    Component { id: settingsPage; SettingsPage { width: 360; height: 640 } }

    function test_theBiometricSwitchAsksThePasswordAndFollowsTheViewModel() {
        const biometrics = createTemporaryObject(fakeBiometrics, this)
        const page = createTemporaryObject(settingsPage, this, {
            viewModel: ViewModels.settings, biometrics: biometrics, vault: ViewModels.vault,
            autofill: ViewModels.autofill, appLog: ViewModels.appLog
        })
        const toggle = findChild(page, "biometricSwitch")
        compare(toggle.text, "Unlock with the sensor stand-in")
        verify(!toggle.checked)
        mouseClick(toggle)
        verify(!toggle.checked, "on before the password was given")
        const dialog = findChild(page, "biometricPasswordDialog")
        tryVerify(() => dialog.opened)
        const field = findChild(dialog.contentItem, "passwordField")
        field.text = "secret-pass"
        dialog.accept()
        compare(biometrics.passwords, ["secret-pass"])
        compare(field.text, "")
        tryVerify(() => !dialog.visible)
        verify(!toggle.checked, "on before the view-model said so")
        biometrics.enabled = true // the platform confirmed
        verify(toggle.checked)
        mouseClick(toggle)
        compare(biometrics.disabled, 1)
        verify(!toggle.checked)
        biometrics.enabled = true // turned on again later: the switch still follows
        verify(toggle.checked)
        biometrics.available = false
        verify(!toggle.enabled)
    }

    // The stand-in host says Vaultlink is not the device's service yet: the page says so and
    // offers the way to the system's choice, with Chrome's own switch.
    function test_theAutofillSetupSaysWhereToChooseVaultlink() {
        const page = createTemporaryObject(settingsPage, this, {
            viewModel: ViewModels.settings, biometrics: createTemporaryObject(fakeBiometrics, this),
            vault: ViewModels.vault, autofill: ViewModels.autofill, appLog: ViewModels.appLog
        })
        compare(ViewModels.autofill.setup, AutofillViewModel.Off)
        compare(findChild(page, "autofillSetupState").text,
                "Vaultlink is not this device's autofill service yet.")
        const button = findChild(page, "autofillSetupButton")
        verify(button.visible)
        compare(button.text, "Choose Vaultlink for autofill")
    }
}
