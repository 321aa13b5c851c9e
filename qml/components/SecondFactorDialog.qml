pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The second factor the server asks for while logging in: the methods it offers (the one used
// last first), a code or PIN field, a wait for a push or a phone call with the time left, or the
// security key's prompt; and why the previous answer was refused. Open while the bridge asks;
// Cancel gives up while choosing, and withdraws a waiting push, call or key.
Dialog {
    id: dialog
    objectName: "secondFactorDialog"
    required property SecondFactorBridge bridge
    readonly property var current: {
        for (const m of dialog.bridge.methods)
            if (m.type === chosen)
                return m
        return dialog.bridge.methods.length > 0
               ? dialog.bridge.methods[0]
               : ({ type: "", digits: 6, minLength: 4, maxLength: 12, phone: "", approver: "" })
    }
    property string chosen: dialog.bridge.method
    readonly property bool takesCode: current.type === "totp" || current.type === "pin"
    readonly property bool codeComplete: current.type === "totp"
                                         ? code.text.length === current.digits
                                         : code.text.length >= current.minLength && code.text.length <= current.maxLength

    title: qsTr("Second factor")
    modal: true
    closePolicy: Popup.CloseOnEscape
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 440)
    visible: dialog.bridge.phase !== SecondFactorBridge.Idle
    onRejected: dialog.bridge.cancel()

    function label(m) {
        switch (m.type) {
        case "totp": return qsTr("Code from the authenticator app")
        case "pin": return qsTr("PIN")
        case "push": return m.approver ? qsTr("Approve on %1").arg(m.approver) : qsTr("Approve on your other device")
        case "phone-call": return qsTr("Phone call to %1").arg(m.phone)
        case "fido": return dialog.bridge.standInKey ? qsTr("Security key (stand-in)") : qsTr("Security key")
        }
        return m.type
    }

    function submit() {
        if (dialog.takesCode && !dialog.codeComplete)
            return
        dialog.bridge.answer(dialog.current.type, dialog.takesCode ? code.text : "")
        code.text = ""
    }

    Connections {
        target: dialog.bridge
        function onRequested() {
            dialog.chosen = dialog.bridge.method
            code.text = ""
            if (dialog.takesCode)
                code.forceActiveFocus()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        ErrorBanner { objectName: "secondFactorRetry"; message: dialog.bridge.retryText }

        // Choosing: one button per method when there are several, and the code field.
        ColumnLayout {
            visible: dialog.bridge.phase === SecondFactorBridge.Choose
            Layout.fillWidth: true
            ButtonGroup { id: methodGroup }
            Repeater {
                model: dialog.bridge.methods.length > 1 ? dialog.bridge.methods : []
                RadioButton {
                    required property var modelData
                    objectName: "method_" + modelData.type
                    text: dialog.label(modelData)
                    checked: dialog.chosen === modelData.type
                    ButtonGroup.group: methodGroup
                    Accessible.name: text
                    onClicked: dialog.chosen = modelData.type
                }
            }
            Label {
                visible: dialog.bridge.methods.length === 1
                text: dialog.label(dialog.current)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: code
                objectName: "secondFactorCode"
                visible: dialog.takesCode
                echoMode: dialog.current.type === "pin" ? TextInput.Password : TextInput.Normal
                inputMethodHints: Qt.ImhDigitsOnly
                maximumLength: dialog.current.type === "totp" ? dialog.current.digits : dialog.current.maxLength
                validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
                placeholderText: dialog.current.type === "pin" ? qsTr("PIN") : qsTr("%1-digit code").arg(dialog.current.digits)
                Accessible.name: placeholderText
                Layout.fillWidth: true
                onAccepted: dialog.submit()
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "secondFactorCancel"
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: dialog.bridge.cancel()
                }
                Button {
                    objectName: "secondFactorContinue"
                    text: qsTr("Continue")
                    highlighted: true
                    enabled: !dialog.takesCode || dialog.codeComplete
                    onClicked: dialog.submit()
                }
            }
        }

        // A push or a call: nothing to type, the approval comes from elsewhere.
        ColumnLayout {
            visible: dialog.bridge.phase === SecondFactorBridge.Waiting
            Layout.fillWidth: true
            BusyIndicator { running: parent.visible; Layout.alignment: Qt.AlignHCenter }
            Label {
                objectName: "secondFactorWaiting"
                text: dialog.chosen === "phone-call" || dialog.bridge.method === "phone-call"
                      ? qsTr("Your phone %1 rings: answer it and press 1 to approve.").arg(dialog.current.phone)
                      : qsTr("Approve the sign-in on %1.").arg(dialog.current.approver ? dialog.current.approver : qsTr("your other device"))
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "secondFactorTimeLeft"
                text: qsTr("%n second(s) left", "", dialog.bridge.secondsLeft)
                opacity: 0.7
            }
            Button {
                objectName: "secondFactorStop"
                text: qsTr("Cancel")
                Layout.alignment: Qt.AlignRight
                onClicked: dialog.bridge.cancel()
            }
        }

        // The security key: the platform shows its own prompt where it has one.
        ColumnLayout {
            visible: dialog.bridge.phase === SecondFactorBridge.SecurityKey
            Layout.fillWidth: true
            BusyIndicator { running: parent.visible; Layout.alignment: Qt.AlignHCenter }
            Label {
                objectName: "secondFactorKey"
                text: dialog.bridge.standInKey
                      ? qsTr("Asking the stand-in security key (a key file on this computer, not a device)…")
                      : qsTr("Touch your security key, or hold it to the phone.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Cancel")
                Layout.alignment: Qt.AlignRight
                onClicked: dialog.bridge.cancel()
            }
        }
    }
}
