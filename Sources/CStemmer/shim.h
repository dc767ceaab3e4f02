#ifndef ADVIES_CSTEMMER_SHIM_H
#define ADVIES_CSTEMMER_SHIM_H
// Snowball stemmers (Debian libstemmer-dev).
#include <libstemmer.h>
#endif
