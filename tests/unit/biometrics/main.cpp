#include <QCoreApplication>

#include <gtest/gtest.h>

// Biometric requests answer through the event loop, as the platforms do.
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
