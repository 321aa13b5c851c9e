#include "src/linking/qr_image.h"
