#include "src/storage/search_index.h"
