#include "src/net/server_address.h"
