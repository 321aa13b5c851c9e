import QtQuick
import QtQuick.Controls
import QtTest
import Vaultlink

TestCase {
    name: "Components"
    when: windowShown
    visible: true
    width: 360
    height: 640

    Component { id: banner; ErrorBanner {} }
    Component { id: password; PasswordField { width: 300 } }
    Component {
        id: field
        RecordField { width: 340 }
    }
    Component { id: otp; OtpDialog {} }
    SignalSpy { id: answered; signalName: "answered" }

    function test_anErrorBannerShowsOnlyAMessageAndNamesItForScreenReaders() {
        const item = createTemporaryObject(banner, this)
        verify(!item.visible)
        item.message = "Mobile synchronization is switched off for this database"
        verify(item.visible)
        compare(item.Accessible.name, item.message)
        compare(findChild(item, "errorText").text, item.message)
    }

    function test_aPasswordFieldHidesItsTextUntilAskedToShowIt() {
        const item = createTemporaryObject(password, this, { placeholderText: "Password" })
        const input = findChild(item, "passwordField")
        compare(input.echoMode, TextInput.Password)
        compare(input.Accessible.name, "Password")
        mouseClick(item.children[1])
        compare(input.echoMode, TextInput.Normal)
        mouseClick(item.children[1])
        compare(input.echoMode, TextInput.Password)
    }

    function test_aHiddenSecretIsNeverShown() {
        const item = createTemporaryObject(field, this, {
            field: { key: "password", type: "password", label: "Password", value: "",
                     secret: true, revealed: false, empty: false }
        })
        compare(findChild(item, "value_password").text, "••••••••")
        verify(findChild(item, "copy_password").visible)
    }

    function test_anEmptyFieldAndTheNameAreLeftOut() {
        const empty = createTemporaryObject(field, this, {
            field: { key: "notes", type: "notes", label: "Notes", value: "", secret: false,
                     revealed: false, empty: true }
        })
        verify(!empty.visible)
        const name = createTemporaryObject(field, this, {
            field: { key: "name", type: "title", label: "Name", value: "Bank", secret: false,
                     revealed: false, empty: false }
        })
        verify(!name.visible)
    }

    function test_anOtpDialogAcceptsOnlyAWholeCodeAndCancellingAnswersNothing() {
        const dialog = createTemporaryObject(otp, this, { digits: 6 })
        answered.target = dialog
        answered.clear()
        dialog.open()
        tryCompare(dialog, "opened", true)
        const input = findChild(dialog.contentItem, "otpDialogField")
        for (const c of "12a34")
            keyClick(c)
        compare(input.text, "1234") // digits only
        verify(!dialog.standardButton(Dialog.Ok).enabled)
        keyClick(Qt.Key_Return)
        verify(dialog.opened, "an incomplete code was accepted")
        keyClick("5")
        keyClick("6")
        verify(dialog.standardButton(Dialog.Ok).enabled)
        keyClick(Qt.Key_Return)
        compare(answered.count, 1)
        compare(answered.signalArguments[0][0], "123456")

        dialog.open()
        tryCompare(dialog, "opened", true)
        compare(input.text, "", "the last code was left in the field")
        dialog.reject()
        compare(answered.count, 2)
        compare(answered.signalArguments[1][0], "")
    }
}
