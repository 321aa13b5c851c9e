import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Asks for the code of the user's authenticator app; cancelling answers with nothing, which the
// core takes as giving up.
Dialog {
    id: dialog
    objectName: "otpDialog"
    property int digits: 6
    signal answered(string code)
    title: qsTr("Authenticator code")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 320, 400)
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: { code.text = ""; code.forceActiveFocus() }
    onAccepted: dialog.answered(code.text)
    onRejected: dialog.answered("")
    Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => code.text.length === dialog.digits)

    ColumnLayout {
        anchors.fill: parent
        Label {
            text: qsTr("The server asks for the %1-digit code from your authenticator app.").arg(dialog.digits)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextField {
            id: code
            objectName: "otpDialogField"
            inputMethodHints: Qt.ImhDigitsOnly
            maximumLength: dialog.digits
            validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
            Accessible.name: qsTr("Authenticator code")
            Layout.fillWidth: true
            onAccepted: if (text.length === dialog.digits) dialog.accept()
        }
    }
}
