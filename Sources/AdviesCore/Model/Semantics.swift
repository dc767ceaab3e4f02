/// A sentence or bullet in which the council asks that someone act.
public struct Recommendation: Codable, Sendable, Equatable {
    /// Stable id: `<doc-id>#rec-<n>`.
    public var id: String?
    public var section: String?
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

    public init(id: String? = nil, section: String?, text: String, cue: String?, strength: RecommendationStrength? = nil,
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

/// How hard the council presses, strongest first.
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

/// One cited work as a footnote or reference list prints it.
public struct Reference: Codable, Sendable, Equatable {
    /// Where it is cited: "footnote 3", "Bronnen", "ACHTERGROND".
    public var source: String
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

    public init(source: String, type: ReferenceType?, organisation: String? = nil, council: String? = nil,
                authors: [String] = [], title: String? = nil, subtitle: String? = nil, date: String? = nil,
                pages: String? = nil, url: String? = nil, series: String? = nil, raw: String, workKey: String) {
        self.source = source
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
    }

    enum CodingKeys: String, CodingKey {
        case source, type, organisation, council, authors, title, subtitle, date, pages, url, series, raw, workKey
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        type = try c.decodeIfPresent(ReferenceType.self, forKey: .type)
        organisation = try c.decodeIfPresent(String.self, forKey: .organisation)
        council = try c.decodeIfPresent(String.self, forKey: .council)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
        title = try c.decodeIfPresent(String.self, forKey: .title)
        subtitle = try c.decodeIfPresent(String.self, forKey: .subtitle)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        pages = try c.decodeIfPresent(String.self, forKey: .pages)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        series = try c.decodeIfPresent(String.self, forKey: .series)
        raw = try c.decodeIfPresent(String.self, forKey: .raw) ?? ""
        workKey = try c.decodeIfPresent(String.self, forKey: .workKey) ?? ""
    }
}

public enum ReferenceType: String, Codable, Sendable, CaseIterable {
    case vlorAdvisory = "vlor-advisory"
    case legislation
    case research
    case governmentDocument = "government-document"
    case parliamentary
    case web
}

// The gold annotations always write their keys, null when empty; the parser's JSON does the
// same for those keys (synthesised Codable would leave nil keys out).

extension Recommendation {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encode(section, forKey: .section)
        try c.encode(text, forKey: .text)
        try c.encode(cue, forKey: .cue)
        try c.encodeIfPresent(strength, forKey: .strength)
        try c.encode(addressee, forKey: .addressee)
        try c.encodeIfPresent(addresseeText, forKey: .addresseeText)
        try c.encode(leadIn, forKey: .leadIn)
        try c.encodeIfPresent(span, forKey: .span)
    }
}

extension Reference {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(type, forKey: .type)
        try c.encode(organisation, forKey: .organisation)
        try c.encode(council, forKey: .council)
        try c.encode(authors, forKey: .authors)
        try c.encode(title, forKey: .title)
        try c.encode(subtitle, forKey: .subtitle)
        try c.encode(date, forKey: .date)
        try c.encode(pages, forKey: .pages)
        try c.encode(url, forKey: .url)
        try c.encode(series, forKey: .series)
        try c.encode(raw, forKey: .raw)
        try c.encode(workKey, forKey: .workKey)
    }
}
