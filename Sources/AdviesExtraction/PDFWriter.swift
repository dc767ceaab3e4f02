import CPoppler
import Foundation

/// Writes pages of positioned text lines to a PDF through cairo: real fonts (embedded
/// subsets), bold runs and raised (superscript) runs, so that what it writes reads back
/// through `PDFExtractor` like a typeset document. Used for the scale corpus.
public struct PDFWriter: Sendable {
    /// A4 in points.
    public var pageWidth = 595.0
    public var pageHeight = 842.0
    public var fontFamily = "DejaVu Sans"

    public init() {}

    /// A stretch of one style on a line.
    public struct Run: Sendable, Equatable {
        public var text: String
        public var size: Double
        public var bold: Bool
        /// Set above the baseline (a footnote marker).
        public var raised: Bool

        public init(_ text: String, size: Double, bold: Bool = false, raised: Bool = false) {
            self.text = text
            self.size = size
            self.bold = bold
            self.raised = raised
        }
    }

    /// Runs set one after the other from `x` on the baseline `y` (top-down, points).
    public struct Line: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public var runs: [Run]

        public init(x: Double, y: Double, runs: [Run]) {
            self.x = x
            self.y = y
            self.runs = runs
        }
    }

    public struct Page: Sendable, Equatable {
        public var lines: [Line]

        public init(lines: [Line]) {
            self.lines = lines
        }
    }

    public enum WriteError: Error, CustomStringConvertible {
        case cairo(String)

        public var description: String {
            switch self {
            case .cairo(let status): "cairo could not write the PDF: \(status)"
            }
        }
    }

    /// Writes `pages` to `url`, with `title` in the information dictionary.
    public func write(_ pages: [Page], title: String?, to url: URL) throws(WriteError) {
        guard let surface = cairo_pdf_surface_create(url.path, pageWidth, pageHeight) else {
            throw .cairo("no surface")
        }
        defer { cairo_surface_destroy(surface) }
        if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "advies generate-corpus")
        guard let cr = cairo_create(surface) else { throw .cairo("no context") }
        for page in pages {
            for line in page.lines { draw(line, on: cr) }
            cairo_show_page(cr)
        }
        let drawn = cairo_status(cr)
        cairo_destroy(cr)
        // Finishing writes the file; its errors (a full disk) show on the surface.
        cairo_surface_finish(surface)
        let written = cairo_surface_status(surface)
        for status in [drawn, written] where status != CAIRO_STATUS_SUCCESS {
            throw .cairo(String(cString: cairo_status_to_string(status)))
        }
    }

    private func draw(_ line: Line, on cr: OpaquePointer) {
        cairo_move_to(cr, line.x, line.y)
        for run in line.runs {
            cairo_select_font_face(cr, fontFamily, CAIRO_FONT_SLANT_NORMAL,
                                   run.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(cr, run.size)
            var x = 0.0, y = 0.0
            cairo_get_current_point(cr, &x, &y)
            // A raised run sits about a third of the body size above the baseline.
            cairo_move_to(cr, x, run.raised ? line.y - run.size * 0.6 : line.y)
            cairo_show_text(cr, run.text)
        }
    }
}
