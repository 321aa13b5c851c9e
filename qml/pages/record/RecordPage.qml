pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// One record: its fields by type; secrets hidden until revealed; copy and open.
Page {
    id: page
    objectName: "recordPage"
    required property RecordViewModel viewModel
    required property ClipboardGuard clipboard
    signal closed()
    title: page.viewModel.name

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton { objectName: "backButton"; text: qsTr("Back"); Accessible.name: qsTr("Back to the list"); onClicked: page.closed() }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; elide: Text.ElideRight }
        }
    }

    footer: Label {
        visible: page.clipboard.secondsLeft > 0
        padding: 8
        text: qsTr("Copied; the clipboard is cleared in %n second(s).", "", page.clipboard.secondsLeft)
    }

    ScrollView {
        anchors.fill: parent
        topPadding: 8
        ColumnLayout {
            width: page.width
            spacing: 4
            ErrorBanner { message: page.viewModel.error; Layout.margins: 8 }
            Repeater {
                model: page.viewModel.fields
                delegate: RecordField {
                    required property var modelData
                    field: modelData
                    totpCode: page.viewModel.totpCode
                    totpSecondsLeft: page.viewModel.totpSecondsLeft
                    canOpen: page.viewModel.canOpen(modelData.key)
                    onRevealRequested: shown => page.viewModel.reveal(modelData.key, shown)
                    onCopyRequested: page.viewModel.copy(modelData.key)
                    onOpenRequested: page.viewModel.openUrl(modelData.key)
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 8
                }
            }
        }
    }
}
