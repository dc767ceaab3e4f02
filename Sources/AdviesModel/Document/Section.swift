/// A section's identity within its document: its position in document order. Two sections
/// with the same printed label ("Bijlage", a restarted "2.1") are two ids.
public struct SectionID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var position: Int

    public init(_ position: Int) {
        self.position = position
    }

    public static func < (lhs: SectionID, rhs: SectionID) -> Bool { lhs.position < rhs.position }

    public var description: String { "§\(position)" }

    public init(from decoder: Decoder) throws {
        position = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(position)
    }
}

/// A heading and the part of the document it opens.
public struct Section: Sendable, Equatable {
    public var id: SectionID
    /// "3", "3.4", "3.a", "Q.1", "A.1.a"; nil for unnumbered headings ("Bronnen").
    public var number: String?
    public var title: String
    public var level: Int
    /// The enclosing section, nil at the top level.
    public var parent: SectionID?
    /// Where the heading stands and how far the section runs.
    public var span: SourceSpan?

    public init(id: SectionID, number: String?, title: String, level: Int, parent: SectionID?, span: SourceSpan? = nil) {
        self.id = id
        self.number = number
        self.title = title
        self.level = level
        self.parent = parent
        self.span = span
    }

    /// How a section is named to a reader: its number, or its title when unnumbered.
    public var label: String { number ?? title }
}
