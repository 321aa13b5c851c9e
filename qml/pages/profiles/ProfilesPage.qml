import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vaultlink

// The linked profiles: which server, database and user each one links to.
Page {
    id: page
    objectName: "profilesPage"
    signal addRequested()
    signal openRequested(string name)
    title: qsTr("Profiles")

    header: ToolBar {
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
        ErrorBanner { message: Profiles.error }

        ListView {
            id: list
            objectName: "profileList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: Profiles
            clip: true
            delegate: ItemDelegate {
                required property string name
                required property string server
                required property string database
                required property string user
                width: ListView.view.width
                text: name
                Accessible.name: qsTr("Profile %1: %2 on %3 at %4").arg(name).arg(user).arg(database).arg(server)
                contentItem: ColumnLayout {
                    Label { text: name; font.bold: true }
                    Label {
                        text: qsTr("%1 · %2 · %3").arg(user).arg(database).arg(server)
                        opacity: 0.7
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                onClicked: page.openRequested(name)
            }
        }

        Label {
            visible: Profiles.count === 0
            text: qsTr("No profile yet. Link this device to your password server to begin.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.margins: 24
        }
    }
}
