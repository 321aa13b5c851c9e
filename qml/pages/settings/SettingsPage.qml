import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The settings the seed product has: tabs and search, locking, the clipboard, synchronization,
// the on-device log, and about.
Page {
    id: page
    objectName: "settingsPage"
    required property SettingsViewModel viewModel
    // A BiometricViewModel for the open profile (or a stand-in with its members).
    required property var biometrics
    // For "synchronize now", "fix synchronization errors" and what the last sync said.
    required property VaultViewModel vault
    required property AutofillViewModel autofill
    required property AppLog appLog
    readonly property SyncStatus syncStatus: vault.syncStatus
    signal closed()
    title: qsTr("Settings")

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton { objectName: "backButton"; text: qsTr("Back"); Accessible.name: qsTr("Back"); onClicked: page.closed() }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true }
        }
    }

    Dialog {
        id: biometricPassword
        objectName: "biometricPasswordDialog"
        title: qsTr("Turn on biometric unlock")
        modal: true
        anchors.centerIn: parent
        width: page.width - 32
        standardButtons: Dialog.Ok | Dialog.Cancel
        PasswordField {
            id: biometricPasswordField
            width: parent.width
            placeholderText: qsTr("Password of this profile")
            onAccepted: biometricPassword.accept()
        }
        onAccepted: { page.biometrics.enable(biometricPasswordField.text); biometricPasswordField.text = "" }
        onRejected: biometricPasswordField.text = ""
    }

    Dialog {
        id: logDialog
        title: qsTr("Log")
        modal: true
        anchors.centerIn: parent
        width: page.width - 32
        height: page.height - 64
        standardButtons: Dialog.Close
        ScrollView {
            anchors.fill: parent
            TextArea {
                objectName: "logText"
                readOnly: true
                wrapMode: TextEdit.Wrap
                text: logDialog.visible ? page.appLog.text() : ""
                placeholderText: qsTr("The log is empty.")
                Accessible.name: qsTr("Log")
            }
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        implicitWidth: 0 // the page's size comes from its window, not from this content

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 4

            component Heading: Label {
                font.bold: true
                Layout.topMargin: 12
                Layout.leftMargin: 16
            }
            component Hint: Label {
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: 12
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            // The caption above its choices: a phone's width has no room for both side by side.
            component Choice: ColumnLayout {
                id: choice
                property alias label: caption.text
                property alias model: box.model
                property alias currentIndex: box.currentIndex
                signal activated(int index)
                spacing: 0
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Label { id: caption; Layout.fillWidth: true; wrapMode: Text.Wrap }
                ComboBox {
                    id: box
                    Layout.fillWidth: true
                    textRole: "text"
                    Accessible.name: caption.text
                    onActivated: index => choice.activated(index)
                }
            }

            Heading { text: qsTr("Vault") }
            Switch {
                text: qsTr("Hide the Personal tab")
                checked: page.viewModel.hidePersonal
                onToggled: page.viewModel.hidePersonal = checked
                Accessible.name: text
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                Layout.fillWidth: true
            }
            Switch {
                text: qsTr("Search all tabs")
                checked: page.viewModel.searchAllTabs
                onToggled: page.viewModel.searchAllTabs = checked
                Accessible.name: text
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                Layout.fillWidth: true
            }
            Hint { text: qsTr("When off, the search looks in the open tab only.") }

            Heading { text: qsTr("Biometric unlock") }
            Switch {
                objectName: "biometricSwitch"
                text: page.biometrics.standIn ? qsTr("Unlock with the sensor stand-in")
                                              : qsTr("Unlock with fingerprint or face")
                // The switch shows the view-model and never flips by itself: turning it on takes
                // the password first (and a toggle would break the binding).
                checkable: false
                checked: page.biometrics.enabled
                enabled: page.biometrics.available && !page.biometrics.busy
                onClicked: {
                    if (page.biometrics.enabled) page.biometrics.disable()
                    else biometricPassword.open()
                }
                Accessible.name: text
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                Layout.fillWidth: true
            }
            Hint {
                text: page.biometrics.available
                      ? qsTr("Turning it on asks for this profile's password.")
                      : qsTr("This device offers no biometric unlock.")
            }
            ErrorBanner { objectName: "biometricSettingsError"; message: page.biometrics.error }

            Heading { text: qsTr("Autofill") }
            Label {
                objectName: "autofillSetupState"
                text: page.autofill.setup === AutofillViewModel.On
                      ? qsTr("Vaultlink fills logins into apps and websites on this device.")
                      : page.autofill.setup === AutofillViewModel.Off
                        ? qsTr("Vaultlink is not this device's autofill service yet.")
                        : qsTr("This computer has no autofill service. On a phone, Vaultlink fills logins into apps and websites; here, \"Matches for a web address\" in the vault's menu shows what it would offer.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Button {
                objectName: "autofillSetupButton"
                visible: page.autofill.setup !== AutofillViewModel.Unavailable
                text: page.autofill.setup === AutofillViewModel.On ? qsTr("Autofill settings")
                                                                   : qsTr("Choose Vaultlink for autofill")
                onClicked: page.autofill.openSetup()
                Accessible.name: text
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.fillWidth: true
            }
            Hint {
                visible: page.autofill.setup !== AutofillViewModel.Unavailable
                text: qsTr("The button opens the system's choice of autofill service. In Chrome, also turn on Settings › Autofill services › \"Autofill using another service\"; other browsers and apps ask the service by themselves.")
            }

            Heading { text: qsTr("Appearance") }
            Choice {
                objectName: "themeChoice"
                label: qsTr("Theme")
                model: [{ text: qsTr("As the system") }, { text: qsTr("Light") }, { text: qsTr("Dark") }]
                currentIndex: page.viewModel.theme
                onActivated: index => page.viewModel.theme = index
            }

            Heading { text: qsTr("Security") }
            Choice {
                readonly property var seconds: [60, 120, 300, 600, 1800, 0]
                label: qsTr("Lock automatically after")
                model: [{ text: qsTr("1 minute") }, { text: qsTr("2 minutes") }, { text: qsTr("5 minutes") },
                        { text: qsTr("10 minutes") }, { text: qsTr("30 minutes") }, { text: qsTr("Never") }]
                currentIndex: Math.max(0, seconds.indexOf(page.viewModel.idleLockSeconds))
                onActivated: index => page.viewModel.idleLockSeconds = seconds[index]
            }
            Choice {
                objectName: "leaveGrace"
                readonly property var seconds: [0, 30, 60, 300]
                label: qsTr("Lock when the app leaves the screen")
                model: [{ text: qsTr("At once") }, { text: qsTr("After 30 seconds") },
                        { text: qsTr("After 1 minute") }, { text: qsTr("After 5 minutes") }]
                currentIndex: Math.max(0, seconds.indexOf(page.viewModel.leaveGraceSeconds))
                onActivated: index => page.viewModel.leaveGraceSeconds = seconds[index]
            }
            Choice {
                readonly property var seconds: [10, 30, 60, 120]
                label: qsTr("Clear copied passwords after")
                model: [{ text: qsTr("10 seconds") }, { text: qsTr("30 seconds") },
                        { text: qsTr("1 minute") }, { text: qsTr("2 minutes") }]
                currentIndex: Math.max(0, seconds.indexOf(page.viewModel.clipboardSeconds))
                onActivated: index => page.viewModel.clipboardSeconds = seconds[index]
            }

            Heading { text: qsTr("Synchronization") }
            Choice {
                label: qsTr("Synchronize automatically")
                model: [{ text: qsTr("On any connection") }, { text: qsTr("On Wi-Fi only") }, { text: qsTr("Off") }]
                currentIndex: page.viewModel.autoSync
                onActivated: index => page.viewModel.autoSync = index
            }
            ColumnLayout {
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.fillWidth: true
                Button {
                    Layout.fillWidth: true
                    text: qsTr("Synchronize now")
                    enabled: page.vault.open && !page.syncStatus.syncing
                    onClicked: page.vault.sync(false)
                    Accessible.name: text
                }
                Button {
                    Layout.fillWidth: true
                    text: qsTr("Fix synchronization errors")
                    enabled: page.vault.open && !page.syncStatus.syncing
                    onClicked: page.vault.sync(true)
                    Accessible.name: qsTr("Fix synchronization errors: check the local copy against the server and repair it")
                }
            }
            Label {
                visible: page.syncStatus.error.length > 0 || page.syncStatus.notice.length > 0
                text: page.syncStatus.error.length > 0 ? page.syncStatus.error : page.syncStatus.notice
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }

            Heading { text: qsTr("Log") }
            Switch {
                text: qsTr("Keep a log on this device")
                checked: page.viewModel.logging
                onToggled: page.viewModel.logging = checked
                Accessible.name: text
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                Layout.fillWidth: true
            }
            Hint { text: qsTr("The log holds what the app did and why something failed, never passwords or other secrets.") }
            RowLayout {
                Layout.leftMargin: 16
                Button { text: qsTr("Show log"); onClicked: logDialog.open(); Accessible.name: text }
                Button { text: qsTr("Delete log"); onClicked: page.appLog.clear(); Accessible.name: text }
            }

            Heading { text: qsTr("About") }
            Label {
                text: qsTr("Vaultlink %1 — a password vault client for your organization's password server.").arg(page.viewModel.version)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.bottomMargin: 16
            }
        }
    }
}
