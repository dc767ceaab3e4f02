import CPoppler

/// A page rendered to 8-bit grey pixels, `scale` pixels per point.
struct GreyImage {
    var pixels: [UInt8]
    var width: Int
    var height: Int
    var scale: Double
}

/// Renders a `PopplerPage*` through cairo onto white, then folds the colour to grey (what
/// Tesseract binarises anyway). The cairo surface and context are freed before returning.
enum PageRenderer {
    /// Larger pages (posters, plans) are rendered at a lower resolution to stay in memory.
    static let maximumPixels = 60_000_000.0

    static func render(_ page: OpaquePointer, dpi: Double) -> GreyImage? {
        var pointsWide = 0.0, pointsHigh = 0.0
        poppler_page_get_size(page, &pointsWide, &pointsHigh)
        guard pointsWide > 0, pointsHigh > 0, dpi > 0 else { return nil }
        let scale = min(dpi / 72, (maximumPixels / (pointsWide * pointsHigh)).squareRoot())
        let width = Int((pointsWide * scale).rounded(.up)), height = Int((pointsHigh * scale).rounded(.up))
        guard width > 0, height > 0, width < Int(Int32.max), height < Int(Int32.max),
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        poppler_page_render(page, context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        var pixels = [UInt8](repeating: 255, count: width * height)
        pixels.withUnsafeMutableBufferPointer { grey in
            for y in 0..<height {
                // RGB24 holds one native-endian 32-bit word per pixel: 0x00RRGGBB.
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let p = row[x]
                    let r = (p >> 16) & 0xFF, g = (p >> 8) & 0xFF, b = p & 0xFF
                    grey[y * width + x] = UInt8((r * 299 + g * 587 + b * 114) / 1000)
                }
            }
        }
        return GreyImage(pixels: pixels, width: width, height: height, scale: scale)
    }
}
