pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The linked profiles: which server, database and user each one links to.
Page {
    id: page
    objectName: "profilesPage"
    required property ProfilesModel viewModel
    // Why the vault closed itself, if it did (the server removed this device).
    property string lockReason
    signal addRequested()
    signal openRequested(string name)
    title: qsTr("Profiles")

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            Label {
                text: page.title
                font.pixelSize: 20
                Layout.fillWidth: true
                Layout.leftMargin: 16
            }
            ToolButton {
                objectName: "addProfile"
                text: qsTr("Add")
                Accessible.name: qsTr("Link a new profile")
                onClicked: page.addRequested()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        ErrorBanner { message: page.viewModel.error }
        ErrorBanner { objectName: "lockReason"; message: page.lockReason }

        ListView {
            id: list
            objectName: "profileList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: page.viewModel
            clip: true
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string name
                required property string server
                required property string database
                required property string user
                required property var lastSync
                objectName: "profile_" + index
                width: ListView.view.width
                text: name
                Accessible.name: qsTr("Profile %1: %2 on %3 at %4").arg(name).arg(user).arg(database).arg(server)
                contentItem: RowLayout {
                    ColumnLayout {
                        Layout.fillWidth: true
                        Label { text: row.name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label {
                            text: qsTr("%1 · %2 · %3").arg(row.user).arg(row.database).arg(row.server)
                            opacity: 0.7
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: isNaN(row.lastSync) ? qsTr("Not synchronized yet")
                                                      : qsTr("Last synchronized %1").arg(row.lastSync.toLocaleString(Qt.locale(), Locale.ShortFormat))
                            opacity: 0.7
                            font.pixelSize: 12
                        }
                    }
                    ToolButton {
                        text: "⋮"
                        Accessible.name: qsTr("Actions for profile %1").arg(row.name)
                        onClicked: actions.open()
                    }
                }
                // Beside the content, not in it: an id inside a control's content item would
                // make Qt Quick Controls build it at once instead of when it is needed.
                Menu {
                    id: actions
                    x: row.width - width
                    MenuItem {
                        text: qsTr("Rename…")
                        onTriggered: { renameDialog.profile = row.name; renameDialog.open() }
                    }
                    MenuItem {
                        text: qsTr("Remove…")
                        onTriggered: { removeDialog.profile = row.name; removeDialog.open() }
                    }
                }
                onClicked: page.openRequested(name)
            }
        }

        Label {
            visible: page.viewModel.count === 0
            text: qsTr("No profile yet. Link this device to your password server to begin.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.margins: 24
        }
    }

    Dialog {
        id: renameDialog
        property string profile
        title: qsTr("Rename profile")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 32, 400)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: { newName.text = profile; newName.forceActiveFocus() }
        onAccepted: page.viewModel.rename(profile, newName.text)
        TextField {
            id: newName
            width: renameDialog.availableWidth
            Accessible.name: qsTr("New name")
        }
    }

    Dialog {
        id: removeDialog
        property string profile
        title: qsTr("Remove profile")
        modal: true
        anchors.centerIn: parent
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: page.viewModel.remove(profile)
        Label {
            width: 280 // fixed: a wrapped text's height must not depend on the dialog's own size
            wrapMode: Text.Wrap
            text: qsTr("Remove \"%1\" from this device? Its local copy is deleted; the passwords stay on the server. While it is locked the server cannot be told: its session for this device ends on its own (to end it now, unlock it and choose Remove in the vault).").arg(removeDialog.profile)
        }
    }
}
