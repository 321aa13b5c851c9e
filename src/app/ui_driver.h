#pragma once

#include <QObject>
#include <QSocketNotifier>

class QQmlApplicationEngine;
class QQuickItem;
class QQuickWindow;

namespace vaultlink::app {

// Lets a test drive the real app as a user would, line by line on standard input (answers on
// standard output), with real input events: `vaultlink --drive`. Commands:
//   click NAME            press and release the mouse on the visible item named NAME
//   type NAME TEXT        focus the item and type TEXT key by key
//   clear NAME            focus the item and delete its text (select all, Delete)
//   key SEQUENCE          press a key combination ("Ctrl+L", "Return") where the focus is
//   keys TEXT             type TEXT where the focus is
//   wait NAME PROP VALUE MS   until the item's property reads VALUE, or fail after MS
//   get NAME PROP         the property's value
//   visible NAME          whether a visible item of that name exists
//   clipboard             the clipboard's text
//   grab FILE             a picture of the window
//   window minimize|restore|state   the window minimised or shown again (a desktop's way to
//                         leave the app: the vault locks), or its visibility; answers it
// click, type and clear first scroll the item into its scrolled view if it lies outside, as a
// user swipes to what they want to touch. Each answer is one line: "ok [value]" or
// "error <why>". It is a test hook of the same user's
// own process: it reads what that user could read on the screen and the clipboard anyway.
class UiDriver : public QObject {
    Q_OBJECT
public:
    explicit UiDriver(QQmlApplicationEngine &engine, QObject *parent = nullptr);

private:
    void readLine();
    QString run(const QString &line);
    QQuickItem *find(const QString &name) const;
    QQuickWindow *appWindow() const;
    void settle();
    void bringIntoView(QQuickItem *item);

    QQmlApplicationEngine &m_engine;
    QSocketNotifier m_input;
};

} // namespace vaultlink::app
