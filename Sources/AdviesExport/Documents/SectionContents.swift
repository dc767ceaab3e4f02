import AdviesModel

/// What each section of a document holds, grouped once: blocks, recommendations, footnotes
/// (by the section of their marker), references of its list, tables. Elements outside every
/// section are kept apart.
public struct SectionContents: Sendable {
    public struct Contents: Sendable {
        public var blocks: [Block] = []
        public var recommendations: [Recommendation] = []
        public var footnotes: [Footnote] = []
        public var references: [Reference] = []
        public var tables: [DataTable] = []
    }

    private var bySection: [SectionID: Contents] = [:]
    /// What stands before the first heading or outside any section.
    public private(set) var outside = Contents()

    public init(_ document: ParsedDocument) {
        func add(_ section: SectionID?, _ update: (inout Contents) -> Void) {
            if let section { update(&bySection[section, default: Contents()]) } else { update(&outside) }
        }
        for block in document.blocks { add(block.section) { $0.blocks.append(block) } }
        for rec in document.recommendations { add(rec.section) { $0.recommendations.append(rec) } }
        for note in document.footnotes { add(note.section) { $0.footnotes.append(note) } }
        for reference in document.references {
            if case .list(let section) = reference.site { add(section) { $0.references.append(reference) } }
        }
        for table in document.answers.flatMap(\.tables) { add(table.section) { $0.tables.append(table) } }
    }

    public subscript(_ section: SectionID) -> Contents {
        bySection[section] ?? Contents()
    }
}
