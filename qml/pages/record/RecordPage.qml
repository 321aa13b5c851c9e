pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// One record: its fields by type; secrets hidden until revealed; copy and open. Edit and delete
// where the user's rights allow (else why it is read only), how its change on this device
// stands, and the passwords it held before.
Page {
    id: page
    objectName: "recordPage"
    required property RecordViewModel viewModel
    required property ClipboardGuard clipboard
    required property RecordActions actions
    required property RecordHistory history
    signal closed()
    signal editRequested()
    signal conflictsRequested()
    title: page.viewModel.name

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton { objectName: "backButton"; text: qsTr("Back"); Accessible.name: qsTr("Back to the list"); onClicked: page.closed() }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; elide: Text.ElideRight }
            ToolButton {
                objectName: "editButton"
                visible: page.actions.canEdit
                text: qsTr("Edit")
                Accessible.name: qsTr("Edit this record")
                onClicked: page.editRequested()
            }
            ToolButton {
                objectName: "deleteButton"
                visible: page.actions.canDelete
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete this record")
                onClicked: deleteDialog.open()
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+E"
        enabled: page.visible && page.actions.canEdit
        onActivated: page.editRequested()
    }
    Shortcut {
        sequence: "Delete"
        enabled: page.visible && page.actions.canDelete && !deleteDialog.visible
        onActivated: deleteDialog.open()
    }

    Connections {
        target: page.actions
        function onRemoved() { page.closed() }
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
            ErrorBanner { objectName: "actionError"; message: page.actions.error; Layout.margins: 8 }
            Label {
                objectName: "readOnlyReason"
                visible: text.length > 0
                text: page.actions.readOnlyReason
                wrapMode: Text.Wrap
                opacity: 0.8
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Label {
                objectName: "changeState"
                visible: text.length > 0
                text: page.actions.changeState
                wrapMode: Text.Wrap
                font.italic: true
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
            }
            Button {
                objectName: "reviewConflicts"
                visible: page.actions.noted
                text: qsTr("Review the conflict")
                Accessible.name: qsTr("Review the conflict of this record")
                flat: true
                Layout.leftMargin: 8
                onClicked: page.conflictsRequested()
            }
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

            Label {
                visible: page.history.entries.length > 0
                text: qsTr("Earlier passwords")
                font.bold: true
                Layout.topMargin: 12
                Layout.leftMargin: 16
            }
            Repeater {
                model: page.history.entries
                delegate: ColumnLayout {
                    id: entry
                    required property var modelData
                    required property int index
                    spacing: 0
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 8
                    Label {
                        text: qsTr("%1, %2 %3").arg(entry.modelData.label).arg(entry.modelData.why).arg(entry.modelData.when)
                        opacity: 0.7
                        font.pixelSize: 12
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            objectName: "history_" + entry.index
                            Layout.fillWidth: true
                            wrapMode: Text.WrapAnywhere
                            textFormat: Text.PlainText
                            font.family: "monospace"
                            text: entry.modelData.revealed ? entry.modelData.value : "••••••••"
                        }
                        ToolButton {
                            objectName: "revealHistory_" + entry.index
                            text: entry.modelData.revealed ? qsTr("Hide") : qsTr("Show")
                            Accessible.name: entry.modelData.revealed
                                             ? qsTr("Hide the earlier %1 of %2").arg(entry.modelData.label).arg(entry.modelData.when)
                                             : qsTr("Show the earlier %1 of %2").arg(entry.modelData.label).arg(entry.modelData.when)
                            onClicked: page.history.reveal(entry.index, !entry.modelData.revealed)
                        }
                        ToolButton {
                            text: qsTr("Copy")
                            Accessible.name: qsTr("Copy the earlier %1 of %2").arg(entry.modelData.label).arg(entry.modelData.when)
                            onClicked: page.history.copy(entry.index)
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: deleteDialog
        objectName: "deleteDialog"
        title: qsTr("Delete record")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 32, 400)
        onAccepted: page.actions.remove()
        footer: DialogButtonBox {
            Button {
                objectName: "confirmDelete"
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete the record")
                onClicked: deleteDialog.accept()
            }
            Button {
                objectName: "keepRecord"
                text: qsTr("Keep")
                Accessible.name: qsTr("Keep the record")
                onClicked: deleteDialog.reject()
            }
        }
        Label {
            width: 280 // fixed: a wrapped text's height must not depend on the dialog's own size
            wrapMode: Text.Wrap
            text: qsTr("Delete \"%1\"? It goes from this device at once, and from the server at the next synchronization.").arg(page.title)
        }
    }
}
