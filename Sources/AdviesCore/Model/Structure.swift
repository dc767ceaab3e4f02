/// A heading and the part of the document it opens.
public struct Section: Codable, Sendable, Equatable {
    /// "3", "3.4", "Q.1", "A.1.a"; nil for unnumbered headings ("Bronnen").
    public var number: String?
    public var title: String
    public var level: Int
    /// Number of the enclosing section, nil at the top level.
    public var parent: String?
    /// Where the heading stands and how far the section runs (pages and lines).
    public var span: SourceSpan?

    public init(number: String?, title: String, level: Int, parent: String?, span: SourceSpan? = nil) {
        self.number = number
        self.title = title
        self.level = level
        self.parent = parent
        self.span = span
    }

    /// How a section is named in references to it: its number, or its title when unnumbered.
    public var label: String { number ?? title }
}

/// A paragraph or a bullet of running text, joined across lines and pages, markers removed.
public struct Block: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case paragraph, bullet
    }

    public var kind: Kind
    public var text: String
    /// The section holding the block (its `label`).
    public var section: String?
    /// For a bullet: nesting depth (1 = top level) and the sentence that introduced the list.
    public var depth: Int?
    public var leadIn: String?
    public var span: SourceSpan?

    public init(kind: Kind, text: String, section: String?, depth: Int? = nil, leadIn: String? = nil,
                span: SourceSpan? = nil) {
        self.kind = kind
        self.text = text
        self.section = section
        self.depth = depth
        self.leadIn = leadIn
        self.span = span
    }
}

/// A note at the bottom of a page.
public struct Footnote: Codable, Sendable, Equatable {
    public var number: Int
    public var text: String
    /// The last eight words of body text before the marker (the heading title for a marker
    /// in a heading).
    public var markerContext: String?
    /// The section whose body or heading holds the marker.
    public var section: String?
    /// Where the marker stands: page, line and character offset in that line.
    public var marker: MarkerPosition?
    /// The marker as printed when it is not the number (OCR: "t" for 1).
    public var markerOcr: String?
    /// URLs printed in the note or linked from it.
    public var urls: [String]?
    public var span: SourceSpan?

    public init(number: Int, text: String, markerContext: String? = nil, section: String? = nil) {
        self.number = number
        self.text = text
        self.markerContext = markerContext
        self.section = section
    }
}

public struct MarkerPosition: Codable, Sendable, Equatable {
    public var page: Int
    public var line: Int
    public var offset: Int

    public init(page: Int, line: Int, offset: Int) {
        self.page = page
        self.line = line
        self.offset = offset
    }
}

/// A URL the document prints or links to.
public struct URLReference: Codable, Sendable, Equatable {
    public var url: String
    /// The footnote printing the URL or whose cited work it links to (the first such note).
    public var footnote: Int?
    /// Every footnote printing it.
    public var footnotes: [Int]?
    /// The words the link sits on (PDF link annotations).
    public var linkText: String?
    /// Where the URL is first printed or linked.
    public var firstSeen: SourceLocation?

    public init(url: String, footnote: Int? = nil, footnotes: [Int]? = nil, linkText: String? = nil,
                firstSeen: SourceLocation? = nil) {
        self.url = url
        self.footnote = footnote
        self.footnotes = footnotes
        self.linkText = linkText
        self.firstSeen = firstSeen
    }
}

// The gold annotations always write their keys, null when empty; the parser's JSON does the
// same for those keys (synthesised Codable would leave nil keys out).

extension Section {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(title, forKey: .title)
        try c.encode(level, forKey: .level)
        try c.encode(parent, forKey: .parent)
        try c.encodeIfPresent(span, forKey: .span)
    }
}

extension Footnote {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(text, forKey: .text)
        try c.encode(markerContext, forKey: .markerContext)
        try c.encode(section, forKey: .section)
        try c.encodeIfPresent(marker, forKey: .marker)
        try c.encodeIfPresent(markerOcr, forKey: .markerOcr)
        try c.encodeIfPresent(urls, forKey: .urls)
        try c.encodeIfPresent(span, forKey: .span)
    }
}

extension URLReference {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(footnote, forKey: .footnote)
        try c.encodeIfPresent(footnotes, forKey: .footnotes)
        try c.encodeIfPresent(linkText, forKey: .linkText)
        try c.encodeIfPresent(firstSeen, forKey: .firstSeen)
    }
}
