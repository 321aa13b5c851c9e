import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The profile's password opens its local copy, with or without a connection.
Page {
    id: page
    objectName: "unlockPage"
    // An UnlockViewModel, or a stand-in with the same members: typed as `var` (not
    // UnlockViewModel) so that a test can hand in a fake written in QML, which a typed property
    // would refuse.
    required property var viewModel
    // A BiometricViewModel (or a stand-in with its members): the button that unlocks without the
    // password, where the profile has biometric unlock on.
    required property var biometrics
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
            Label { text: page.viewModel.profileName; font.pixelSize: 20; Layout.fillWidth: true; elide: Text.ElideRight }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        ErrorBanner { message: page.viewModel.error }
        ErrorBanner { objectName: "biometricError"; message: page.biometrics.error }

        Button {
            objectName: "biometricButton"
            visible: page.biometrics.offered
            text: page.biometrics.unlockLabel
            Accessible.name: text
            Layout.fillWidth: true
            enabled: !page.biometrics.busy && !page.viewModel.busy
            onClicked: page.biometrics.unlock()
        }

        PasswordField {
            id: password
            Layout.fillWidth: true
            placeholderText: qsTr("Password")
            enabled: !page.viewModel.busy && page.viewModel.waitSeconds === 0
            onAccepted: unlockButton.clicked()
        }

        Label {
            objectName: "waitHint"
            visible: page.viewModel.waitSeconds > 0
            text: qsTr("Too many wrong passwords: try again in %n second(s).", "", page.viewModel.waitSeconds)
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
            enabled: !page.viewModel.busy && page.viewModel.waitSeconds === 0 && password.text.length > 0
            onClicked: { page.viewModel.unlock(password.text); password.text = "" }
        }

        BusyIndicator {
            objectName: "busyIndicator"
            running: page.viewModel.busy || page.biometrics.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
            Accessible.name: qsTr("Unlocking")
        }
        Item { Layout.fillHeight: true }
    }
}
