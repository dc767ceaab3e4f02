#ifndef ADVIES_CTESSERACT_SHIM_H
#define ADVIES_CTESSERACT_SHIM_H
// Tesseract's C API (Debian libtesseract-dev); nothing else.
#include <tesseract/capi.h>
#endif
