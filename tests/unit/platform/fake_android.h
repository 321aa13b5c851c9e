#pragma once

#include "platform/android/fake/fake_jni.h"

#include <gtest/gtest.h>

#include <ostream>

// Readable gtest messages for the protocol's lines (found by argument-dependent lookup).
inline void PrintTo(const QString &text, std::ostream *os) {
    *os << '"' << text.toStdString() << '"';
}

namespace vaultlink::testing {

// A device with an activity. No test may call Java on a null object: on a device, a crash.
class FakeAndroid : public ::testing::Test {
protected:
    FakeAndroid() { java.setActivity(java.object("activity")); }
    void TearDown() override { EXPECT_EQ(java.nullCalls(), QStringList()); }

    platform::android::fake::JavaWorld java;
};

} // namespace vaultlink::testing
