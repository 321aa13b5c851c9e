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
        text: step.viewModel.total > 0 ? qsTr("Synchronizing: %1 of %2 records").arg(step.viewModel.received).arg(step.viewModel.total)
                                       : qsTr("Logging in…")
        Layout.fillWidth: true
    }
    ProgressBar {
        Layout.fillWidth: true
        from: 0
        to: Math.max(1, step.viewModel.total)
        value: step.viewModel.received
        indeterminate: step.viewModel.total === 0
        Accessible.name: qsTr("Synchronization progress")
    }
    Item { Layout.fillHeight: true }
}
