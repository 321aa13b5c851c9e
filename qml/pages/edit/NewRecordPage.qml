pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// A new record: which form, and where (Personal, or a unit the user may add records to, as the
// server said at the last sync). Places not allowed are not offered; when none is, why not.
Page {
    id: page
    objectName: "newRecordPage"
    required property NewRecordViewModel viewModel
    // Why the editor could not start (said by it), shown here.
    property string error
    property string form: viewModel.forms.length > 0 ? viewModel.forms[0].id : ""
    property var unit: viewModel.places.length > 0 ? viewModel.places[0].unit : undefined
    readonly property bool ready: form.length > 0 && unit !== undefined
    signal chosen(string form, var unit)
    signal cancelled()
    title: qsTr("New record")

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton { objectName: "backButton"; text: qsTr("Back"); Accessible.name: qsTr("Back to the list"); onClicked: page.cancelled() }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; elide: Text.ElideRight }
            ToolButton {
                objectName: "continueButton"
                text: qsTr("Next")
                enabled: page.ready
                Accessible.name: qsTr("Next: fill in the record")
                onClicked: page.chosen(page.form, page.unit)
            }
        }
    }

    Shortcut {
        sequence: "Escape"
        enabled: page.visible
        onActivated: page.cancelled()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        implicitWidth: 0 // the page's size comes from its window, not from this content

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 0

            ErrorBanner {
                objectName: "newRecordReason"
                message: page.viewModel.reason
                Layout.margins: 8
            }
            ErrorBanner {
                message: page.error
                Layout.margins: 8
            }

            Label {
                visible: page.viewModel.places.length > 0
                text: qsTr("Form")
                font.bold: true
                Layout.topMargin: 12
                Layout.leftMargin: 16
            }
            ButtonGroup { id: formGroup }
            Repeater {
                model: page.viewModel.places.length > 0 ? page.viewModel.forms : []
                RadioButton {
                    required property var modelData
                    objectName: "form_" + modelData.id
                    text: modelData.name
                    ButtonGroup.group: formGroup
                    checked: page.form === modelData.id
                    Accessible.name: qsTr("Form %1").arg(modelData.name)
                    Layout.leftMargin: 8
                    onToggled: if (checked) page.form = modelData.id
                }
            }

            Label {
                visible: page.viewModel.places.length > 0
                text: qsTr("Place")
                font.bold: true
                Layout.topMargin: 12
                Layout.leftMargin: 16
            }
            ButtonGroup { id: placeGroup }
            Repeater {
                model: page.viewModel.places
                RadioButton {
                    required property var modelData
                    objectName: "place_" + modelData.unit
                    text: modelData.name
                    ButtonGroup.group: placeGroup
                    checked: page.unit === modelData.unit
                    Accessible.name: qsTr("In %1").arg(modelData.name)
                    Layout.leftMargin: 8
                    onToggled: if (checked) page.unit = modelData.unit
                }
            }
        }
    }
}
