/// A stored document at a glance.
public struct DocumentSummary: Codable, Sendable {
    public var id: String
    public var kind: DocumentKind
    public var date: String?
    public var datePrecision: DatePrecision?
    public var council: String?
    public var title: String?
    public var sourcePath: String
    public var sections: Int
    public var footnotes: Int
    public var recommendations: Int
    public var references: Int

    public init(id: String, kind: DocumentKind, date: String?, datePrecision: DatePrecision?, council: String?, title: String?,
                sourcePath: String, sections: Int, footnotes: Int, recommendations: Int, references: Int) {
        self.id = id
        self.kind = kind
        self.date = date
        self.datePrecision = datePrecision
        self.council = council
        self.title = title
        self.sourcePath = sourcePath
        self.sections = sections
        self.footnotes = footnotes
        self.recommendations = recommendations
        self.references = references
    }
}

/// A recommendation with the facts of its document.
public struct RecommendationHit: Codable, Sendable {
    public var id: RecommendationID
    public var documentId: String
    public var date: String?
    public var council: String?
    /// The section's number, or its title when unnumbered.
    public var section: String?
    public var sectionTitle: String?
    public var text: String
    public var cue: String?
    public var strength: RecommendationStrength?
    public var addressee: String?
    public var leadIn: String?

    public init(id: RecommendationID, documentId: String, date: String?, council: String?, section: String?,
                sectionTitle: String?, text: String, cue: String?, strength: RecommendationStrength?, addressee: String?,
                leadIn: String?) {
        self.id = id
        self.documentId = documentId
        self.date = date
        self.council = council
        self.section = section
        self.sectionTitle = sectionTitle
        self.text = text
        self.cue = cue
        self.strength = strength
        self.addressee = addressee
        self.leadIn = leadIn
    }
}

/// Counts over the whole knowledge base.
public struct Statistics: Codable, Sendable {
    public var documents: Int
    public var byKind: [DocumentKind: Int]
    /// By council or body; "(none)" for documents that name neither.
    public var byCouncil: [String: Int]
    public var sections: Int
    public var paragraphs: Int
    public var footnotes: Int
    public var recommendations: Int
    public var recommendationsByStrength: [RecommendationStrength: Int]
    public var references: Int
    public var distinctWorks: Int
    public var urls: Int
    public var tableCells: Int
    public var diagnostics: Int
    public var fileBytes: Int64
    public var firstYear: Int?
    public var lastYear: Int?

    public init(documents: Int, byKind: [DocumentKind: Int], byCouncil: [String: Int], sections: Int, paragraphs: Int,
                footnotes: Int, recommendations: Int, recommendationsByStrength: [RecommendationStrength: Int], references: Int,
                distinctWorks: Int, urls: Int, tableCells: Int, diagnostics: Int, fileBytes: Int64, firstYear: Int?,
                lastYear: Int?) {
        self.documents = documents
        self.byKind = byKind
        self.byCouncil = byCouncil
        self.sections = sections
        self.paragraphs = paragraphs
        self.footnotes = footnotes
        self.recommendations = recommendations
        self.recommendationsByStrength = recommendationsByStrength
        self.references = references
        self.distinctWorks = distinctWorks
        self.urls = urls
        self.tableCells = tableCells
        self.diagnostics = diagnostics
        self.fileBytes = fileBytes
        self.firstYear = firstYear
        self.lastYear = lastYear
    }
}

extension DocumentKind: CodingKeyRepresentable {}
extension RecommendationStrength: CodingKeyRepresentable {}
