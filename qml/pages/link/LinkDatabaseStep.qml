pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vaultlink

// The server's databases; one without mobile synchronization says so (the server refuses it).
ColumnLayout {
    id: step
    required property LinkViewModel viewModel

    Label {
        text: qsTr("Choose a database on %1").arg(step.viewModel.server)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        model: step.viewModel.databases
        delegate: ItemDelegate {
            required property var modelData
            width: ListView.view.width
            text: modelData.mobileSync ? modelData.name
                                       : qsTr("%1 (mobile synchronization off)").arg(modelData.name)
            Accessible.name: text
            onClicked: step.viewModel.chooseDatabase(modelData.name)
        }
    }
}
