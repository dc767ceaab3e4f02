/// A note at the bottom of a page.
public struct Footnote: Sendable, Equatable {
    public var number: Int
    public var text: String
    /// The last eight words of body text before the marker (the heading title for a marker
    /// in a heading).
    public var markerContext: String?
    /// The section whose body or heading holds the marker.
    public var section: SectionID?
    /// Where the marker stands: page, line and character offset in that line.
    public var marker: MarkerPosition?
    /// The marker as printed when it is not the number (OCR: "t" for 1).
    public var markerOCR: String?
    /// URLs printed in the note or linked from it.
    public var urls: [String]
    public var span: SourceSpan?

    public init(number: Int, text: String, markerContext: String? = nil, section: SectionID? = nil,
                marker: MarkerPosition? = nil, markerOCR: String? = nil, urls: [String] = [], span: SourceSpan? = nil) {
        self.number = number
        self.text = text
        self.markerContext = markerContext
        self.section = section
        self.marker = marker
        self.markerOCR = markerOCR
        self.urls = urls
        self.span = span
    }
}

public struct MarkerPosition: Sendable, Hashable, Codable {
    public var page: Int
    public var line: Int
    public var offset: Int

    public init(page: Int, line: Int, offset: Int) {
        self.page = page
        self.line = line
        self.offset = offset
    }

    public var location: SourceLocation { SourceLocation(page: page, line: line) }
}

/// A URL the document prints or links to.
public struct URLReference: Sendable, Equatable {
    public var url: String
    /// The footnote printing the URL or whose cited work it links to (the first such note).
    public var footnote: Int?
    /// Every footnote printing it, when more than one does.
    public var footnotes: [Int]
    /// The words the link sits on (PDF link annotations).
    public var linkText: String?
    /// Where the URL is first printed or linked.
    public var firstSeen: SourceLocation?

    public init(url: String, footnote: Int? = nil, footnotes: [Int] = [], linkText: String? = nil,
                firstSeen: SourceLocation? = nil) {
        self.url = url
        self.footnote = footnote
        self.footnotes = footnotes
        self.linkText = linkText
        self.firstSeen = firstSeen
    }

    /// Whether the URL belongs to this footnote (it prints the URL or cites what it points to).
    public func belongs(to note: Int) -> Bool {
        footnote == note || footnotes.contains(note)
    }
}
