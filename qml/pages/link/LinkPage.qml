import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Vaultlink

// Linking this device: by typing the server's address, or from a link code (a QR picture).
Page {
    id: page
    objectName: "linkPage"
    required property LinkViewModel viewModel
    required property CameraAccess cameraAccess
    required property StandInCamera standInCamera
    // Whether there is a page to go back to from the first step (a profile exists).
    property bool cancellable: false
    signal finished(string name)
    signal cancelled()
    title: qsTr("Link a profile")

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton {
                id: back
                objectName: "backButton"
                text: qsTr("Back")
                Accessible.name: qsTr("Back")
                // Nothing to go back to before the first profile.
                visible: page.viewModel.step !== LinkViewModel.Start || page.cancellable
                enabled: !page.viewModel.busy && page.viewModel.step !== LinkViewModel.Linking
                onClicked: page.viewModel.step === LinkViewModel.Start ? page.cancelled() : page.viewModel.back()
            }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; Layout.leftMargin: back.visible ? 0 : 16 }
        }
    }

    Connections {
        target: page.viewModel
        function onLinked(name) { page.finished(name) }
    }

    FileDialog {
        id: imageDialog
        title: qsTr("Open a link code picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)")]
        onAccepted: page.viewModel.openImage(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        ErrorBanner { objectName: "linkError"; message: page.viewModel.error }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.viewModel.step

            // Start
            ColumnLayout {
                spacing: 12
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
                    enabled: !page.viewModel.busy
                    onClicked: viewfinder.running = !viewfinder.running
                }
                QrViewfinder {
                    id: viewfinder
                    objectName: "viewfinder"
                    visible: running
                    running: false
                    cameraAccess: page.cameraAccess
                    standInCamera: page.standInCamera
                    Layout.fillWidth: true
                    Layout.preferredHeight: width * 0.75
                    onFound: text => {
                        page.viewModel.useCode(text)
                        if (page.viewModel.step !== LinkViewModel.Start)
                            running = false
                    }
                }
                Button {
                    objectName: "openImage"
                    text: qsTr("Open image…")
                    Accessible.name: qsTr("Open a picture of the link QR code")
                    Layout.fillWidth: true
                    enabled: !page.viewModel.busy
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
                    enabled: !page.viewModel.busy && address.text.length > 0
                    onClicked: page.viewModel.lookUp(address.text, pin.text)
                }
                Item { Layout.fillHeight: true }
            }

            // Database
            ColumnLayout {
                Label { text: qsTr("Choose a database on %1").arg(page.viewModel.server); wrapMode: Text.Wrap; Layout.fillWidth: true }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: page.viewModel.databases
                    delegate: ItemDelegate {
                        required property var modelData
                        width: ListView.view.width
                        text: modelData.mobileSync ? modelData.name
                                                   : qsTr("%1 (mobile synchronization off)").arg(modelData.name)
                        Accessible.name: text
                        onClicked: page.viewModel.chooseDatabase(modelData.name)
                    }
                }
            }

            // Credentials
            ColumnLayout {
                spacing: 12
                Label {
                    text: page.viewModel.fromCode
                          ? qsTr("Link code for %1 in %2 on %3").arg(page.viewModel.userName).arg(page.viewModel.databaseName).arg(page.viewModel.server)
                          : qsTr("Database %1 on %2").arg(page.viewModel.databaseName).arg(page.viewModel.server)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: page.viewModel.pinned
                    text: qsTr("The server's key is pinned by the link code.")
                    opacity: 0.7
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                TextField {
                    id: user
                    objectName: "userField"
                    visible: !page.viewModel.fromCode
                    placeholderText: qsTr("User name")
                    Accessible.name: qsTr("User name")
                    Layout.fillWidth: true
                }
                PasswordField {
                    id: password
                    Layout.fillWidth: true
                    placeholderText: qsTr("Password")
                }
                TextField {
                    id: profileName
                    objectName: "profileNameField"
                    placeholderText: qsTr("Profile name")
                    Accessible.name: qsTr("Profile name")
                    text: page.viewModel.suggestedName
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "linkButton"
                    text: qsTr("Link")
                    highlighted: true
                    Accessible.name: text
                    Layout.fillWidth: true
                    enabled: !page.viewModel.busy && password.text.length > 0
                    onClicked: { page.viewModel.link(user.text, password.text, profileName.text); password.text = "" }
                }
                Item { Layout.fillHeight: true }
            }

            // Otp
            ColumnLayout {
                spacing: 12
                Label { text: qsTr("Enter the %1-digit code from your authenticator app.").arg(page.viewModel.otpDigits); wrapMode: Text.Wrap; Layout.fillWidth: true }
                TextField {
                    id: otp
                    objectName: "otpField"
                    inputMethodHints: Qt.ImhDigitsOnly
                    maximumLength: page.viewModel.otpDigits
                    Accessible.name: qsTr("Authenticator code")
                    Layout.fillWidth: true
                    onAccepted: otpButton.clicked()
                }
                Button {
                    id: otpButton
                    text: qsTr("Confirm")
                    highlighted: true
                    Accessible.name: text
                    Layout.fillWidth: true
                    enabled: otp.text.length === page.viewModel.otpDigits
                    onClicked: { page.viewModel.answerOtp(otp.text); otp.text = "" }
                }
                Item { Layout.fillHeight: true }
            }

            // Linking
            ColumnLayout {
                spacing: 12
                Label {
                    text: page.viewModel.total > 0 ? qsTr("Synchronizing: %1 of %2 records").arg(page.viewModel.received).arg(page.viewModel.total)
                                         : qsTr("Logging in…")
                    Layout.fillWidth: true
                }
                ProgressBar {
                    Layout.fillWidth: true
                    from: 0
                    to: Math.max(1, page.viewModel.total)
                    value: page.viewModel.received
                    indeterminate: page.viewModel.total === 0
                    Accessible.name: qsTr("Synchronization progress")
                }
                Item { Layout.fillHeight: true }
            }

            // Done
            Label { text: qsTr("Linked \"%1\".").arg(page.viewModel.linkedProfile) }
        }

        BusyIndicator {
            running: page.viewModel.busy && page.viewModel.step !== LinkViewModel.Linking
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
