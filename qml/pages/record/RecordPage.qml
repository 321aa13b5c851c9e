import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// One record: its fields by type; secrets hidden until revealed; copy and open.
Page {
    id: page
    objectName: "recordPage"
    signal closed()
    title: Record.name

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton { objectName: "backButton"; text: qsTr("Back"); Accessible.name: qsTr("Back to the list"); onClicked: page.closed() }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; elide: Text.ElideRight }
        }
    }

    footer: Label {
        visible: Clipboard.secondsLeft > 0
        padding: 8
        text: qsTr("Copied; the clipboard is cleared in %n second(s).", "", Clipboard.secondsLeft)
    }

    ScrollView {
        anchors.fill: parent
        topPadding: 8
        ColumnLayout {
            width: page.width
            spacing: 4
            ErrorBanner { message: Record.error; Layout.margins: 8 }
            Repeater {
                model: Record.fields
                delegate: RecordField {
                    required property var modelData
                    field: modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 8
                }
            }
        }
    }
}
