import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One field of a record, shown by its type: a secret stays hidden until revealed, an
// authenticator seed shows its current code and how long it lasts. What the user asks for goes
// out as signals; the page passes them on to its view-model.
ColumnLayout {
    id: root
    required property var field
    property string totpCode
    property int totpSecondsLeft
    property bool canOpen
    signal revealRequested(bool shown)
    signal copyRequested()
    signal openRequested()
    readonly property bool isTotp: field.type === "totp"
    visible: field.key !== "name" && !field.empty
    spacing: 0

    Label { text: root.field.label; opacity: 0.7; font.pixelSize: 12 }
    RowLayout {
        Layout.fillWidth: true
        Label {
            objectName: "value_" + root.field.key
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            text: root.isTotp ? qsTr("%1 (%n s)", "", root.totpSecondsLeft).arg(root.totpCode)
                              : root.field.secret && !root.field.revealed ? "••••••••" : root.field.value
            font.family: root.field.secret ? "monospace" : Qt.application.font.family
            textFormat: Text.PlainText
        }
        ToolButton {
            visible: root.field.secret && !root.isTotp
            text: root.field.revealed ? qsTr("Hide") : qsTr("Show")
            Accessible.name: root.field.revealed ? qsTr("Hide %1").arg(root.field.label) : qsTr("Show %1").arg(root.field.label)
            onClicked: root.revealRequested(!root.field.revealed)
        }
        ToolButton {
            objectName: "copy_" + root.field.key
            visible: ["username", "password", "url", "totp", "email", "text"].indexOf(root.field.type) >= 0
            text: qsTr("Copy")
            Accessible.name: qsTr("Copy %1").arg(root.field.label)
            onClicked: root.copyRequested()
        }
        ToolButton {
            objectName: "open_" + root.field.key
            visible: root.field.type === "url"
            text: qsTr("Open")
            Accessible.name: qsTr("Open %1").arg(root.field.label)
            enabled: root.canOpen
            onClicked: root.openRequested()
        }
    }
}
