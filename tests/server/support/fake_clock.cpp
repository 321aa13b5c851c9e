#include "tests/server/support/fake_clock.h"
