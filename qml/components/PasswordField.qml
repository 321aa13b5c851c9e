import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A password entry with a show/hide switch; the page clears it once the value was handed over.
RowLayout {
    id: root
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias field: field
    signal accepted()

    TextField {
        id: field
        objectName: "passwordField"
        Layout.fillWidth: true
        echoMode: show.checked ? TextInput.Normal : TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: placeholderText
        onAccepted: root.accepted()
    }
    ToolButton {
        id: show
        checkable: true
        text: checked ? qsTr("Hide") : qsTr("Show")
        Accessible.name: checked ? qsTr("Hide password") : qsTr("Show password")
    }
}
