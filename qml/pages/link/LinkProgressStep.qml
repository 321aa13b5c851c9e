import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vaultlink

// Logging in, then the first sync with how far it got.
ColumnLayout {
    id: step
    required property LinkViewModel viewModel
    spacing: 12

    Label {
        text: step.viewModel.progressText
        Layout.fillWidth: true
    }
    ProgressBar {
        Layout.fillWidth: true
        from: 0
        to: 1
        value: Math.max(0, step.viewModel.progress)
        indeterminate: step.viewModel.progress < 0
        Accessible.name: qsTr("Synchronization progress")
    }
    Item { Layout.fillHeight: true }
}
