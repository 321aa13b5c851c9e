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
}
