#include <QGuiApplication>

#include <gtest/gtest.h>

// The view-models need a GUI application (the clipboard, video frames), offscreen.
int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
