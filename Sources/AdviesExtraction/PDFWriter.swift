import CPoppler
import Foundation

/// Writes pages of positioned text lines to a PDF through cairo: real fonts (embedded
/// subsets), bold runs and raised (superscript) runs, so that what it writes reads back
/// through `PDFExtractor` like a typeset document. Used for the scale corpus and its house
/// styles: italic and other-family runs, runs placed at a tab, drawn rules, bookmarks.
public struct PDFWriter: Sendable {
    /// A4 in points.
    public var pageWidth = 595.0
    public var pageHeight = 842.0
    public var fontFamily: String

    public init(fontFamily: String = "DejaVu Sans") {
        self.fontFamily = fontFamily
    }

    /// A stretch of one style on a line.
    public struct Run: Sendable, Equatable {
        public var text: String
        public var size: Double
        public var bold: Bool
        /// Set above the baseline (a footnote marker).
        public var raised: Bool
        public var italic: Bool
        /// Another family than the writer's (a sans heading over serif text).
        public var family: String?
        /// Where the run starts on the line (a tab stop); nil: after the run before.
        public var x: Double?

        public init(_ text: String, size: Double, bold: Bool = false, raised: Bool = false, italic: Bool = false,
                    family: String? = nil, x: Double? = nil) {
            self.text = text
            self.size = size
            self.bold = bold
            self.raised = raised
            self.italic = italic
            self.family = family
            self.x = x
        }
    }

    /// A horizontal rule drawn from `x0` to `x1` at height `y` (a footnote separator).
    public struct Rule: Sendable, Equatable {
        public var x0: Double
        public var x1: Double
        public var y: Double

        public init(x0: Double, x1: Double, y: Double) {
            self.x0 = x0
            self.x1 = x1
            self.y = y
        }
    }

    /// An entry of the PDF's outline: a title pointing at a height on a page (1-based).
    public struct Bookmark: Sendable, Equatable {
        public var title: String
        public var level: Int
        public var page: Int
        public var y: Double

        public init(title: String, level: Int, page: Int, y: Double) {
            self.title = title
            self.level = level
            self.page = page
            self.y = y
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
        public var rules: [Rule]

        public init(lines: [Line], rules: [Rule] = []) {
            self.lines = lines
            self.rules = rules
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

    /// Writes `pages` to `url`, with `title` in the information dictionary and `outline` as
    /// its bookmarks.
    public func write(_ pages: [Page], title: String?, outline: [Bookmark] = [], to url: URL) throws(WriteError) {
        guard let surface = cairo_pdf_surface_create(url.path, pageWidth, pageHeight) else {
            throw .cairo("no surface")
        }
        defer { cairo_surface_destroy(surface) }
        if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "advies generate-corpus")
        guard let cr = cairo_create(surface) else { throw .cairo("no context") }
        for page in pages {
            for line in page.lines { draw(line, on: cr) }
            for rule in page.rules { draw(rule, on: cr) }
            cairo_show_page(cr)
        }
        addOutline(outline, to: surface)
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
            cairo_select_font_face(cr, run.family ?? fontFamily, run.italic ? CAIRO_FONT_SLANT_ITALIC : CAIRO_FONT_SLANT_NORMAL,
                                   run.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
            cairo_set_font_size(cr, run.size)
            var x = 0.0, y = 0.0
            cairo_get_current_point(cr, &x, &y)
            if let tab = run.x { x = tab }
            // A raised run sits about a third of the body size above the baseline.
            cairo_move_to(cr, x, run.raised ? line.y - run.size * 0.6 : line.y)
            cairo_show_text(cr, run.text)
        }
    }

    private func draw(_ rule: Rule, on cr: OpaquePointer) {
        cairo_set_line_width(cr, 0.5)
        cairo_move_to(cr, rule.x0, rule.y)
        cairo_line_to(cr, rule.x1, rule.y)
        cairo_stroke(cr)
    }

    /// Bookmarks nest under the last entry one level up.
    private func addOutline(_ outline: [Bookmark], to surface: OpaquePointer) {
        var parents: [Int: Int32] = [:]
        for bookmark in outline {
            let parent = bookmark.level > 1 ? parents[bookmark.level - 1] ?? Int32(CAIRO_PDF_OUTLINE_ROOT) : Int32(CAIRO_PDF_OUTLINE_ROOT)
            let target = "page=\(bookmark.page) pos=[0 \(max(0, bookmark.y - 12))]"
            let id = cairo_pdf_surface_add_outline(surface, parent, bookmark.title, target, CAIRO_PDF_OUTLINE_FLAG_OPEN)
            parents[bookmark.level] = id
        }
    }
}
