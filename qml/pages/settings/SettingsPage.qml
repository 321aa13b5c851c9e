import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vaultlink

// What the seed product's settings offer; more follow.
Page {
    id: page
    objectName: "settingsPage"
    signal closed()
    title: qsTr("Settings")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            ToolButton { text: qsTr("Back"); Accessible.name: qsTr("Back"); onClicked: page.closed() }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        Switch {
            text: qsTr("Hide the Personal tab")
            checked: Vault.hidePersonal
            onToggled: Vault.hidePersonal = checked
            Accessible.name: text
        }
        Switch {
            text: qsTr("Search all tabs")
            checked: Vault.searchAllTabs
            onToggled: Vault.searchAllTabs = checked
            Accessible.name: text
        }
        Button {
            text: qsTr("Synchronize now")
            enabled: Vault.open && !Vault.syncing
            onClicked: Vault.sync(false)
            Accessible.name: text
        }
        Button {
            text: qsTr("Fix synchronization errors")
            enabled: Vault.open && !Vault.syncing
            onClicked: Vault.sync(true)
            Accessible.name: text
        }
        Item { Layout.fillHeight: true }
    }
}
