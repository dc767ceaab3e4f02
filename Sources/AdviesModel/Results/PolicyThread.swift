/// A policy thread: the documents, recommendations and answers that address one subject, in
/// time order, with the links between them and why each link is there.
public struct PolicyThread: Codable, Sendable {
    public var subject: String
    /// The words searched for (the subject and its synonyms).
    public var searchedFor: [String]
    public var items: [Item]
    public var links: [Link]
    /// Documents on the subject left out because the thread keeps the ones most about it.
    public var omittedDocuments: Int

    public init(subject: String, searchedFor: [String], items: [Item], links: [Link], omittedDocuments: Int = 0) {
        self.subject = subject
        self.searchedFor = searchedFor
        self.items = items
        self.links = links
        self.omittedDocuments = omittedDocuments
    }

    public struct Item: Codable, Sendable {
        public enum Kind: String, Codable, Sendable {
            case recommendation, answer, passage
        }

        /// A recommendation id, "<doc>#answer-<n>", or "<doc>#p-<n>".
        public var id: String
        public var kind: Kind
        public var documentId: String
        public var documentKind: DocumentKind
        public var date: String?
        public var datePrecision: DatePrecision?
        /// Where the date came from when the document does not state it.
        public var dateFromManifest: Bool
        public var council: String?
        public var section: String?
        public var text: String
        public var strength: RecommendationStrength?
        public var addressee: String?

        public init(id: String, kind: Kind, documentId: String, documentKind: DocumentKind, date: String?,
                    datePrecision: DatePrecision?, dateFromManifest: Bool, council: String?, section: String?, text: String,
                    strength: RecommendationStrength? = nil, addressee: String? = nil) {
            self.id = id
            self.kind = kind
            self.documentId = documentId
            self.documentKind = documentKind
            self.date = date
            self.datePrecision = datePrecision
            self.dateFromManifest = dateFromManifest
            self.council = council
            self.section = section
            self.text = text
            self.strength = strength
            self.addressee = addressee
        }
    }

    public struct Link: Codable, Sendable {
        public enum Reason: String, Codable, Sendable {
            case cites
            case similarRecommendation = "similar-recommendation"
            case sameAddressee = "same-addressee"
            case reportsMeasure = "reports-measure"
        }

        /// The earlier item (for a citation: the cited document) and the later one.
        public var from: String
        public var to: String
        public var reason: Reason
        public var score: Double?
        public var sharedTerms: [String]
        /// For a citation: where the later document cites the earlier ("footnote 1").
        public var via: String?

        public init(from: String, to: String, reason: Reason, score: Double?, sharedTerms: [String], via: String?) {
            self.from = from
            self.to = to
            self.reason = reason
            self.score = score
            self.sharedTerms = sharedTerms
            self.via = via
        }
    }
}
