#include "src/linking/link_payload.h"
