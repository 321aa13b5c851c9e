#include "src/app/self_test.h"

#include "qml/bindings.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>
#include <memory>

namespace vaultlink::app {

namespace {
int g_warnings = 0;
QtMessageHandler g_previous = nullptr;

// Any warning while the pages load (a binding to a missing property, a type error) fails the
// test: QML reports those as warnings and carries on.
void countWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    // QML's own complaints, not the platform's (no sound server, no camera on a test machine).
    const QLatin1String category(context.category ? context.category : "");
    const bool fromQml =
        category.startsWith(QLatin1String("qml")) || category.startsWith(QLatin1String("js")) ||
        category.startsWith(QLatin1String("qt.qml")) || message.contains(QLatin1String("qrc:/"));
    if (type != QtDebugMsg && type != QtInfoMsg && fromQml)
        ++g_warnings;
    g_previous(type, context, message);
}

// Every page with the view-models it takes (its required properties), as Main.qml hands them.
struct Page {
    const char *path;
    QVariantMap (*properties)(const qml::ViewModels &);
};
constexpr Page kPages[] = {
    {"Main.qml", qml::initialProperties},
    {"pages/profiles/ProfilesPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.profiles)}};
     }},
    {"pages/link/LinkPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.link)},
                            {QStringLiteral("cameraAccess"), qml::handedOut(m.cameraAccess)},
                            {QStringLiteral("standInCamera"), qml::handedOut(m.standInCamera)}};
     }},
    {"pages/unlock/UnlockPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.unlock)},
                            {QStringLiteral("biometrics"), qml::handedOut(m.biometrics)}};
     }},
    {"pages/vault/VaultPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.vault)}};
     }},
    {"pages/record/RecordPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.record)},
                            {QStringLiteral("clipboard"), qml::handedOut(m.clipboard)},
                            {QStringLiteral("actions"), qml::handedOut(m.recordActions)},
                            {QStringLiteral("history"), qml::handedOut(m.recordHistory)}};
     }},
    {"pages/edit/RecordEditorPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.editor)},
                            {QStringLiteral("generator"), qml::handedOut(m.generator)}};
     }},
    {"pages/edit/NewRecordPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.newRecord)}};
     }},
    {"pages/conflicts/ConflictsPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.conflicts)}};
     }},
    {"pages/autofill/AutofillPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.autofill)}};
     }},
    {"pages/settings/SettingsPage.qml",
     [](const qml::ViewModels &m) {
         return QVariantMap{{QStringLiteral("viewModel"), qml::handedOut(m.settings)},
                            {QStringLiteral("vault"), qml::handedOut(m.vault)},
                            {QStringLiteral("autofill"), qml::handedOut(m.autofill)},
                            {QStringLiteral("appLog"), qml::handedOut(m.log)},
                            {QStringLiteral("biometrics"), qml::handedOut(m.biometrics)}};
     }},
};
// Dialogs and menus build their content (and Qt Quick Dialogs its non-native implementation,
// with the modules that needs) only when they open.
void openDialogsOf(QObject &page) {
    for (QObject *child : page.findChildren<QObject *>()) {
        if (!child->inherits("QQuickAbstractDialog") && !child->inherits("QQuickPopup"))
            continue;
        QMetaObject::invokeMethod(child, "open");
        QCoreApplication::processEvents();
        QMetaObject::invokeMethod(child, "close");
        QCoreApplication::processEvents();
    }
}
// Every control a user can act on says what it is to a screen reader: its Accessible.name, or
// the text Qt Quick Controls derive one from.
int unnamedControls(QQuickItem &item, const char *page) {
    int unnamed = 0;
    const bool control = item.inherits("QQuickAbstractButton") ||
                         item.inherits("QQuickTextInput") || item.inherits("QQuickTextEdit") ||
                         item.inherits("QQuickComboBox") || item.inherits("QQuickSlider");
    if (control && item.isVisible()) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&item);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            ++unnamed;
            std::fprintf(stderr, "     %s: %s \"%s\" has no accessible name\n", page,
                         item.metaObject()->className(), qPrintable(item.objectName()));
        }
    }
    if (item.inherits("QQuickComboBox"))
        return unnamed; // its text field is a part of the box, which has the name
    for (QQuickItem *child : item.childItems())
        unnamed += unnamedControls(*child, page);
    return unnamed;
}
} // namespace

int selfTest(QQmlEngine &engine, const qml::ViewModels &models) {
    g_previous = qInstallMessageHandler(countWarnings);
    int failed = 0;
    const QString expectedTitle = qEnvironmentVariable("VAULTLINK_SELF_TEST_EXPECT");
    // One window for the pages, shown at phone size so that their layouts run.
    QQuickWindow window;
    window.resize(360, 640);
    window.show();
    for (const auto &[page, properties] : kPages) {
        const int before = g_warnings;
        QQmlComponent component(&engine,
                                QUrl(QStringLiteral("qrc:/Vaultlink/") + QLatin1String(page)));
        std::unique_ptr<QObject> object(component.createWithInitialProperties(properties(models)));
        if (auto *item = qobject_cast<QQuickItem *>(object.get())) {
            item->setParentItem(window.contentItem());
            item->setSize(QSizeF(360, 640));
            QCoreApplication::processEvents();
            g_warnings += unnamedControls(*item, page);
            openDialogsOf(*item);
            item->setParentItem(nullptr);
        } else if (auto *other = qobject_cast<QQuickWindow *>(object.get())) {
            other->show();
            QCoreApplication::processEvents();
            other->close();
            other->releaseResources();
            QCoreApplication::processEvents();
        }
        // In a translated run, the profiles page shows its title in that language.
        bool titleOk = true;
        if (!expectedTitle.isEmpty() && object &&
            qstrcmp(page, "pages/profiles/ProfilesPage.qml") == 0) {
            const QString title = object->property("title").toString();
            titleOk = title == expectedTitle;
            if (!titleOk)
                std::fprintf(stderr, "     title \"%s\", expected \"%s\"\n", qPrintable(title),
                             qPrintable(expectedTitle));
        }
        const bool ok = object && component.errors().isEmpty() && g_warnings == before && titleOk;
        std::fprintf(stderr, "%s %s\n", ok ? "ok  " : "FAIL", page);
        for (const QQmlError &error : component.errors())
            std::fprintf(stderr, "     %s\n", qPrintable(error.toString()));
        failed += ok ? 0 : 1;
    }
    window.close();
    window.releaseResources();
    QCoreApplication::processEvents();
    qInstallMessageHandler(g_previous);
    std::fprintf(stderr, "%d of %zu pages loaded cleanly\n",
                 static_cast<int>(std::size(kPages)) - failed, std::size(kPages));
    return failed == 0 ? 0 : 1;
}

} // namespace vaultlink::app
