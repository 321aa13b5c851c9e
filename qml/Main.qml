import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Vaultlink

// The app's window: one stack of pages, phone-first (360×640 and up).
ApplicationWindow {
    id: window
    width: 360
    height: 640
    visible: true
    title: qsTr("Vaultlink")
    // Settings.theme: 0 follows the system, 1 light, 2 dark.
    Material.theme: [Material.System, Material.Light, Material.Dark][Settings.theme]
    Material.primary: Material.Indigo
    Material.accent: Material.Pink

    function showProfiles() { stack.replace(null, profilesPage) }
    function showLink() { Link.reset(); stack.push(linkPage) }
    function showUnlock(name) { Unlock.profileName = name; stack.push(unlockPage) }
    function showVault() { stack.replace(null, vaultPage) }
    function showRecord(id) { Record.open(id); stack.push(recordPage) }
    function showSettings() { stack.push(settingsPage) }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: Profiles.count > 0 ? profilesPage : linkPage
    }

    Component {
        id: profilesPage
        ProfilesPage {
            onAddRequested: window.showLink()
            onOpenRequested: name => window.showUnlock(name)
        }
    }
    Component {
        id: linkPage
        LinkPage {
            onFinished: name => { window.showProfiles(); window.showUnlock(name) }
            onCancelled: Profiles.count > 0 ? stack.pop() : undefined
        }
    }
    Component {
        id: unlockPage
        UnlockPage {
            onCancelled: stack.pop()
        }
    }
    Component {
        id: vaultPage
        VaultPage {
            onRecordRequested: id => window.showRecord(id)
            onSettingsRequested: window.showSettings()
        }
    }
    Component {
        id: recordPage
        RecordPage {
            onClosed: { Record.close(); stack.pop() }
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            onClosed: stack.pop()
        }
    }

    Connections {
        target: Unlock
        function onUnlocked() { window.showVault() }
    }
    Connections {
        target: Vault
        function onLocked() { Profiles.reload(); window.showProfiles() }
    }
}
