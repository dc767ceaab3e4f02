/// Something worth telling a researcher about a document: a recoverable problem in reading
/// or parsing it, or a correction the parser made. Diagnostics are data, never a crash.
public struct Diagnostic: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable, Comparable {
        case info, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.info, .warning, .error]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    public var code: Code
    public var message: String
    public var location: SourceLocation?

    public init(_ severity: Severity, _ code: Code, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// The closed vocabulary of what can be reported.
    public enum Code: String, Codable, Sendable, CaseIterable {
        // Reading
        case pageUnreadable = "page-unreadable"
        case noTextLayer = "no-text-layer"
        case encodingConverted = "encoding-converted"
        case controlCharactersRemoved = "control-characters-removed"
        case libraryMessage = "library-message"
        case ocrApplied = "ocr-applied"
        case ocrUnavailable = "ocr-unavailable"
        // Parsing
        case unknownKind = "unknown-kind"
        case tableOfContentsSkipped = "table-of-contents-skipped"
        case sectionNumberGap = "section-number-gap"
        case footnoteWithoutMarker = "footnote-without-marker"
        case markerWithoutFootnote = "marker-without-footnote"
        case footnoteNumberGap = "footnote-number-gap"
        case ocrCorrection = "ocr-correction"
        case manifestFact = "manifest-fact"
        case longLineWrapped = "long-line-wrapped"

        /// Problems of reading the file (damage, encoding, missing text), as opposed to what
        /// the parser noticed in the text: these are what a user is told on the terminal.
        public var isReading: Bool {
            switch self {
            case .pageUnreadable, .noTextLayer, .encodingConverted, .controlCharactersRemoved, .libraryMessage,
                 .ocrApplied, .ocrUnavailable, .longLineWrapped: true
            default: false
            }
        }
    }
}

/// A place in the source: 1-based page, 1-based line within that page.
public struct SourceLocation: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var page: Int
    public var line: Int

    public init(page: Int, line: Int) {
        self.page = page
        self.line = line
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.page, lhs.line) < (rhs.page, rhs.line)
    }

    public var description: String { "p\(page):\(line)" }
}

/// The lines an element was read from, first to last.
public struct SourceSpan: Codable, Sendable, Hashable {
    public var start: SourceLocation
    public var end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = max(start, end)
    }

    public init(_ location: SourceLocation) {
        self.init(start: location, end: location)
    }

    public func extended(to location: SourceLocation) -> SourceSpan {
        SourceSpan(start: min(start, location), end: max(end, location))
    }
}
