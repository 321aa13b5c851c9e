#include "src/storage/mirror.h"
