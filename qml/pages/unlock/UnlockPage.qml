import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The profile's password opens its local copy, with or without a connection.
Page {
    id: page
    objectName: "unlockPage"
    signal cancelled()
    title: qsTr("Unlock")

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "backButton"
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the profiles")
                onClicked: page.cancelled()
            }
            Label { text: Unlock.profileName; font.pixelSize: 20; Layout.fillWidth: true; elide: Text.ElideRight }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        ErrorBanner { message: Unlock.error }

        PasswordField {
            id: password
            Layout.fillWidth: true
            placeholderText: qsTr("Password")
            enabled: !Unlock.busy && Unlock.waitSeconds === 0
            onAccepted: unlockButton.clicked()
        }

        Label {
            visible: Unlock.waitSeconds > 0
            text: qsTr("Too many wrong passwords: try again in %n second(s).", "", Unlock.waitSeconds)
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }

        Button {
            id: unlockButton
            objectName: "unlockButton"
            text: qsTr("Unlock")
            highlighted: true
            Accessible.name: text
            Layout.fillWidth: true
            enabled: !Unlock.busy && Unlock.waitSeconds === 0 && password.text.length > 0
            onClicked: { Unlock.unlock(password.text); password.text = "" }
        }

        BusyIndicator {
            running: Unlock.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
            Accessible.name: qsTr("Unlocking")
        }
        Item { Layout.fillHeight: true }
    }
}
