#ifndef ADVIES_CPOPPLER_SHIM_H
#define ADVIES_CPOPPLER_SHIM_H
// poppler-glib (with GLib/GObject/GIO memory streams) and cairo for rendering pages; nothing else.
#include <poppler.h>
#include <glib.h>
#include <gio/gio.h>
#include <cairo.h>
#endif
