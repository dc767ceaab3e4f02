/// Which elements a search looks in.
public enum SearchScope: String, Codable, Sendable, CaseIterable {
    case recommendations, sections, footnotes, answers
    /// Every element (a query's scope only; a hit names the element it was found in).
    case all
}

/// What to search and how to filter.
public struct SearchQuery: Sendable {
    public var text: String
    public var scope: SearchScope = .all
    public var council: String?
    public var kind: DocumentKind?
    public var since: Int?
    public var until: Int?
    public var addressee: String?
    public var limit: Int = 10
    /// Hits to pass over before the first one returned (paging).
    public var offset: Int = 0
    /// How hits are marked in snippets.
    public var highlight: (open: String, close: String) = ("[", "]")

    public init(text: String) {
        self.text = text
    }
}

/// One search result.
public struct SearchHit: Codable, Sendable {
    /// The element the hit was found in (never `.all`).
    public var scope: SearchScope
    public var documentId: String
    public var documentTitle: String?
    public var date: String?
    public var council: String?
    /// The section's number, or its title when unnumbered.
    public var section: String?
    public var sectionTitle: String?
    public var recommendationId: RecommendationID?
    public var footnote: Int?
    public var snippet: String
    public var score: Double

    public init(scope: SearchScope, documentId: String, documentTitle: String?, date: String?, council: String?,
                section: String?, sectionTitle: String?, recommendationId: RecommendationID?, footnote: Int?,
                snippet: String, score: Double) {
        self.scope = scope
        self.documentId = documentId
        self.documentTitle = documentTitle
        self.date = date
        self.council = council
        self.section = section
        self.sectionTitle = sectionTitle
        self.recommendationId = recommendationId
        self.footnote = footnote
        self.snippet = snippet
        self.score = score
    }
}
