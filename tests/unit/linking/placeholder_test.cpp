#include <gtest/gtest.h>

TEST(Placeholder, ReplacedByTheLibrarysTests) { SUCCEED(); }
