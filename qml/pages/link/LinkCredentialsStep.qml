import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vaultlink

// Who links: the user name (a link code names it), the password, and a name for the profile.
ColumnLayout {
    id: step
    required property LinkViewModel viewModel
    spacing: 12

    Label {
        text: step.viewModel.fromCode
              ? qsTr("Link code for %1 in %2 on %3").arg(step.viewModel.userName).arg(step.viewModel.databaseName).arg(step.viewModel.server)
              : qsTr("Database %1 on %2").arg(step.viewModel.databaseName).arg(step.viewModel.server)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: step.viewModel.pinned
        text: qsTr("The server's key is pinned by the link code.")
        opacity: 0.7
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        id: user
        objectName: "userField"
        visible: !step.viewModel.fromCode
        placeholderText: qsTr("User name")
        Accessible.name: qsTr("User name")
        Layout.fillWidth: true
    }
    // A directory (Active Directory) account: its domain here, or typed as DOMAIN\user or
    // user@domain in the user name.
    TextField {
        id: domain
        objectName: "domainField"
        visible: !step.viewModel.fromCode
        placeholderText: qsTr("Domain (directory accounts only)")
        Accessible.name: qsTr("Domain")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
        Layout.fillWidth: true
    }
    PasswordField {
        id: password
        Layout.fillWidth: true
        placeholderText: qsTr("Password")
    }
    TextField {
        id: profileName
        objectName: "profileNameField"
        placeholderText: qsTr("Profile name")
        Accessible.name: qsTr("Profile name")
        text: step.viewModel.suggestedName
        Layout.fillWidth: true
    }
    Button {
        objectName: "linkButton"
        text: qsTr("Link")
        highlighted: true
        Accessible.name: text
        Layout.fillWidth: true
        enabled: !step.viewModel.busy && password.text.length > 0
        // The password leaves the field as soon as it is handed over.
        onClicked: { step.viewModel.link(user.text, password.text, profileName.text, domain.text); password.text = "" }
    }
    Item { Layout.fillHeight: true }
}
