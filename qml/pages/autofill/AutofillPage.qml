pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// The desktop's stand-in for the phones' autofill: the logins they would offer on a web page,
// found by the same matcher. A match opens the record's page; no secret is shown here.
Page {
    id: page
    objectName: "autofillPage"
    required property AutofillViewModel viewModel
    signal recordRequested(var id)
    signal closed()
    title: qsTr("Matches for a web address")

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
        enabled: page.visible
        onActivated: page.closed()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        Label {
            text: qsTr("On a phone, autofill offers these logins in the browser or app. This computer has no autofill: type a page's address to see them (a stand-in for testing).")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: address
                objectName: "autofillAddress"
                placeholderText: qsTr("https://example.com/login")
                text: page.viewModel.address
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Web address")
                Layout.fillWidth: true
                onTextEdited: page.viewModel.address = text
                onAccepted: page.viewModel.lookUp()
            }
            Button {
                objectName: "autofillFind"
                text: qsTr("Find")
                Accessible.name: qsTr("Find the matching logins")
                enabled: address.text.trim().length > 0
                onClicked: page.viewModel.lookUp()
            }
        }
        ErrorBanner { objectName: "autofillError"; message: page.viewModel.error; Layout.fillWidth: true }
        Label {
            objectName: "autofillNone"
            visible: page.viewModel.searched && page.viewModel.matches.length === 0
            text: qsTr("No login is offered on this page.")
            Layout.fillWidth: true
        }
        ListView {
            objectName: "autofillMatches"
            model: page.viewModel.matches
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: ItemDelegate {
                id: match
                required property var modelData
                required property int index
                objectName: "autofillMatch_" + index
                width: ListView.view.width
                text: match.modelData.userName.length > 0
                      ? qsTr("%1 — %2").arg(match.modelData.title).arg(match.modelData.userName)
                      : match.modelData.title
                Accessible.name: text
                onClicked: page.recordRequested(match.modelData.id)
                // An encrypted site's login on an unencrypted page: said before anything is used.
                ToolTip.visible: match.modelData.insecure && match.hovered
                ToolTip.text: qsTr("This page is not encrypted (http)")
                Label {
                    visible: match.modelData.insecure
                    text: qsTr("Not encrypted")
                    color: Material.color(Material.Red)
                    anchors.right: parent.right
                    anchors.rightMargin: 16
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }
}
