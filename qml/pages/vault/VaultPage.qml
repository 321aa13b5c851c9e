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
            ToolButton { objectName: "lockButton"; text: qsTr("Lock"); Accessible.name: qsTr("Lock the vault"); onClicked: Vault.lock() }
            // The rest in a menu: a phone's toolbar keeps its room for the profile's name.
            ToolButton {
                objectName: "menuButton"
                text: "⋮"
                Accessible.name: qsTr("More")
                onClicked: menu.open()
                Menu {
                    id: menu
                    y: parent.height
                    MenuItem {
                        objectName: "syncButton"
                        text: qsTr("Synchronize now")
                        enabled: !Vault.syncStatus.syncing
                        onTriggered: Vault.sync(false)
                    }
                    MenuItem {
                        objectName: "settingsButton"
                        text: qsTr("Settings")
                        onTriggered: page.settingsRequested()
                    }
                }
            }
        }
    }

    // The server asks for a second factor while logging in again during a sync.
    Connections {
        target: Vault
        function onOtpRequested() { otpDialog.open() }
    }
    OtpDialog {
        id: otpDialog
        digits: Vault.otpDigits
        onAnswered: code => Vault.answerOtp(code)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            TabBar {
                id: tabs
                Layout.fillWidth: true
                // One way: the view-model says which tab is open; a click asks it to change.
                // (Rebuilding the tabs moves the bar's own index, which must not reach the vault.)
                currentIndex: Vault.currentTab
                Repeater {
                    model: Vault.tabs
                    TabButton {
                        id: tab
                        required property var modelData
                        required property int index
                        objectName: "tab_" + index
                        text: modelData.title
                        width: implicitWidth
                        rightPadding: modelData.closable ? closeTab.width : leftPadding
                        Accessible.name: qsTr("Tab %1").arg(modelData.title)
                        onClicked: Vault.currentTab = index
                        ToolButton {
                            id: closeTab
                            objectName: "closeTab_" + tab.index
                            visible: tab.modelData.closable
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            text: "×"
                            Accessible.name: qsTr("Close the tab %1").arg(tab.modelData.title)
                            onClicked: Vault.closeTab(tab.index)
                        }
                    }
                }
            }
            ToolButton {
                objectName: "addTab"
                visible: Vault.availableUnits.length > 0
                text: "+"
                Accessible.name: qsTr("Add a tab for an organizational unit")
                onClicked: unitMenu.open()
                Menu {
                    id: unitMenu
                    objectName: "unitMenu"
                    y: parent.height
                    Repeater {
                        model: Vault.availableUnits
                        MenuItem {
                            required property var modelData
                            objectName: "addTab_" + modelData.id
                            text: modelData.name
                            Accessible.name: qsTr("Add the tab %1").arg(modelData.name)
                            onTriggered: Vault.addUnitTab(modelData.id)
                        }
                    }
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
            text: Vault.syncStatus.line
        }
        ErrorBanner {
            objectName: "syncError"
            visible: !Vault.syncStatus.syncing && message.length > 0
            message: Vault.syncStatus.failureLine
            Layout.leftMargin: 8
            Layout.rightMargin: 8
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
                        visible: text.length > 0
                        text: [userName, url].filter(s => s.length > 0).join(" · ")
                        opacity: 0.7
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                onClicked: page.recordRequested(recordId)
            }
            // Pull down to synchronize.
            onDragEnded: if (verticalOvershoot < -80 && !Vault.syncStatus.syncing) Vault.sync(false)
            Label {
                objectName: "pullHint"
                anchors.horizontalCenter: parent.horizontalCenter
                y: 8
                visible: list.verticalOvershoot < -16 && !Vault.syncStatus.syncing
                text: list.verticalOvershoot < -80 ? qsTr("Release to synchronize") : qsTr("Pull down to synchronize")
                opacity: 0.7
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
