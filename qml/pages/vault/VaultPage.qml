import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The unlocked vault: tabs, search as you type, the list (read lazily), and the sync status.
Page {
    id: page
    objectName: "vaultPage"
    signal recordRequested(var id)
    signal settingsRequested()
    title: Vault.profileName

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; Layout.leftMargin: 16; elide: Text.ElideRight }
            ToolButton { text: qsTr("Sync"); Accessible.name: qsTr("Synchronize now"); enabled: !Vault.syncing; onClicked: Vault.sync(false) }
            ToolButton { objectName: "settingsButton"; text: qsTr("Settings"); Accessible.name: qsTr("Settings"); onClicked: page.settingsRequested() }
            ToolButton { objectName: "lockButton"; text: qsTr("Lock"); Accessible.name: qsTr("Lock the vault"); onClicked: Vault.lock() }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            currentIndex: Vault.currentTab
            onCurrentIndexChanged: Vault.currentTab = currentIndex
            Repeater {
                model: Vault.tabs
                TabButton {
                    required property var modelData
                    text: modelData.title
                    width: implicitWidth
                    Accessible.name: qsTr("Tab %1").arg(modelData.title)
                }
            }
        }

        TextField {
            id: search
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: 8
            placeholderText: Vault.searchAllTabs ? qsTr("Search all tabs") : qsTr("Search this tab")
            Accessible.name: qsTr("Search")
            text: Vault.searchText
            onTextChanged: Vault.searchText = text
        }

        Label {
            objectName: "syncStatus"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            wrapMode: Text.Wrap
            opacity: 0.75
            text: Vault.syncing
                  ? (Vault.syncTotal > 0 ? qsTr("Synchronizing: %1 of %2").arg(Vault.syncReceived).arg(Vault.syncTotal)
                                         : qsTr("Synchronizing…"))
                  : Vault.syncError.length > 0 ? Vault.syncError
                  : qsTr("%n record(s) · last synchronized %1", "", Vault.recordCount)
                        .arg(isNaN(Vault.lastSync) ? qsTr("never") : Vault.lastSync.toLocaleString(Qt.locale(), Locale.ShortFormat))
        }

        ListView {
            id: list
            objectName: "recordList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Vault.records
            reuseItems: true
            delegate: ItemDelegate {
                required property int index
                required property var recordId
                required property string name
                required property string userName
                required property string url
                objectName: "record_" + index
                width: ListView.view.width
                Accessible.name: qsTr("%1, %2").arg(name).arg(userName)
                contentItem: ColumnLayout {
                    Label { text: name; elide: Text.ElideRight; Layout.fillWidth: true }
                    Label {
                        text: [userName, url].filter(s => s.length > 0).join(" · ")
                        opacity: 0.7
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                onClicked: page.recordRequested(recordId)
            }
            // Pull down to synchronize.
            onDragEnded: if (contentY < -80 && !Vault.syncing) Vault.sync(false)
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
