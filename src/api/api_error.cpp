#include "src/api/api_error.h"
