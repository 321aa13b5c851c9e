#include "src/api/api_client.h"
