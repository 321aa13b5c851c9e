#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

#include <atomic>

namespace vaultlink::ui {

// Reads QR codes from a camera's frames: the viewfinder's video sink is watched, and a frame at
// a time (at most every `intervalMs`) is decoded with ZXing-C++ on a thread of its own, never on
// the GUI thread; frames that arrive meanwhile are skipped. Reports each new text once.
class QrScanner : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int framesDecoded READ framesDecoded NOTIFY framesDecodedChanged)
public:
    explicit QrScanner(QObject *parent = nullptr);
    ~QrScanner() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_active; }
    void setActive(bool active);
    int framesDecoded() const { return m_decoded; }
    void setIntervalMs(int ms) { m_intervalMs = ms; }

signals:
    void videoSinkChanged();
    void activeChanged();
    void framesDecodedChanged();
    void found(const QString &text);

private:
    void frameArrived(const QVideoFrame &frame);
    void decoded(const QString &text);

    QPointer<QVideoSink> m_sink;
    bool m_active = true;
    std::atomic_bool m_busy = false;
    qint64 m_lastStart = 0;
    int m_intervalMs = 250;
    int m_decoded = 0;
    QString m_lastText;
    QThreadPool m_pool;
};

} // namespace vaultlink::ui
