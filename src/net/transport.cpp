#include "src/net/transport.h"
