import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The profile's password opens its local copy, with or without a connection. Past the server's
// offline limit the way on is "Connect to continue": the password, a sync, then the vault.
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
            onAccepted: page.viewModel.needsConnection === true ? connectButton.clicked() : unlockButton.clicked()
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
            visible: !page.viewModel.needsConnection
            text: qsTr("Unlock")
            highlighted: true
            Accessible.name: text
            Layout.fillWidth: true
            enabled: !page.viewModel.busy && page.viewModel.waitSeconds === 0 && password.text.length > 0
            onClicked: { page.viewModel.unlock(password.text); password.text = "" }
        }

        // Past the offline limit: sign in and synchronize, then open.
        Label {
            objectName: "connectHint"
            visible: page.viewModel.needsConnection === true
            text: qsTr("Enter the password and connect: the copy opens as soon as it has been synchronized with the server.")
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Button {
            id: connectButton
            objectName: "connectButton"
            visible: page.viewModel.needsConnection === true
            text: qsTr("Connect to continue")
            highlighted: true
            Accessible.name: text
            Layout.fillWidth: true
            enabled: !page.viewModel.busy && password.text.length > 0
            onClicked: { page.viewModel.connectAndUnlock(password.text); password.text = "" }
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

    // Connecting may have to sign in again with a second factor.
    // (Loaded only for a view-model that has one: the page's QML tests hand in a fake without.)
    Loader {
        objectName: "secondFactorLoader"
        Component.onCompleted: {
            if (page.viewModel.secondFactor)
                setSource("../../components/SecondFactorDialog.qml", { bridge: page.viewModel.secondFactor })
        }
    }
}
