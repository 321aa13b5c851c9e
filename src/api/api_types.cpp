#include "src/api/api_types.h"
