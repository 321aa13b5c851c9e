#include <QCoreApplication>

#include <gtest/gtest.h>

// CameraAccess hands answers to its own thread through the event loop.
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
