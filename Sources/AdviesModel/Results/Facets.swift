/// How the matches of a search spread over the facts a researcher narrows by: every match of
/// the query under its filters, not only the hits of one page.
public struct SearchFacets: Codable, Sendable, Equatable {
    /// One value of a facet and how many matches have it.
    public struct Count: Codable, Sendable, Equatable {
        public var value: String
        public var count: Int

        public init(value: String, count: Int) {
            self.value = value
            self.count = count
        }
    }

    /// Matches in the elements the query searches.
    public var total: Int
    /// Whether an element had more matches than were counted (then the counts are of its best).
    public var capped: Bool
    /// By element (`SearchScope`), counted whichever element the query searches.
    public var elements: [Count]
    public var kinds: [Count]
    /// By council or body; "(none)" for documents that name neither.
    public var councils: [Count]
    public var years: [Count]
    /// Recommendations only.
    public var strengths: [Count]
    public var addressees: [Count]

    public init(total: Int, capped: Bool = false, elements: [Count], kinds: [Count], councils: [Count], years: [Count], strengths: [Count],
                addressees: [Count]) {
        self.total = total
        self.capped = capped
        self.elements = elements
        self.kinds = kinds
        self.councils = councils
        self.years = years
        self.strengths = strengths
        self.addressees = addressees
    }
}

/// How many documents a council or body issued in a year (nil: undated, or naming neither).
public struct DocumentCount: Codable, Sendable, Equatable {
    public var year: Int?
    public var council: String?
    public var count: Int

    public init(year: Int?, council: String?, count: Int) {
        self.year = year
        self.council = council
        self.count = count
    }
}
