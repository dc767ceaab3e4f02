import Foundation

/// What an extractor hands the parser: pages of lines in reading order, each line made of
/// styled spans. PDF and plain-text input produce this same model; text carries no fonts.
public struct LayoutDocument: Codable, Sendable {
    public var source: String
    public var format: SourceFormat
    public var info: DocumentInfo
    public var pages: [LayoutPage]
    /// Problems met while reading the file (a damaged page, a converted encoding); never fatal.
    public var diagnostics: [Diagnostic]
    /// The PDF's bookmarks, in order (empty for text and for a PDF without them).
    public var outline: [OutlineEntry]

    public init(source: String, format: SourceFormat, info: DocumentInfo = DocumentInfo(),
                pages: [LayoutPage], diagnostics: [Diagnostic] = [], outline: [OutlineEntry] = []) {
        self.source = source
        self.format = format
        self.info = info
        self.pages = pages
        self.diagnostics = diagnostics
        self.outline = outline
    }

    /// The text of every page, pages separated by a form feed.
    public var plainText: String {
        pages.map { $0.lines.map(\.text).joined(separator: "\n") }.joined(separator: "\n\u{0C}")
    }

    /// Pages that carried no text at all (scans without a text layer).
    public var pagesWithoutText: [Int] {
        pages.filter { !$0.hasTextLayer }.map(\.number)
    }
}

public enum SourceFormat: String, Codable, Sendable, CaseIterable {
    case pdf
    case text
}

/// Document-level facts a file states about itself (PDF info dictionary, text encoding).
public struct DocumentInfo: Codable, Sendable, Equatable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var creator: String?
    public var producer: String?
    /// ISO 8601.
    public var created: String?
    public var modified: String?
    public var pageCount: Int
    /// For text input: the encoding the bytes were read as ("utf-8", "windows-1252", ...).
    public var encoding: String?
    /// Set when pages were read by OCR rather than from a text layer.
    public var ocr: Bool

    public init(title: String? = nil, author: String? = nil, subject: String? = nil,
                creator: String? = nil, producer: String? = nil, created: String? = nil,
                modified: String? = nil, pageCount: Int = 0, encoding: String? = nil, ocr: Bool = false) {
        self.title = title
        self.author = author
        self.subject = subject
        self.creator = creator
        self.producer = producer
        self.created = created
        self.modified = modified
        self.pageCount = pageCount
        self.encoding = encoding
        self.ocr = ocr
    }
}

public struct LayoutPage: Codable, Sendable {
    /// 1-based.
    public var number: Int
    /// Page size in points (PDF only).
    public var width: Double?
    public var height: Double?
    public var lines: [LayoutLine]
    public var links: [LinkAnnotation]
    /// False for a page that has no text at all (an image-only scan).
    public var hasTextLayer: Bool

    public init(number: Int, width: Double? = nil, height: Double? = nil, lines: [LayoutLine],
                links: [LinkAnnotation] = [], hasTextLayer: Bool = true) {
        self.number = number
        self.width = width
        self.height = height
        self.lines = lines
        self.links = links
        self.hasTextLayer = hasTextLayer
    }
}

public struct LayoutLine: Codable, Sendable, Equatable {
    public var text: String
    public var spans: [TextSpan]
    /// Bounding box of the whole line (PDF only).
    public var box: Box?
    /// Baseline of the line's main text, y from the top of the page (PDF only).
    public var baseline: Double?
    /// A horizontal rule: the footnote separator of a text export (a long run of spaces).
    public var isRule: Bool
    /// Blank lines that preceded this one in a text export; vertical gap is in `box` for PDFs.
    public var blankLinesBefore: Int
    /// Spaces a text export left at the end of the line (exporters mark paragraph ends with
    /// two); the line's `text` is trimmed.
    public var trailingSpaces: Int
    /// Where the line stood on its page as extracted (1-based), kept by the parser's passes
    /// that join the lines of one row, so source spans name the extractor's lines.
    public var sourceLine: Int?

    public init(text: String, spans: [TextSpan], box: Box? = nil, baseline: Double? = nil,
                isRule: Bool = false, blankLinesBefore: Int = 0, trailingSpaces: Int = 0) {
        self.text = text
        self.spans = spans
        self.box = box
        self.baseline = baseline
        self.isRule = isRule
        self.blankLinesBefore = blankLinesBefore
        self.trailingSpaces = trailingSpaces
    }

    /// A line from a source without typography: one unstyled span.
    public static func plain(_ text: String, blankLinesBefore: Int = 0, trailingSpaces: Int = 0) -> LayoutLine {
        LayoutLine(text: text, spans: [TextSpan(text: text)], blankLinesBefore: blankLinesBefore,
                   trailingSpaces: trailingSpaces)
    }

    /// The size most of the line's characters are set in.
    public var dominantSize: Double? {
        var weight: [Double: Int] = [:]
        for span in spans { if let size = span.size { weight[size, default: 0] += span.text.count } }
        return weight.max { $0.value == $1.value ? $0.key < $1.key : $0.value < $1.value }?.key
    }

    /// True when most visible characters are bold.
    public var isMostlyBold: Bool {
        let visible = spans.filter { !$0.text.allSatisfy(\.isWhitespace) }
        let bold = visible.filter(\.bold).reduce(0) { $0 + $1.text.count }
        let all = visible.reduce(0) { $0 + $1.text.count }
        return all > 0 && bold * 2 > all
    }
}

/// A run of characters in one font, size and position class.
public struct TextSpan: Codable, Sendable, Equatable {
    public var text: String
    /// Font name without the subset prefix ("DejaVuSans-Bold").
    public var font: String?
    public var size: Double?
    public var bold: Bool
    public var italic: Bool
    public var box: Box?
    /// Baseline, y from the top of the page.
    public var baseline: Double?
    /// Smaller than the line's main text and set above its baseline: a superscript
    /// (footnote marker).
    public var raised: Bool
    /// OCR word confidence, 0...100, when the span was recognised from an image.
    public var confidence: Double?

    public init(text: String, font: String? = nil, size: Double? = nil, bold: Bool = false,
                italic: Bool = false, box: Box? = nil, baseline: Double? = nil, raised: Bool = false,
                confidence: Double? = nil) {
        self.text = text
        self.font = font
        self.size = size
        self.bold = bold
        self.italic = italic
        self.box = box
        self.baseline = baseline
        self.raised = raised
        self.confidence = confidence
    }
}

/// A link annotation: where it points, where it sits, and the text under it.
public struct LinkAnnotation: Codable, Sendable, Equatable {
    public var uri: String
    public var box: Box
    public var text: String

    public init(uri: String, box: Box, text: String) {
        self.uri = uri
        self.box = box
        self.text = text
    }
}

/// A rectangle in page coordinates: points, origin at the top-left, y growing downwards.
public struct Box: Codable, Sendable, Equatable, Hashable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = min(x0, x1)
        self.y0 = min(y0, y1)
        self.x1 = max(x0, x1)
        self.y1 = max(y0, y1)
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    public func contains(x: Double, y: Double) -> Bool {
        x >= x0 && x <= x1 && y >= y0 && y <= y1
    }

    /// Rounded to hundredths of a point, for stable JSON.
    public var rounded: Box {
        func r(_ v: Double) -> Double { (v * 100).rounded() / 100 }
        return Box(x0: r(x0), y0: r(y0), x1: r(x1), y1: r(y1))
    }
}
