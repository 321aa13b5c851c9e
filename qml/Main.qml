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
    required property VaultViewModel vault
    required property RecordViewModel record
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
    function showRecord(id) { window.record.open(id); stack.push(recordPage) }
    function showSettings() { stack.push(settingsPage) }

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
            onCancelled: stack.pop()
        }
    }
    Component {
        id: vaultPage
        VaultPage {
            viewModel: window.vault
            onRecordRequested: id => window.showRecord(id)
            onSettingsRequested: window.showSettings()
        }
    }
    Component {
        id: recordPage
        RecordPage {
            viewModel: window.record
            clipboard: window.clipboard
            onClosed: { window.record.close(); stack.pop() }
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            viewModel: window.settings
            vault: window.vault
            appLog: window.appLog
            onClosed: stack.pop()
        }
    }

    Connections {
        target: window.unlock
        function onUnlocked() { window.showVault() }
    }
    Connections {
        target: window.vault
        function onLocked() { window.profiles.reload(); window.showProfiles() }
    }
}
