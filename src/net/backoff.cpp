#include "src/net/backoff.h"
