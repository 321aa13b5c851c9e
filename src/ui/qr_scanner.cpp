#include "src/ui/qr_scanner.h"

#include "src/linking/qr_image.h"

#include <QDateTime>
#include <QImage>
#include <QVideoSink>

namespace vaultlink::ui {

QrScanner::QrScanner(QObject *parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(1);
}

QrScanner::~QrScanner() {
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_pool.waitForDone();
}

void QrScanner::setVideoSink(QVideoSink *sink) {
    if (sink == m_sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &QrScanner::frameArrived);
    emit videoSinkChanged();
}

void QrScanner::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        m_lastText.clear(); // the same code may be shown again after a refusal
    emit activeChanged();
}

void QrScanner::frameArrived(const QVideoFrame &frame) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_active || !frame.isValid() || m_busy || now - m_lastStart < m_intervalMs)
        return;
    m_busy = true;
    m_lastStart = now;
    // The frame is shared, not copied; converting and decoding both happen on the pool.
    m_pool.start([this, frame] {
        const QrReading reading = readQrCode(frame.toImage());
        QMetaObject::invokeMethod(
            this,
            [this, text = reading.problem == QrReading::Problem::None ? reading.text : QString()] {
                m_busy = false;
                decoded(text);
            },
            Qt::QueuedConnection);
    });
}

void QrScanner::decoded(const QString &text) {
    ++m_decoded;
    emit framesDecodedChanged();
    if (!m_active || text.isEmpty() || text == m_lastText)
        return;
    m_lastText = text;
    emit found(text);
}

} // namespace vaultlink::ui
