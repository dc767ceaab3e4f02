#ifndef ADVIES_CPOPPLER_SHIM_H
#define ADVIES_CPOPPLER_SHIM_H
// poppler-glib (with GLib/GObject/GIO memory streams), cairo for rendering pages and
// cairo-pdf for writing PDFs (the scale corpus); nothing else.
#include <poppler.h>
#include <glib.h>
#include <gio/gio.h>
#include <cairo.h>
#include <cairo-pdf.h>
#endif
