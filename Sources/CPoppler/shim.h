#ifndef ADVIES_CPOPPLER_SHIM_H
#define ADVIES_CPOPPLER_SHIM_H
// poppler-glib (with GLib/GObject) and cairo for rendering pages; nothing else.
#include <poppler.h>
#include <glib.h>
#include <cairo.h>
#endif
