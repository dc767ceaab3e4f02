import AdviesModel

/// The body text of a document as the stages of the parser share it: one entry per line
/// (page furniture and footnotes already taken out), with its typography, its text without
/// footnote markers, where those markers stood, and the element that has claimed it. A stage
/// claims the lines it reads (a heading, the cover, the signature block); the lines nobody
/// claims are running text.
struct Body {
    struct Line {
        var source: SourceLine
        /// The text with its footnote markers taken out.
        var text: String
        /// Where each matched marker stood in `text`.
        var markers: [(note: Int, offset: Int)]
        var claim: Claim?

        var location: SourceLocation { source.location }
    }

    /// What a line was read as.
    enum Claim: Equatable {
        case tableOfContents, heading, cover, signature
    }

    private(set) var lines: [Line]

    init(_ lines: [Line]) {
        self.lines = lines
    }

    var count: Int { lines.count }
    var indices: Range<Int> { lines.indices }

    subscript(_ index: Int) -> Line { lines[index] }

    /// The texts of a run of lines.
    func texts(_ range: Range<Int>) -> [String] { lines[range].map(\.text) }

    mutating func claim(_ indices: some Sequence<Int>, as claim: Claim) {
        for index in indices where lines[index].claim == nil { lines[index].claim = claim }
    }

    func isClaimed(_ index: Int) -> Bool { lines[index].claim != nil }

    /// The line read with another text (a label taken off it).
    mutating func retext(_ index: Int, _ text: String) {
        lines[index].text = text
    }
}

/// A reading position in the body: a stage looks at the line under it and the lines ahead,
/// moves on past what it read, and goes back to a mark when what it tried does not hold.
struct LineCursor {
    private(set) var position: Int
    let end: Int

    init(from start: Int = 0, to end: Int) {
        position = start
        self.end = end
    }

    var isAtEnd: Bool { position >= end }

    /// The index `offset` lines ahead, if still before the end.
    func peek(_ offset: Int = 0) -> Int? {
        position + offset < end && position + offset >= 0 ? position + offset : nil
    }

    mutating func advance(_ count: Int = 1) { position = min(end, position + count) }

    /// Moves to just past `index` (a stage that read up to there).
    mutating func advance(pastIndex index: Int) { position = min(end, max(position, index + 1)) }

    func mark() -> Int { position }

    mutating func rewind(to mark: Int) { position = mark }
}
