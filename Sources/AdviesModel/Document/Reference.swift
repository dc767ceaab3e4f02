/// Where a document cites: in a footnote, in an item of a reference list (a section such as
/// "Bronnen"), or in its running text.
public enum CitationSite: Hashable, Sendable {
    case footnote(Int)
    case list(SectionID)
    case body

    public var footnote: Int? {
        if case .footnote(let number) = self { return number }
        return nil
    }
}

/// One cited work as a footnote or reference list prints it.
public struct Reference: Sendable, Equatable {
    public var site: CitationSite
    public var type: ReferenceType?
    public var organisation: String?
    public var council: String?
    public var authors: [String]
    public var title: String?
    public var subtitle: String?
    /// ISO date, as precise as printed.
    public var date: String?
    public var pages: String?
    public var url: String?
    public var series: String?
    /// The citation as printed (OCR errors kept), without lead-ins and separators.
    public var raw: String
    /// `who|date|first six title tokens` (GUIDE.md §6).
    public var workKey: String
    /// The lines of the note or list item the citation stands in.
    public var span: SourceSpan?

    public init(site: CitationSite, type: ReferenceType?, organisation: String? = nil, council: String? = nil,
                authors: [String] = [], title: String? = nil, subtitle: String? = nil, date: String? = nil,
                pages: String? = nil, url: String? = nil, series: String? = nil, raw: String, workKey: String,
                span: SourceSpan? = nil) {
        self.site = site
        self.type = type
        self.organisation = organisation
        self.council = council
        self.authors = authors
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.pages = pages
        self.url = url
        self.series = series
        self.raw = raw
        self.workKey = workKey
        self.span = span
    }
}

/// What kind of work a reference cites (GUIDE.md §6, GUIDE-wild §4).
public enum ReferenceType: String, Codable, Sendable, CaseIterable {
    case vlorAdvisory = "vlor-advisory"
    case advisory
    case legislation
    case research
    case governmentDocument = "government-document"
    case parliamentary
    case caseLaw = "case-law"
    case euDocument = "eu-document"
    case web
}

/// A reference to another document of the collection: the work it cites is that document.
public struct CrossReference: Sendable, Hashable {
    /// The id of the document cited.
    public var target: String
    /// Where the citing document cites it.
    public var site: CitationSite

    public init(target: String, site: CitationSite) {
        self.target = target
        self.site = site
    }
}
