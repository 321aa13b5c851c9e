#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVideoSink>

namespace vaultlink::ui {

// A stand-in for the camera where there is none (CI, a desktop without one): it plays a picture
// as the camera's frames into the viewfinder's video sink, so that the viewfinder, the decoding
// of frames and the link flow run for real. The app uses it only when asked to
// (VAULTLINK_STAND_IN_CAMERA=picture) and no camera is present.
class StandInCamera : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
public:
    explicit StandInCamera(const QString &picture, QObject *parent = nullptr);

    bool available() const { return !m_frame.isNull(); }
    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_timer.isActive(); }
    void setActive(bool active);

signals:
    void videoSinkChanged();
    void activeChanged();

private:
    void push();

    QImage m_frame; // ARGB32: the bytes of a BGRA frame on the little-endian machines Qt runs on
    QPointer<QVideoSink> m_sink;
    QTimer m_timer;
};

} // namespace vaultlink::ui
