import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vaultlink

// Linked; the page moves on to unlocking the new profile.
ColumnLayout {
    id: step
    required property LinkViewModel viewModel

    Label { text: qsTr("Linked \"%1\".").arg(step.viewModel.linkedProfile) }
    Item { Layout.fillHeight: true }
}
