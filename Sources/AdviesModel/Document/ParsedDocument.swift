/// The tree the parser builds from one document: what it is, what it says about itself, its
/// parts in reading order, what it asks and what it cites, and what the parser noticed.
/// Elements refer to each other by identity (`SectionID`, `CitationSite`, `Turn`), never by a
/// printed label. The JSON shape of the gold annotations is an adapter over this
/// (`AdviesAnnotation`), not this type's own.
public struct ParsedDocument: Sendable, Equatable {
    public var id: String
    public var sourceFile: String
    public var kind: DocumentKind
    public var metadata: Metadata
    /// In document order; a section's `id` is its position here.
    public var sections: [Section]
    /// Running text: paragraphs and bullets in reading order.
    public var blocks: [Block]
    public var footnotes: [Footnote]
    public var urls: [URLReference]
    public var references: [Reference]
    public var recommendations: [Recommendation]
    /// References to other documents of the collection the document was read with.
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

    /// The section an id names (nil for an id from another document).
    public subscript(section id: SectionID) -> Section? {
        sections.indices.contains(id.position) ? sections[id.position] : nil
    }

    /// How a reader names a citation site: "footnote 3", the reference list's title, or "body".
    public func name(of site: CitationSite) -> String {
        switch site {
        case .footnote(let number): "footnote \(number)"
        case .list(let section): self[section: section]?.title ?? "list"
        case .body: "body"
        }
    }
}

/// What kind of document it is (GUIDE-wild §1).
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case advisory
    case writtenQuestion = "written-question"
    case letter
    case note
    case report
    case unknown
}
