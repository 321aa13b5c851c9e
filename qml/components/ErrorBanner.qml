import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A refusal from the core, in its own words (what went wrong and what the user can do).
Pane {
    id: banner
    property string message
    visible: message.length > 0
    Layout.fillWidth: true
    Material.background: Material.color(Material.Red, Material.Shade100)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Label {
        objectName: "errorText"
        anchors.fill: parent
        text: banner.message
        wrapMode: Text.Wrap
        color: Material.color(Material.Red, Material.Shade900)
    }
}
