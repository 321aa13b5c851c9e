#include "src/ui/stand_in_camera.h"

#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <cstring>

namespace vaultlink::ui {

StandInCamera::StandInCamera(const QString &picture, QObject *parent)
    : QObject(parent) {
    if (!picture.isEmpty())
        m_frame = QImage(picture).convertToFormat(QImage::Format_ARGB32);
    m_timer.setInterval(100); // ten frames a second are plenty for a still picture
    connect(&m_timer, &QTimer::timeout, this, &StandInCamera::push);
}

void StandInCamera::setVideoSink(QVideoSink *sink) {
    if (sink == m_sink)
        return;
    m_sink = sink;
    emit videoSinkChanged();
}

void StandInCamera::setActive(bool active) {
    if (active == m_timer.isActive() || (active && !available()))
        return;
    if (active)
        m_timer.start();
    else
        m_timer.stop();
    emit activeChanged();
}

void StandInCamera::push() {
    if (!m_sink)
        return;
    QVideoFrame frame(QVideoFrameFormat(m_frame.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return;
    const auto rowBytes = static_cast<std::size_t>(m_frame.width()) * 4;
    for (int y = 0; y < m_frame.height(); ++y)
        std::memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0),
                    m_frame.constScanLine(y), rowBytes);
    frame.unmap();
    m_sink->setVideoFrame(frame);
}

} // namespace vaultlink::ui
