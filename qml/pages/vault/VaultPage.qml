pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The unlocked vault: tabs, search as you type, the list (read lazily), and the sync status.
Page {
    id: page
    objectName: "vaultPage"
    required property VaultViewModel viewModel
    readonly property SyncStatus syncStatus: viewModel.syncStatus
    signal recordRequested(var id)
    signal settingsRequested()
    title: viewModel.profileName

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; Layout.leftMargin: 16; elide: Text.ElideRight }
            ToolButton { objectName: "lockButton"; text: qsTr("Lock"); Accessible.name: qsTr("Lock the vault"); onClicked: page.viewModel.lock() }
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
                        enabled: !page.syncStatus.syncing
                        onTriggered: page.viewModel.sync(false)
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
        target: page.viewModel
        function onOtpRequested() { otpDialog.open() }
    }
    OtpDialog {
        id: otpDialog
        digits: page.viewModel.otpDigits
        onAnswered: code => page.viewModel.answerOtp(code)
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
                currentIndex: page.viewModel.currentTab
                Repeater {
                    model: page.viewModel.tabs
                    TabButton {
                        id: tab
                        required property var modelData
                        required property int index
                        objectName: "tab_" + index
                        text: modelData.title
                        width: implicitWidth
                        rightPadding: modelData.closable ? closeTab.width : leftPadding
                        Accessible.name: qsTr("Tab %1").arg(modelData.title)
                        onClicked: page.viewModel.currentTab = index
                        ToolButton {
                            id: closeTab
                            objectName: "closeTab_" + tab.index
                            visible: tab.modelData.closable
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            text: "×"
                            Accessible.name: qsTr("Close the tab %1").arg(tab.modelData.title)
                            onClicked: page.viewModel.closeTab(tab.index)
                        }
                    }
                }
            }
            ToolButton {
                objectName: "addTab"
                visible: page.viewModel.availableUnits.length > 0
                text: "+"
                Accessible.name: qsTr("Add a tab for an organizational unit")
                onClicked: unitMenu.open()
                Menu {
                    id: unitMenu
                    objectName: "unitMenu"
                    y: parent.height
                    Repeater {
                        model: page.viewModel.availableUnits
                        MenuItem {
                            required property var modelData
                            objectName: "addTab_" + modelData.id
                            text: modelData.name
                            Accessible.name: qsTr("Add the tab %1").arg(modelData.name)
                            onTriggered: page.viewModel.addUnitTab(modelData.id)
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
            placeholderText: page.viewModel.searchAllTabs ? qsTr("Search all tabs") : qsTr("Search this tab")
            Accessible.name: qsTr("Search")
            text: page.viewModel.searchText
            onTextChanged: page.viewModel.searchText = text
        }

        Label {
            objectName: "syncStatus"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            wrapMode: Text.Wrap
            opacity: 0.75
            text: page.syncStatus.line
        }
        ErrorBanner {
            objectName: "syncError"
            visible: !page.syncStatus.syncing && message.length > 0
            message: page.syncStatus.failureLine
            Layout.leftMargin: 8
            Layout.rightMargin: 8
        }

        ListView {
            id: list
            objectName: "recordList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.viewModel.records
            reuseItems: true
            delegate: ItemDelegate {
                id: recordRow
                required property int index
                required property var recordId
                required property string name
                required property string userName
                required property string url
                objectName: "record_" + index
                width: ListView.view.width
                Accessible.name: qsTr("%1, %2").arg(name).arg(userName)
                contentItem: ColumnLayout {
                    Label { text: recordRow.name; elide: Text.ElideRight; Layout.fillWidth: true }
                    Label {
                        visible: text.length > 0
                        text: recordRow.userName + (recordRow.userName.length > 0 && recordRow.url.length > 0 ? " · " : "")
                              + recordRow.url
                        opacity: 0.7
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                onClicked: page.recordRequested(recordId)
            }
            // Pull down to synchronize.
            onDragEnded: if (verticalOvershoot < -80 && !page.syncStatus.syncing) page.viewModel.sync(false)
            Label {
                objectName: "pullHint"
                anchors.horizontalCenter: parent.horizontalCenter
                y: 8
                visible: list.verticalOvershoot < -16 && !page.syncStatus.syncing
                text: list.verticalOvershoot < -80 ? qsTr("Release to synchronize") : qsTr("Pull down to synchronize")
                opacity: 0.7
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
