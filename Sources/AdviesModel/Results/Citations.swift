/// A cited work as the knowledge base knows it: merged across the documents citing it, and
/// resolved to a stored document when it is one.
public struct Work: Codable, Sendable, Equatable {
    /// Stable: "work:vlaamse-onderwijsraad-2017-10-12-advies-over-het-voorontwerp".
    public var id: String
    public var workKey: String
    public var type: ReferenceType?
    public var organisation: String?
    public var council: String?
    public var authors: [String]
    public var title: String?
    public var subtitle: String?
    public var date: String?
    public var url: String?
    public var series: String?
    /// The stored document this work is, when it is one.
    public var documentId: String?

    public init(id: String, workKey: String, type: ReferenceType?, organisation: String?, council: String?,
                authors: [String], title: String?, subtitle: String?, date: String?, url: String?, series: String?,
                documentId: String?) {
        self.id = id
        self.workKey = workKey
        self.type = type
        self.organisation = organisation
        self.council = council
        self.authors = authors
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.url = url
        self.series = series
        self.documentId = documentId
    }
}

/// One citation of a work: which document cites it, where, and in which words.
public struct CitationEntry: Codable, Sendable {
    public var work: Work
    public var citingDocument: String
    public var citingDate: String?
    public var site: CitationSite
    /// The site as a reader names it: "footnote 3", or the reference list's title.
    public var source: String
    /// The section holding the citation (its number, or its title when unnumbered).
    public var section: String?
    /// The sentence that carries the footnote marker, or the list item.
    public var context: String?
    public var raw: String

    public init(work: Work, citingDocument: String, citingDate: String?, site: CitationSite, source: String,
                section: String?, context: String?, raw: String) {
        self.work = work
        self.citingDocument = citingDocument
        self.citingDate = citingDate
        self.site = site
        self.source = source
        self.section = section
        self.context = context
        self.raw = raw
    }
}

extension CitationSite: Codable {
    private enum CodingKeys: String, CodingKey { case kind, footnote, section }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "footnote": self = .footnote(try c.decode(Int.self, forKey: .footnote))
        case "list": self = .list(try c.decode(SectionID.self, forKey: .section))
        case "body": self = .body
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown citation site '\(other)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .footnote(let number):
            try c.encode("footnote", forKey: .kind)
            try c.encode(number, forKey: .footnote)
        case .list(let section):
            try c.encode("list", forKey: .kind)
            try c.encode(section, forKey: .section)
        case .body:
            try c.encode("body", forKey: .kind)
        }
    }
}

/// A document or work as a citation list needs it.
public struct CitableItem: Codable, Sendable, Equatable {
    /// A stored document, or a work cited that is none.
    public enum Kind: String, Codable, Sendable {
        case document, work
    }

    public var id: String
    public var kind: Kind
    /// For a document: what kind it is.
    public var documentKind: DocumentKind?
    public var type: ReferenceType?
    /// "Surname, I." in printed order.
    public var authors: [String]
    public var organisation: String?
    public var council: String?
    public var title: String
    public var subtitle: String?
    /// ISO date as precise as known.
    public var date: String?
    public var url: String?
    public var publisher: String?
    public var series: String?
    /// A written question's number.
    public var number: String?
    public var askedBy: String?
    public var addressedTo: String?

    public init(id: String, kind: Kind, documentKind: DocumentKind? = nil, type: ReferenceType? = nil, authors: [String] = [],
                organisation: String? = nil,
                council: String? = nil, title: String, subtitle: String? = nil, date: String? = nil, url: String? = nil,
                publisher: String? = nil, series: String? = nil, number: String? = nil, askedBy: String? = nil,
                addressedTo: String? = nil) {
        self.id = id
        self.kind = kind
        self.documentKind = documentKind
        self.type = type
        self.authors = authors
        self.organisation = organisation
        self.council = council
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.url = url
        self.publisher = publisher
        self.series = series
        self.number = number
        self.askedBy = askedBy
        self.addressedTo = addressedTo
    }
}
