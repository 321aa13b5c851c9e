#include "src/app/ui_driver.h"

#include "src/app/test_hooks.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMetaEnum>
#include <QMouseEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace vaultlink::app {

namespace {
QQuickItem *findIn(QQuickItem *item, const QString &name) {
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems())
        if (QQuickItem *found = findIn(child, name))
            return found;
    return nullptr;
}

void mouse(QQuickWindow *window, QEvent::Type type, QPointF at) {
    QMouseEvent event(type, at, window->mapToGlobal(at), Qt::LeftButton,
                      type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton,
                      Qt::NoModifier);
    QGuiApplication::sendEvent(window, &event);
}
void typeInto(QWindow *window, const QString &text) {
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QGuiApplication::sendEvent(window, &press);
        QGuiApplication::sendEvent(window, &release);
    }
}
} // namespace

UiDriver::UiDriver(QQmlApplicationEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_input(STDIN_FILENO, QSocketNotifier::Read) {
    connect(&m_input, &QSocketNotifier::activated, this, &UiDriver::readLine);
}

QQuickItem *UiDriver::find(const QString &name) const {
    for (QObject *root : m_engine.rootObjects())
        if (auto *window = qobject_cast<QQuickWindow *>(root)) {
            if (QQuickItem *found = findIn(window->contentItem(), name))
                return found;
            // Popups (dialogs, menus) live in the window's overlay.
            for (QObject *child : window->findChildren<QQuickItem *>())
                if (auto *item = qobject_cast<QQuickItem *>(child);
                    item && item->objectName() == name && item->isVisible())
                    return item;
        }
    return nullptr;
}

QQuickWindow *UiDriver::appWindow() const {
    for (QObject *root : m_engine.rootObjects())
        if (auto *window = qobject_cast<QQuickWindow *>(root))
            return window;
    return nullptr;
}

void UiDriver::settle() {
    // A user waits for a page to finish sliding in, and a dialog to finish opening or closing;
    // input during a transition goes nowhere (or to the dialog's modal shade).
    QElapsedTimer timer;
    timer.start();
    const auto moving = [this] {
        for (QObject *root : m_engine.rootObjects())
            for (QObject *object : root->findChildren<QObject *>()) {
                if (object->inherits("QQuickStackView") && object->property("busy").toBool())
                    return true;
                if (object->inherits("QQuickPopup") && object->property("visible").toBool() &&
                    !object->property("opened").toBool())
                    return true;
            }
        return false;
    };
    while (moving() && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void UiDriver::bringIntoView(QQuickItem *item) {
    for (QQuickItem *view = item->parentItem(); view; view = view->parentItem()) {
        if (!view->inherits("QQuickFlickable"))
            continue;
        auto *content = view->property("contentItem").value<QQuickItem *>();
        if (!content)
            return;
        const QRectF at = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const qreal top = view->property("contentY").toReal();
        const qreal height = view->height();
        const qreal most = std::max(0.0, view->property("contentHeight").toReal() - height);
        qreal to = top;
        if (at.top() < top)
            to = at.top();
        else if (at.bottom() > top + height)
            to = std::min(at.bottom() - height, most);
        if (to != top) {
            view->setProperty("contentY", to);
            QCoreApplication::processEvents();
        }
        return;
    }
}

void UiDriver::readLine() {
    char buffer[4096];
    if (!std::fgets(buffer, sizeof buffer, stdin)) {
        m_input.setEnabled(false);
        QCoreApplication::quit(); // the test went away
        return;
    }
    const QString answer = run(QString::fromUtf8(buffer).trimmed());
    std::fputs((answer + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QString UiDriver::run(const QString &line) {
    const QStringList words = line.split(QLatin1Char(' '));
    const QString command = words.value(0);
    if (command == QLatin1String("clipboard"))
        return QStringLiteral("ok ") + QGuiApplication::clipboard()->text();
    if (command == QLatin1String("grab")) {
        // What the user sees, for the screenshots in the documentation.
        settle();
        if (QQuickWindow *window = appWindow())
            return window->grabWindow().save(line.section(QLatin1Char(' '), 1))
                       ? QStringLiteral("ok")
                       : QStringLiteral("error the picture could not be written");
        return QStringLiteral("error no window");
    }
    if (command == QLatin1String("key") || command == QLatin1String("keys")) {
        // To whatever has the keyboard focus, as the user's keyboard would: `key` goes through
        // the shortcut map (Ctrl+L in a file dialog), `keys` types text.
        settle();
        QQuickWindow *window = appWindow();
        if (!window)
            return QStringLiteral("error no window");
        // Shortcuts reach the active window only (a test's X server may run no window manager).
        window->requestActivate();
        QCoreApplication::processEvents();
        const QString rest = line.section(QLatin1Char(' '), 1);
        if (command == QLatin1String("key"))
            QTest::keySequence(window, QKeySequence(rest));
        else
            typeInto(window, rest);
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("window")) {
        // `window minimize|restore`: the app's window as a desktop user sends it away and brings
        // it back (the same QWindow calls as the window manager's buttons); the answer is the
        // window's visibility afterwards (Minimized, Windowed, …), `window state` only that.
        QQuickWindow *window = appWindow();
        if (!window)
            return QStringLiteral("error no window");
        const QString how = words.value(1);
        if (how == QLatin1String("minimize"))
            window->showMinimized();
        else if (how == QLatin1String("restore"))
            window->showNormal();
        else if (how != QLatin1String("state"))
            return QStringLiteral("error window takes minimize, restore or state");
        QCoreApplication::processEvents();
        return QStringLiteral("ok ") +
               QString::fromLatin1(
                   QMetaEnum::fromType<QWindow::Visibility>().valueToKey(window->visibility()));
    }
    if (command == QLatin1String("quit")) {
        QCoreApplication::quit();
        return QStringLiteral("ok");
    }
    QQuickItem *item = find(words.value(1));
    if (command == QLatin1String("wait")) {
        const QString property = words.value(2);
        const QString wanted = words.value(3);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < words.value(4).toInt()) {
            QQuickItem *now = find(words.value(1));
            if (now && now->property(property.toUtf8().constData()).toString() == wanted)
                return QStringLiteral("ok");
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        QQuickItem *last = find(words.value(1));
        return QStringLiteral("error %1.%2 is %3")
            .arg(words.value(1), property,
                 last ? last->property(property.toUtf8().constData()).toString()
                      : QStringLiteral("(no visible item)"));
    }
    const bool touches = command == QLatin1String("click") || command == QLatin1String("type") ||
                         command == QLatin1String("clear");
    if (touches || command == QLatin1String("visible")) {
        settle();
        item = find(words.value(1));
    }
    if (touches && item)
        bringIntoView(item);
    if (command == QLatin1String("visible"))
        return item ? QStringLiteral("ok true") : QStringLiteral("ok false");
    if (!item)
        return QStringLiteral("error no visible item named %1").arg(words.value(1));
    if (command == QLatin1String("get"))
        return QStringLiteral("ok ") +
               item->property(words.value(2).toUtf8().constData()).toString();
    if (command == QLatin1String("click")) {
        QQuickWindow *window = item->window();
        const QPointF center = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        mouse(window, QEvent::MouseButtonPress, center);
        mouse(window, QEvent::MouseButtonRelease, center);
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("type")) {
        item->forceActiveFocus();
        typeInto(item->window(), line.section(QLatin1Char(' '), 2));
        return QStringLiteral("ok");
    }
    if (command == QLatin1String("clear")) {
        // As a user empties a field: everything selected, then deleted, each a real key event
        // (so the field reports the edit as the user's).
        item->forceActiveFocus();
        QTest::keySequence(item->window(), QKeySequence::SelectAll);
        QTest::keyClick(item->window(), Qt::Key_Delete);
        return QStringLiteral("ok");
    }
    return QStringLiteral("error unknown command %1").arg(command);
}

std::unique_ptr<QObject> startTestDriver(QQmlApplicationEngine &engine) {
    return std::make_unique<UiDriver>(engine);
}

} // namespace vaultlink::app
