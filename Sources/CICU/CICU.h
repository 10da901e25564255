// Only the C shim depends on this module; no Swift file imports it.
#include <unicode/utypes.h>
