pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The unlocked vault: tabs, search as you type, the list (read lazily, with the records changed
// here and not sent yet, or in conflict, marked), the sync status, a new record, and what waits
// for the user after a sync.
Page {
    id: page
    objectName: "vaultPage"
    required property VaultViewModel viewModel
    readonly property SyncStatus syncStatus: viewModel.syncStatus
    signal recordRequested(var id)
    signal settingsRequested()
    signal newRecordRequested()
    signal conflictsRequested()
    signal autofillRequested()
    title: viewModel.profileName

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; Layout.leftMargin: 16; elide: Text.ElideRight }
            ToolButton {
                objectName: "newRecordButton"
                text: qsTr("New")
                Accessible.name: qsTr("New record")
                onClicked: page.newRecordRequested()
            }
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
                        objectName: "conflictsButton"
                        text: page.syncStatus.attention > 0 ? qsTr("Conflicts (%1)").arg(page.syncStatus.attention)
                                                            : qsTr("Conflicts")
                        onTriggered: page.conflictsRequested()
                    }
                    MenuItem {
                        objectName: "autofillButton"
                        text: qsTr("Matches for a web address")
                        onTriggered: page.autofillRequested()
                    }
                    MenuItem {
                        objectName: "settingsButton"
                        text: qsTr("Settings")
                        onTriggered: page.settingsRequested()
                    }
                    MenuItem {
                        objectName: "leaveButton"
                        text: qsTr("Lock, sign out or remove…")
                        onTriggered: leaveDialog.open()
                    }
                }
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: page.visible
        onActivated: page.newRecordRequested()
    }

    // The server asks for a second factor while logging in again during a sync.
    SecondFactorDialog { bridge: page.viewModel.secondFactor }

    // The three ways to leave, each said in one line.
    Dialog {
        id: leaveDialog
        objectName: "leaveDialog"
        title: qsTr("Leave the vault")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 32, 420)
        standardButtons: Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            Button {
                objectName: "leaveLock"
                text: qsTr("Lock")
                Layout.fillWidth: true
                onClicked: { leaveDialog.close(); page.viewModel.lock() }
            }
            Label {
                text: qsTr("Closes the vault here; your session stays, and your password or biometrics open it again.")
                wrapMode: Text.Wrap; Layout.fillWidth: true; opacity: 0.75
            }
            Button {
                objectName: "leaveSignOut"
                text: qsTr("Sign out")
                Layout.fillWidth: true
                onClicked: { leaveDialog.close(); page.viewModel.signOut() }
            }
            Label {
                objectName: "signOutLine"
                text: page.viewModel.signOutDeletes
                      ? qsTr("Ends your session on the server; as your administrator requires, the copy on this device is deleted.")
                      : qsTr("Ends your session on the server; the copy on this device stays readable offline until you sign in again.")
                wrapMode: Text.Wrap; Layout.fillWidth: true; opacity: 0.75
            }
            Button {
                objectName: "leaveRemove"
                text: qsTr("Remove from this device")
                Layout.fillWidth: true
                onClicked: { leaveDialog.close(); page.viewModel.removeProfile() }
            }
            Label {
                text: qsTr("Ends your session on the server where it can be reached and deletes this profile and its copy; the passwords stay on the server.")
                wrapMode: Text.Wrap; Layout.fillWidth: true; opacity: 0.75
            }
        }
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

        // The server's offline limit is near: said before it closes the vault.
        Pane {
            objectName: "offlineWarning"
            visible: page.syncStatus.offlineLine.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            padding: 4
            Material.background: Material.color(Material.Amber, Material.Shade100)
            Label {
                anchors.fill: parent
                text: "⚠ " + qsTr("%1. Connect to the server to continue using this copy.").arg(page.syncStatus.offlineLine)
                color: Material.color(Material.Brown, Material.Shade900)
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
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
        // What the last sync did with this device's changes, said once it is done.
        Label {
            objectName: "pushLine"
            visible: !page.syncStatus.syncing && text.length > 0
            text: page.syncStatus.pushLine
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        // Refused changes and conflicts wait for the user until reviewed.
        Pane {
            objectName: "attention"
            visible: page.syncStatus.attention > 0
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            padding: 4
            Material.background: Material.color(Material.Amber, Material.Shade100)
            RowLayout {
                anchors.fill: parent
                Label {
                    objectName: "attentionLine"
                    text: "⚠ " + page.syncStatus.attentionLine
                    color: Material.color(Material.Brown, Material.Shade900)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: page.syncStatus.attentionLine
                }
                Button {
                    objectName: "reviewButton"
                    text: qsTr("Review")
                    flat: true
                    Accessible.name: qsTr("Review conflicts and refused changes")
                    onClicked: page.conflictsRequested()
                }
            }
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
                required property bool pending
                required property bool noted
                objectName: "record_" + index
                width: ListView.view.width
                // The marks are said, not only shown.
                Accessible.name: qsTr("%1, %2").arg(name).arg(userName)
                                 + (pending ? qsTr(", not sent yet") : "") + (noted ? qsTr(", in conflict") : "")
                contentItem: ColumnLayout {
                    RowLayout {
                        Layout.fillWidth: true
                        Label { text: recordRow.name; elide: Text.ElideRight; Layout.fillWidth: true }
                        // Marks by shape and name, not by colour alone.
                        Label {
                            objectName: "pending_" + recordRow.index
                            visible: recordRow.pending
                            text: "↑"
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Not sent yet")
                        }
                        Label {
                            objectName: "noted_" + recordRow.index
                            visible: recordRow.noted
                            text: "⚠"
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Conflict: waits for your review")
                        }
                    }
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
