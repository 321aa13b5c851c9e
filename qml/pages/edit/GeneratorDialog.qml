pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vaultlink

// A new password for a password field: characters of the chosen kinds or words, made again at
// each change of an option, with its strength. "Use" hands it to the field; it leaves the
// generator when the dialog closes.
Dialog {
    id: dialog
    objectName: "generatorDialog"
    required property PasswordGeneratorViewModel generator
    signal used(string password)
    title: qsTr("New password")
    modal: true
    // A phone's screen, nearly: the options scroll inside.
    width: Math.min(parent ? parent.width - 32 : 328, 420)
    height: Math.min(parent ? parent.height - 48 : 592, 640)
    onOpened: dialog.generator.generate()
    onClosed: dialog.generator.clear()

    footer: DialogButtonBox {
        Button {
            objectName: "usePassword"
            text: qsTr("Use")
            enabled: dialog.generator.password.length > 0
            Accessible.name: qsTr("Use this password")
            onClicked: { dialog.used(dialog.generator.password); dialog.close() }
        }
        Button {
            objectName: "cancelGenerator"
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel, keep the password as it was")
            onClicked: dialog.close()
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        implicitWidth: 0 // the dialog's size comes from its page, not from this content
        implicitHeight: 0
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 2

            Label {
                objectName: "generatedPassword"
                text: dialog.generator.password
                font.family: "monospace"
                font.pixelSize: 16
                wrapMode: Text.WrapAnywhere
                textFormat: Text.PlainText
                Layout.fillWidth: true
            }
            Label {
                objectName: "generatedStrength"
                text: dialog.generator.problem.length > 0 ? dialog.generator.problem : dialog.generator.strength
                wrapMode: Text.Wrap
                font.pixelSize: 12
                Layout.fillWidth: true
            }
            Button {
                objectName: "regenerate"
                text: qsTr("Another one")
                Accessible.name: qsTr("Make another password")
                flat: true
                onClicked: dialog.generator.generate()
            }

            RowLayout {
                RadioButton {
                    objectName: "modeCharacters"
                    text: qsTr("Characters")
                    checked: !dialog.generator.wordsMode
                    Accessible.name: text
                    onToggled: dialog.generator.wordsMode = !checked
                }
                RadioButton {
                    objectName: "modeWords"
                    text: qsTr("Words")
                    checked: dialog.generator.wordsMode
                    Accessible.name: text
                    onToggled: dialog.generator.wordsMode = checked
                }
            }

            // Characters
            Label {
                visible: !dialog.generator.wordsMode
                text: qsTr("Length: %1").arg(dialog.generator.length)
            }
            Slider {
                objectName: "lengthSlider"
                visible: !dialog.generator.wordsMode
                from: dialog.generator.minLength
                to: dialog.generator.maxLength
                stepSize: 1
                snapMode: Slider.SnapAlways
                value: dialog.generator.length
                Accessible.name: qsTr("Length")
                Layout.fillWidth: true
                onMoved: dialog.generator.length = value
            }
            component Option: CheckBox {
                Accessible.name: text
                Layout.fillWidth: true
            }
            Option {
                visible: !dialog.generator.wordsMode
                text: qsTr("Lower-case letters (a–z)")
                checked: dialog.generator.lower
                onToggled: dialog.generator.lower = checked
            }
            Option {
                visible: !dialog.generator.wordsMode
                text: qsTr("Capital letters (A–Z)")
                checked: dialog.generator.upper
                onToggled: dialog.generator.upper = checked
            }
            Option {
                visible: !dialog.generator.wordsMode
                text: qsTr("Digits (0–9)")
                checked: dialog.generator.digits
                onToggled: dialog.generator.digits = checked
            }
            Option {
                visible: !dialog.generator.wordsMode
                text: qsTr("Symbols (!#$%…)")
                checked: dialog.generator.symbols
                onToggled: dialog.generator.symbols = checked
            }
            Option {
                visible: !dialog.generator.wordsMode
                text: qsTr("Leave out look-alikes (0 O o 1 l I | and small punctuation)")
                checked: dialog.generator.avoidAmbiguous
                onToggled: dialog.generator.avoidAmbiguous = checked
            }

            // Words
            Label {
                visible: dialog.generator.wordsMode
                text: qsTr("Words: %1").arg(dialog.generator.words)
            }
            Slider {
                objectName: "wordsSlider"
                visible: dialog.generator.wordsMode
                from: dialog.generator.minWords
                to: dialog.generator.maxWords
                stepSize: 1
                snapMode: Slider.SnapAlways
                value: dialog.generator.words
                Accessible.name: qsTr("Number of words")
                Layout.fillWidth: true
                onMoved: dialog.generator.words = value
            }
            TextField {
                visible: dialog.generator.wordsMode
                text: dialog.generator.separator
                placeholderText: qsTr("Separator")
                Accessible.name: qsTr("Separator between the words")
                Layout.fillWidth: true
                onTextEdited: dialog.generator.separator = text
            }
            Option {
                visible: dialog.generator.wordsMode
                text: qsTr("Capitalize each word")
                checked: dialog.generator.capitalize
                onToggled: dialog.generator.capitalize = checked
            }
            Option {
                visible: dialog.generator.wordsMode
                text: qsTr("Add a digit")
                checked: dialog.generator.appendDigit
                onToggled: dialog.generator.appendDigit = checked
            }
        }
    }
}
