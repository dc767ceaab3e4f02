/// Which recommendations a listing shows.
public struct RecommendationFilter: Sendable {
    public var document: String?
    /// A council or body, by name or abbreviation.
    public var council: String?
    public var addressee: String?
    public var strength: RecommendationStrength?
    public var limit: Int?

    public init(document: String? = nil, council: String? = nil, addressee: String? = nil,
                strength: RecommendationStrength? = nil, limit: Int? = nil) {
        self.document = document
        self.council = council
        self.addressee = addressee
        self.strength = strength
        self.limit = limit
    }
}
