/// A recommendation's identity: its document and its place among the document's
/// recommendations, written `<document>#rec-<n>`.
public struct RecommendationID: Hashable, Comparable, Sendable, LosslessStringConvertible, Codable {
    public var document: String
    /// 1-based.
    public var number: Int

    public init(document: String, number: Int) {
        self.document = document
        self.number = number
    }

    /// Reads `<document>#rec-<n>`.
    public init?(_ description: String) {
        guard let hash = description.range(of: "#rec-", options: .backwards),
              let number = Int(description[hash.upperBound...]), number > 0 else { return nil }
        self.init(document: String(description[..<hash.lowerBound]), number: number)
    }

    public var description: String { "\(document)#rec-\(number)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.document, lhs.number) < (rhs.document, rhs.number) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = Self(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a recommendation id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A sentence or bullet in which the advising body asks that someone act.
public struct Recommendation: Sendable, Equatable {
    public var id: RecommendationID
    public var section: SectionID?
    public var text: String
    /// The trigger words ("stellen ... voor", "imperative").
    public var cue: String?
    public var strength: RecommendationStrength?
    /// Who is asked to act, normalised to a small vocabulary ("Vlaamse Regering").
    public var addressee: String?
    /// The addressee as the text names it.
    public var addresseeText: String?
    /// For a bullet: the sentence that introduced the list.
    public var leadIn: String?
    public var span: SourceSpan?

    public init(id: RecommendationID, section: SectionID?, text: String, cue: String?, strength: RecommendationStrength? = nil,
                addressee: String? = nil, addresseeText: String? = nil, leadIn: String? = nil, span: SourceSpan? = nil) {
        self.id = id
        self.section = section
        self.text = text
        self.cue = cue
        self.strength = strength
        self.addressee = addressee
        self.addresseeText = addresseeText
        self.leadIn = leadIn
        self.span = span
    }
}

/// How hard the advising body presses, strongest first.
public enum RecommendationStrength: String, Codable, Sendable, CaseIterable, Comparable {
    /// "vraagt met aandrang", "dringt aan", "roept op", "lanceert een oproep".
    case urges
    /// "vraagt", "vragen we", "adviseert", "beveelt aan", imperatives.
    case asks
    /// "stelt voor", "pleit voor", "is voorstander van".
    case proposes
    /// "moet/moeten", "mag niet", "is nodig".
    case normative
    /// "is belangrijk", "zou beter zijn", "beslist best", "is het tijd om".
    case soft

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! > allCases.firstIndex(of: rhs)!
    }
}
