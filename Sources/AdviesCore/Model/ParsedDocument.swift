/// The tree the parser builds from one document. Field names follow the gold annotations
/// (Annotations/GUIDE.md) so parser output and gold can be compared by any tool; the gold
/// files decode into this same type.
public struct ParsedDocument: Codable, Sendable {
    public var id: String
    public var sourceFile: String
    public var kind: DocumentKind
    public var metadata: Metadata
    public var sections: [Section]
    /// Running text: paragraphs and bullets in reading order.
    public var blocks: [Block]
    public var footnotes: [Footnote]
    public var urls: [URLReference]
    public var references: [Reference]
    public var recommendations: [Recommendation]
    public var crossReferences: [CrossReference]
    public var questions: [Question]
    public var answers: [Answer]
    public var diagnostics: [Diagnostic]

    public init(id: String, sourceFile: String, kind: DocumentKind, metadata: Metadata = Metadata(),
                sections: [Section] = [], blocks: [Block] = [], footnotes: [Footnote] = [],
                urls: [URLReference] = [], references: [Reference] = [], recommendations: [Recommendation] = [],
                crossReferences: [CrossReference] = [], questions: [Question] = [], answers: [Answer] = [],
                diagnostics: [Diagnostic] = []) {
        self.id = id
        self.sourceFile = sourceFile
        self.kind = kind
        self.metadata = metadata
        self.sections = sections
        self.blocks = blocks
        self.footnotes = footnotes
        self.urls = urls
        self.references = references
        self.recommendations = recommendations
        self.crossReferences = crossReferences
        self.questions = questions
        self.answers = answers
        self.diagnostics = diagnostics
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        sourceFile = try c.decodeIfPresent(String.self, forKey: .sourceFile) ?? ""
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind) ?? .unknown
        metadata = try c.decodeIfPresent(Metadata.self, forKey: .metadata) ?? Metadata()
        sections = try c.decodeIfPresent([Section].self, forKey: .sections) ?? []
        blocks = try c.decodeIfPresent([Block].self, forKey: .blocks) ?? []
        footnotes = try c.decodeIfPresent([Footnote].self, forKey: .footnotes) ?? []
        urls = try c.decodeIfPresent([URLReference].self, forKey: .urls) ?? []
        references = try c.decodeIfPresent([Reference].self, forKey: .references) ?? []
        recommendations = try c.decodeIfPresent([Recommendation].self, forKey: .recommendations) ?? []
        crossReferences = try c.decodeIfPresent([CrossReference].self, forKey: .crossReferences) ?? []
        questions = try c.decodeIfPresent([Question].self, forKey: .questions) ?? []
        answers = try c.decodeIfPresent([Answer].self, forKey: .answers) ?? []
        diagnostics = try c.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }

    /// The section with this number, if any.
    public func section(numbered number: String?) -> Section? {
        sections.first { $0.number == number }
    }
}

public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case advisory
    case writtenQuestion = "written-question"
    case unknown
}

/// A reference to one of the other documents of a collection: the work it cites is that
/// document (same title and date).
public struct CrossReference: Codable, Sendable, Hashable {
    /// The id of the document cited.
    public var target: String
    /// Where the citation sits: "footnote 3", "Bronnen", ...
    public var via: String

    public init(target: String, via: String) {
        self.target = target
        self.via = via
    }
}
