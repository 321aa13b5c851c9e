import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Vaultlink

// The first step: a link code from the camera or a picture, or the server's address by hand.
ColumnLayout {
    id: step
    required property LinkViewModel viewModel
    required property CameraAccess cameraAccess
    required property StandInCamera standInCamera
    spacing: 12

    FileDialog {
        id: imageDialog
        title: qsTr("Open a link code picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)")]
        onAccepted: step.viewModel.openImage(selectedFile)
    }

    Label {
        text: qsTr("Scan the QR code on your Account page, or type the address of your password server.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Button {
        objectName: "scanButton"
        text: viewfinder.running ? qsTr("Stop scanning") : qsTr("Scan QR code")
        Accessible.name: text
        Layout.fillWidth: true
        enabled: !step.viewModel.busy
        onClicked: viewfinder.running = !viewfinder.running
    }
    QrViewfinder {
        id: viewfinder
        objectName: "viewfinder"
        visible: running
        running: false
        cameraAccess: step.cameraAccess
        standInCamera: step.standInCamera
        Layout.fillWidth: true
        Layout.preferredHeight: width * 0.75
        onFound: text => {
            step.viewModel.useCode(text)
            if (step.viewModel.step !== LinkViewModel.Start)
                running = false
        }
    }
    Button {
        objectName: "openImage"
        text: qsTr("Open image…")
        Accessible.name: qsTr("Open a picture of the link QR code")
        Layout.fillWidth: true
        enabled: !step.viewModel.busy
        onClicked: imageDialog.open()
    }
    MenuSeparator { Layout.fillWidth: true }
    TextField {
        id: address
        objectName: "addressField"
        placeholderText: qsTr("Server address, e.g. vault.example.com")
        Accessible.name: qsTr("Server address")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        Layout.fillWidth: true
    }
    TextField {
        id: pin
        placeholderText: qsTr("Key pin (only for a private certificate)")
        Accessible.name: qsTr("Key pin")
        Layout.fillWidth: true
    }
    Button {
        objectName: "lookUp"
        text: qsTr("Continue")
        highlighted: true
        Accessible.name: text
        Layout.fillWidth: true
        enabled: !step.viewModel.busy && address.text.length > 0
        onClicked: step.viewModel.lookUp(address.text, pin.text)
    }
    Item { Layout.fillHeight: true }
}
