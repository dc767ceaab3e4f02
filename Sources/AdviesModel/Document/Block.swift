/// A paragraph or a bullet of running text, joined across lines and pages, markers removed.
public struct Block: Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case paragraph, bullet
    }

    public var kind: Kind
    public var text: String
    /// The section holding the block; nil before the first heading.
    public var section: SectionID?
    /// In a written question: the question or answer the block is part of.
    public var turn: Turn?
    /// For a bullet: nesting depth (1 = top level) and the sentence that introduced the list.
    public var depth: Int?
    public var leadIn: String?
    public var span: SourceSpan?

    public init(kind: Kind, text: String, section: SectionID?, turn: Turn? = nil, depth: Int? = nil,
                leadIn: String? = nil, span: SourceSpan? = nil) {
        self.kind = kind
        self.text = text
        self.section = section
        self.turn = turn
        self.depth = depth
        self.leadIn = leadIn
        self.span = span
    }
}

/// Whose words a block of a written question is: the member's question or the minister's
/// answer, by number (nil for the text before the first numbered one).
public enum Turn: Hashable, Sendable {
    case question(Int?)
    case answer(Int?)

    public var isAnswer: Bool {
        if case .answer = self { return true }
        return false
    }
}
