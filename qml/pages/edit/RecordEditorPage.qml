pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// Editing a record, or filling in a new one: its fields by type, the name required (and why
// Save waits), passwords with their strength and a generator. Save writes on this device at once,
// offline too; Cancel drops what was typed. Ctrl+S saves, Escape cancels.
Page {
    id: page
    objectName: "editorPage"
    required property RecordEditorViewModel viewModel
    required property PasswordGeneratorViewModel generator
    signal finished(var id, bool created)
    signal cancelled()
    title: viewModel.title

    function save() {
        if (page.viewModel.canSave)
            page.viewModel.save()
    }
    function cancel() {
        page.viewModel.cancel()
        page.cancelled()
    }

    Connections {
        target: page.viewModel
        function onSaved(id, created) { page.finished(id, created) }
    }

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton {
                objectName: "cancelButton"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel: drop what was typed")
                onClicked: page.cancel()
            }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; elide: Text.ElideRight }
            ToolButton {
                objectName: "saveButton"
                text: qsTr("Save")
                enabled: page.viewModel.canSave
                Accessible.name: qsTr("Save on this device")
                onClicked: page.save()
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: page.visible
        onActivated: page.save()
    }
    Shortcut {
        sequence: "Escape"
        enabled: page.visible && !generatorDialog.visible
        onActivated: page.cancel()
    }

    GeneratorDialog {
        id: generatorDialog
        property string field
        generator: page.generator
        anchors.centerIn: parent
        onUsed: password => page.viewModel.setValue(field, password)
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        implicitWidth: 0 // the page's size comes from its window, not from this content

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 8

            Label {
                visible: page.viewModel.open
                text: qsTr("In: %1").arg(page.viewModel.place)
                opacity: 0.7
                Layout.topMargin: 8
                Layout.leftMargin: 16
            }
            ErrorBanner {
                objectName: "editorError"
                message: page.viewModel.error
                Layout.leftMargin: 8
                Layout.rightMargin: 8
            }
            Repeater {
                model: page.viewModel.fields
                delegate: EditorField {
                    id: field
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 8
                    onEdited: text => page.viewModel.setValue(field.key, text)
                    onTagAdded: tag => page.viewModel.addTag(field.key, tag)
                    onTagRemoved: index => page.viewModel.removeTag(field.key, index)
                    onGenerateRequested: {
                        page.generator.setUserWords(page.viewModel.userWords)
                        generatorDialog.field = field.key
                        generatorDialog.open()
                    }
                }
            }
            Label {
                visible: page.viewModel.open
                text: qsTr("Saved on this device at once; sent to the server at the next synchronization.")
                wrapMode: Text.Wrap
                opacity: 0.7
                font.pixelSize: 12
                Layout.fillWidth: true
                Layout.margins: 16
            }
        }
    }
}
