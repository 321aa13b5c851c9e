pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// What waits for the user after a sync: conflicts (both values, secrets hidden until shown, when
// and on which device each was made; keep mine or the server's), notes about whole records
// (acknowledged), and changes the server refused (its reason; retry or discard).
Page {
    id: page
    objectName: "conflictsPage"
    required property ConflictsViewModel viewModel
    signal closed()
    title: qsTr("Conflicts")

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton { objectName: "backButton"; text: qsTr("Back"); Accessible.name: qsTr("Back to the list"); onClicked: page.closed() }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; elide: Text.ElideRight }
        }
    }

    Shortcut {
        sequence: "Escape"
        enabled: page.visible && !discardDialog.visible
        onActivated: page.closed()
    }

    component Heading: Label {
        font.bold: true
        Layout.topMargin: 12
        Layout.leftMargin: 16
    }
    component Small: Label {
        wrapMode: Text.Wrap
        font.pixelSize: 12
        opacity: 0.7
        Layout.fillWidth: true
    }
    // One side of a conflict: its value (hidden while secret), when and where it was made.
    component Side: ColumnLayout {
        id: side
        property string caption
        property string value
        property string when
        property string device
        property bool hidden
        property string valueName
        spacing: 0
        Layout.fillWidth: true
        Small {
            objectName: side.valueName + "Where"
            text: qsTr("%1 — %2, %3").arg(side.caption).arg(side.when).arg(side.device)
        }
        Label {
            objectName: side.valueName
            text: side.hidden ? "••••••••" : side.value
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        implicitWidth: 0 // the page's size comes from its window, not from this content

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 4

            ErrorBanner { message: page.viewModel.error; Layout.margins: 8 }
            Label {
                objectName: "nothingWaits"
                visible: page.viewModel.count === 0
                text: qsTr("Nothing waits for you: every change of this device was sent or is waiting to be sent.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                Layout.margins: 24
            }

            Heading {
                visible: page.viewModel.notes.length > 0
                text: qsTr("Conflicts and notes")
            }
            Repeater {
                model: page.viewModel.notes
                delegate: Frame {
                    id: note
                    required property var modelData
                    required property int index
                    readonly property bool isField: modelData.kind === "field"
                    readonly property bool hasValues: modelData.kind !== "record"
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 4
                        Label {
                            text: note.modelData.name
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "noteText_" + note.index
                            text: note.modelData.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Side {
                            visible: note.hasValues
                            caption: qsTr("Yours")
                            value: note.modelData.mine ?? ""
                            when: note.modelData.mineWhen ?? ""
                            device: note.modelData.mineDevice ?? ""
                            hidden: note.modelData.secret && !note.modelData.revealed
                            valueName: "mine_" + note.index
                        }
                        Side {
                            visible: note.isField
                            caption: qsTr("The server's")
                            value: note.modelData.theirs ?? ""
                            when: note.modelData.theirsWhen ?? ""
                            device: note.modelData.theirsDevice ?? ""
                            hidden: note.modelData.secret && !note.modelData.revealed
                            valueName: "theirs_" + note.index
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 4
                            Button {
                                objectName: "reveal_" + note.index
                                visible: note.hasValues && note.modelData.secret
                                flat: true
                                text: note.modelData.revealed ? qsTr("Hide") : qsTr("Show")
                                Accessible.name: note.modelData.revealed
                                                 ? qsTr("Hide both values of %1").arg(note.modelData.label)
                                                 : qsTr("Show both values of %1").arg(note.modelData.label)
                                onClicked: page.viewModel.reveal(note.modelData.note, !note.modelData.revealed)
                            }
                            Button {
                                objectName: "keepMine_" + note.index
                                visible: note.isField
                                text: qsTr("Keep mine")
                                Accessible.name: qsTr("Keep my %1 of %2").arg(note.modelData.label).arg(note.modelData.name)
                                onClicked: page.viewModel.keepMine(note.modelData.note)
                            }
                            Button {
                                objectName: "keepServers_" + note.index
                                visible: note.isField
                                text: qsTr("Keep the server's")
                                Accessible.name: qsTr("Keep the server's %1 of %2").arg(note.modelData.label).arg(note.modelData.name)
                                onClicked: page.viewModel.keepServers(note.modelData.note)
                            }
                            Button {
                                objectName: "acknowledge_" + note.index
                                visible: !note.isField
                                text: qsTr("Understood")
                                Accessible.name: qsTr("Understood: let the note on %1 go").arg(note.modelData.name)
                                onClicked: page.viewModel.acknowledge(note.modelData.note)
                            }
                        }
                    }
                }
            }

            Heading {
                visible: page.viewModel.refused.length > 0
                text: qsTr("Changes the server refused")
            }
            Repeater {
                model: page.viewModel.refused
                delegate: Frame {
                    id: change
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 4
                        Label {
                            text: qsTr("%1: %2").arg(change.modelData.change).arg(change.modelData.name)
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "refusal_" + change.index
                            text: change.modelData.reason
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 4
                            Button {
                                objectName: "retry_" + change.index
                                text: qsTr("Retry")
                                Accessible.name: qsTr("Send the change of %1 again at the next synchronization").arg(change.modelData.name)
                                onClicked: page.viewModel.retry(change.modelData.record)
                            }
                            Button {
                                objectName: "discard_" + change.index
                                text: qsTr("Discard")
                                Accessible.name: qsTr("Discard the change of %1").arg(change.modelData.name)
                                onClicked: {
                                    discardDialog.record = change.modelData.record
                                    discardDialog.name = change.modelData.name
                                    discardDialog.open()
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: discardDialog
        objectName: "discardDialog"
        property var record
        property string name
        title: qsTr("Discard change")
        modal: true
        anchors.centerIn: parent
        width: Math.min(page.width - 32, 400)
        onAccepted: page.viewModel.discard(record)
        footer: DialogButtonBox {
            Button {
                objectName: "confirmDiscard"
                text: qsTr("Discard")
                Accessible.name: qsTr("Discard the change")
                onClicked: discardDialog.accept()
            }
            Button {
                text: qsTr("Keep")
                Accessible.name: qsTr("Keep the change")
                onClicked: discardDialog.reject()
            }
        }
        Label {
            width: 280 // fixed: a wrapped text's height must not depend on the dialog's own size
            wrapMode: Text.Wrap
            text: qsTr("Discard your change of \"%1\"? The record shows the server's version again (a new record is gone).").arg(discardDialog.name)
        }
    }
}
