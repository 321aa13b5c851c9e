pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One field of the record being edited, as its type asks: one line (secrets hidden until shown,
// a password with its generator and its strength as it is typed), notes on several lines, tags
// as a list. The values come from the editor's model (its roles); what the user does goes out as
// signals, which the page hands to its view-model.
ColumnLayout {
    id: root
    required property string key
    required property string type
    required property string label
    required property string value
    required property var tags
    required property bool secret
    required property string problem
    required property int score
    required property string strength
    signal edited(string text)
    signal tagAdded(string tag)
    signal tagRemoved(int index)
    signal generateRequested()
    readonly property bool multiLine: type === "notes"
    readonly property bool isTags: type === "tags"
    spacing: 2

    function addTag() {
        if (newTag.text.trim().length === 0)
            return
        root.tagAdded(newTag.text)
        newTag.clear()
    }

    Label { text: root.label; opacity: 0.7; font.pixelSize: 12 }

    RowLayout {
        visible: !root.multiLine && !root.isTags
        Layout.fillWidth: true
        TextField {
            objectName: root.multiLine || root.isTags ? "" : "field_" + root.key
            Layout.fillWidth: true
            text: root.value
            echoMode: root.secret && !reveal.checked ? TextInput.Password : TextInput.Normal
            Binding on font.family {
                when: root.secret
                value: "monospace"
            }
            placeholderText: root.type === "date" ? qsTr("e.g. 2027-05-31") : ""
            inputMethodHints: root.secret ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                            : root.type === "url" ? Qt.ImhUrlCharactersOnly
                            : root.type === "email" ? Qt.ImhEmailCharactersOnly
                            : root.type === "date" ? Qt.ImhDate
                            : root.type === "username" ? Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                            : Qt.ImhNone
            Accessible.name: root.label
            Accessible.description: root.problem
            onTextEdited: root.edited(text)
        }
        ToolButton {
            id: reveal
            objectName: "reveal_" + root.key
            visible: root.secret
            checkable: true
            text: checked ? qsTr("Hide") : qsTr("Show")
            Accessible.name: checked ? qsTr("Hide %1").arg(root.label) : qsTr("Show %1").arg(root.label)
        }
        ToolButton {
            objectName: "generate_" + root.key
            visible: root.type === "password"
            text: qsTr("Generate")
            Accessible.name: qsTr("Generate a new %1").arg(root.label)
            onClicked: root.generateRequested()
        }
    }

    TextArea {
        objectName: root.multiLine ? "field_" + root.key : ""
        visible: root.multiLine
        Layout.fillWidth: true
        Layout.minimumHeight: 96
        wrapMode: TextEdit.Wrap
        text: root.value
        Accessible.name: root.label
        // A binding's own update is not the user's edit.
        onTextChanged: if (text !== root.value) root.edited(text)
    }

    // Tags: each one a button that removes it, then an entry for a new one.
    Flow {
        visible: root.isTags
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: root.isTags ? root.tags : []
            Button {
                required property string modelData
                required property int index
                objectName: "tag_" + root.key + "_" + index
                text: modelData + "  ×"
                flat: true
                Accessible.name: qsTr("Remove the tag %1").arg(modelData)
                onClicked: root.tagRemoved(index)
            }
        }
    }
    RowLayout {
        visible: root.isTags
        Layout.fillWidth: true
        TextField {
            id: newTag
            objectName: "newTag_" + root.key
            Layout.fillWidth: true
            placeholderText: qsTr("New tag")
            Accessible.name: qsTr("New tag for %1").arg(root.label)
            onAccepted: root.addTag()
        }
        ToolButton {
            objectName: "addTag_" + root.key
            text: qsTr("Add")
            enabled: newTag.text.trim().length > 0
            Accessible.name: qsTr("Add the tag")
            onClicked: root.addTag()
        }
    }

    // A password's strength as it is typed: in words, beside a bar (the words carry it, not the
    // colour).
    RowLayout {
        visible: root.score >= 0
        Layout.fillWidth: true
        ProgressBar {
            from: 0
            to: 4
            value: root.score + 0.25 // a very weak one still shows a sliver
            Layout.preferredWidth: 64
            Material.accent: [Material.Red, Material.DeepOrange, Material.Amber, Material.LightGreen, Material.Green][Math.max(0, root.score)]
        }
        Label {
            objectName: "strength_" + root.key
            text: root.strength
            wrapMode: Text.Wrap
            font.pixelSize: 12
            Layout.fillWidth: true
        }
    }

    Label {
        objectName: "problem_" + root.key
        visible: root.problem.length > 0
        text: root.problem
        color: Material.color(Material.Red)
        wrapMode: Text.Wrap
        font.pixelSize: 12
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
