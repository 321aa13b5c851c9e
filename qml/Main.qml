pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Vaultlink

// The app's window: one stack of pages, phone-first (360×640 and up). The composition root hands
// in the view-models (qml::initialProperties); each page gets the ones it needs.
ApplicationWindow {
    id: window
    required property ProfilesModel profiles
    required property LinkViewModel link
    required property UnlockViewModel unlock
    required property BiometricViewModel biometrics
    required property StandInSensor standInSensor
    required property VaultViewModel vault
    required property RecordViewModel record
    required property RecordActions recordActions
    required property RecordHistory recordHistory
    required property RecordEditorViewModel editor
    required property PasswordGeneratorViewModel generator
    required property NewRecordViewModel newRecord
    required property ConflictsViewModel conflicts
    required property AutofillViewModel autofill
    required property ClipboardGuard clipboard
    required property SettingsViewModel settings
    required property AppLog appLog
    required property StandInCamera standInCamera
    required property CameraAccess cameraAccess

    width: 360
    height: 640
    visible: true
    title: qsTr("Vaultlink")
    // settings.theme: 0 follows the system, 1 light, 2 dark.
    Material.theme: [Material.System, Material.Light, Material.Dark][window.settings.theme]
    Material.primary: Material.Indigo
    Material.accent: Material.Pink

    function showProfiles() { stack.replace(null, profilesPage) }
    function showLink() { window.link.reset(); stack.push(linkPage) }
    function showUnlock(name) { window.unlock.profileName = name; stack.push(unlockPage) }
    function showVault() { stack.replace(null, vaultPage) }
    // The record the Record page shows, for its Edit.
    property var shownRecord
    function showRecord(id) { window.shownRecord = id; window.record.open(id); stack.push(recordPage) }
    function showSettings() { stack.push(settingsPage) }
    function showNewRecord() { window.newRecord.reload(); stack.push(newRecordPage) }
    // The editor page shows why, when the editor could not start.
    function editRecord() { window.editor.edit(window.shownRecord); stack.push(editorPage) }
    function createRecord(form, unit) {
        if (window.editor.create(form, unit))
            stack.push(editorPage)
        else
            stack.currentItem.error = window.editor.error
    }
    function showConflicts() { window.conflicts.reload(); stack.push(conflictsPage) }
    function showAutofill() { stack.push(autofillPage) }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: window.profiles.count > 0 ? profilesPage : linkPage
    }

    Component {
        id: profilesPage
        ProfilesPage {
            viewModel: window.profiles
            lockReason: window.vault.lockReason
            onAddRequested: window.showLink()
            onOpenRequested: name => window.showUnlock(name)
        }
    }
    Component {
        id: linkPage
        LinkPage {
            viewModel: window.link
            cameraAccess: window.cameraAccess
            standInCamera: window.standInCamera
            cancellable: window.profiles.count > 0
            onFinished: name => { window.showProfiles(); window.showUnlock(name) }
            onCancelled: if (window.profiles.count > 0) stack.pop()
        }
    }
    Component {
        id: unlockPage
        UnlockPage {
            viewModel: window.unlock
            biometrics: window.biometrics
            onCancelled: stack.pop()
        }
    }
    Component {
        id: vaultPage
        VaultPage {
            viewModel: window.vault
            onRecordRequested: id => window.showRecord(id)
            onSettingsRequested: window.showSettings()
            onNewRecordRequested: window.showNewRecord()
            onConflictsRequested: window.showConflicts()
            onAutofillRequested: window.showAutofill()
        }
    }
    Component {
        id: recordPage
        RecordPage {
            viewModel: window.record
            clipboard: window.clipboard
            actions: window.recordActions
            history: window.recordHistory
            onClosed: { window.record.close(); stack.pop() }
            onEditRequested: window.editRecord()
            onConflictsRequested: window.showConflicts()
        }
    }
    Component {
        id: newRecordPage
        NewRecordPage {
            viewModel: window.newRecord
            onChosen: (form, unit) => window.createRecord(form, unit)
            onCancelled: stack.pop()
        }
    }
    Component {
        id: editorPage
        RecordEditorPage {
            viewModel: window.editor
            generator: window.generator
            onCancelled: stack.pop()
            // A new record is shown from the list, where it now is; an edited one where it was.
            onFinished: (id, created) => {
                if (created) {
                    stack.pop(null)
                    window.showRecord(id)
                } else {
                    stack.pop()
                }
            }
        }
    }
    Component {
        id: conflictsPage
        ConflictsPage {
            viewModel: window.conflicts
            onClosed: stack.pop()
        }
    }
    Component {
        id: autofillPage
        AutofillPage {
            viewModel: window.autofill
            onRecordRequested: id => window.showRecord(id)
            onClosed: stack.pop()
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            viewModel: window.settings
            biometrics: window.biometrics
            vault: window.vault
            autofill: window.autofill
            appLog: window.appLog
            onClosed: stack.pop()
        }
    }

    Connections {
        target: window.unlock
        function onUnlocked() { window.showVault() }
    }
    Connections {
        target: window.biometrics
        function onUnlocked() { window.showVault() }
    }

    // On a desktop the fingerprint sensor's place is taken by this question (a stand-in).
    Dialog {
        id: standInSensorDialog
        objectName: "standInSensorDialog"
        title: window.standInSensor.title
        modal: true
        anchors.centerIn: parent
        width: window.width - 48
        closePolicy: Popup.NoAutoClose
        // Desktop only: flat, as the software and virtual-display renderers testers use draw no
        // Material elevation layer (and, with it, no dialog background).
        Material.elevation: 0
        // A wrapped label's implicit height is that of one line: the dialog takes the wrapped one.
        contentHeight: standInText.contentHeight
        Label {
            id: standInText
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("%1\n\nThis computer has no fingerprint sensor: confirm here in its place (a stand-in for testing).").arg(window.standInSensor.subtitle)
        }
        footer: DialogButtonBox {
            Button {
                objectName: "standInConfirm"
                text: qsTr("Confirm")
                Accessible.name: text
                onClicked: standInSensorDialog.accept()
            }
            Button {
                objectName: "standInCancel"
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: standInSensorDialog.reject()
            }
        }
        onAccepted: window.standInSensor.answer(true)
        onRejected: window.standInSensor.answer(false)
    }
    Connections {
        target: window.standInSensor
        function onAskingChanged() {
            if (window.standInSensor.asking)
                standInSensorDialog.open()
            else
                standInSensorDialog.close()
        }
    }
    Connections {
        target: window.vault
        function onLocked() { window.profiles.reload(); window.showProfiles() }
    }
}
