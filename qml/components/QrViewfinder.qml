pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtMultimedia
import Vaultlink

// The camera's picture, with the QR code reader on its frames (decoded off the GUI thread). The
// camera starts only once the platform's permission is granted (asked when scanning starts).
// Without a camera, the stand-in camera plays a picture when the app was given one.
Item {
    id: root
    required property CameraAccess cameraAccess
    required property StandInCamera standInCamera
    property bool running: false
    signal found(string text)
    readonly property bool hasCamera: devices.videoInputs.length > 0
    readonly property bool permitted: root.cameraAccess.status === CameraAccess.Granted
    onRunningChanged: if (running && hasCamera && !permitted) root.cameraAccess.request()
    readonly property bool available: hasCamera || root.standInCamera.available
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Camera viewfinder")

    MediaDevices { id: devices }

    Loader {
        active: root.hasCamera
        sourceComponent: CaptureSession {
            camera: Camera { active: root.running && root.permitted }
            videoOutput: output
        }
    }

    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
    }

    QrScanner {
        videoSink: output.videoSink
        active: root.running
        onFound: text => root.found(text)
    }

    Binding {
        target: root.standInCamera
        when: !root.hasCamera && root.standInCamera.available
        property: "videoSink"
        value: output.videoSink
    }
    Binding {
        target: root.standInCamera
        when: !root.hasCamera && root.standInCamera.available
        property: "active"
        value: root.running
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 32
        visible: !root.available
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("No camera found on this device. Open a picture of the code instead.")
    }

    Label {
        objectName: "cameraDenied"
        anchors.centerIn: parent
        width: parent.width - 32
        visible: root.hasCamera && root.running && (root.cameraAccess.status === CameraAccess.Denied
                                                    || root.cameraAccess.status === CameraAccess.DeniedPermanently)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        text: root.cameraAccess.status === CameraAccess.DeniedPermanently
              ? qsTr("Vaultlink may not use the camera. Allow it in the system settings, or open a picture of the code instead.")
              : qsTr("Vaultlink needs the camera to read the code. Scan again to be asked once more, or open a picture of the code instead.")
    }
}
