import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Vaultlink

// Linking this device: by typing the server's address, or from a link code (a QR picture). One
// view per step of the view-model, and the authenticator code asked in a dialog over the login.
Page {
    id: page
    objectName: "linkPage"
    required property LinkViewModel viewModel
    required property CameraAccess cameraAccess
    required property StandInCamera standInCamera
    // Whether there is a page to go back to from the first step (a profile exists).
    property bool cancellable: false
    signal finished(string name)
    signal cancelled()
    title: qsTr("Link a profile")

    // Which view shows which step, by the step's name: a step added or moved in C++ cannot
    // silently show another step's view. The code dialog comes up over the login's progress.
    function viewOf(step: int): Item {
        switch (step) {
        case LinkViewModel.Start: return startStep
        case LinkViewModel.Database: return databaseStep
        case LinkViewModel.Credentials: return credentialsStep
        case LinkViewModel.Otp: return progressStep
        case LinkViewModel.Linking: return progressStep
        case LinkViewModel.Done: return doneStep
        }
        return null
    }
    readonly property Item shownStep: viewOf(viewModel.step)

    header: ToolBar {
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            ToolButton {
                id: back
                objectName: "backButton"
                text: qsTr("Back")
                Accessible.name: qsTr("Back")
                // Nothing to go back to before the first profile.
                visible: page.viewModel.step !== LinkViewModel.Start || page.cancellable
                enabled: !page.viewModel.busy && page.viewModel.step !== LinkViewModel.Linking
                onClicked: page.viewModel.step === LinkViewModel.Start ? page.cancelled() : page.viewModel.back()
            }
            Label { text: page.title; font.pixelSize: 20; Layout.fillWidth: true; Layout.leftMargin: back.visible ? 0 : 16 }
        }
    }

    Connections {
        target: page.viewModel
        function onLinked(name: string) { page.finished(name) }
    }

    // Giving the second factor up gives up the login, and the view-model goes back a step.
    SecondFactorDialog { bridge: page.viewModel.secondFactor }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        ErrorBanner { objectName: "linkError"; message: page.viewModel.error }

        // Each view keeps what was typed into it while another step shows.
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            LinkStartStep {
                id: startStep
                anchors.fill: parent
                visible: page.shownStep === startStep
                viewModel: page.viewModel
                cameraAccess: page.cameraAccess
                standInCamera: page.standInCamera
            }
            LinkDatabaseStep {
                id: databaseStep
                anchors.fill: parent
                visible: page.shownStep === databaseStep
                viewModel: page.viewModel
            }
            LinkCredentialsStep {
                id: credentialsStep
                anchors.fill: parent
                visible: page.shownStep === credentialsStep
                viewModel: page.viewModel
            }
            LinkProgressStep {
                id: progressStep
                anchors.fill: parent
                visible: page.shownStep === progressStep
                viewModel: page.viewModel
            }
            LinkDoneStep {
                id: doneStep
                anchors.fill: parent
                visible: page.shownStep === doneStep
                viewModel: page.viewModel
            }
        }

        BusyIndicator {
            running: page.viewModel.busy && page.viewModel.step !== LinkViewModel.Linking
                     && page.viewModel.step !== LinkViewModel.Otp
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
