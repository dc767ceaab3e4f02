/// Which occurrence of a section an element belongs to. Elements name their section by label,
/// and a label can repeat (two unnumbered "Bronnen" lists, a restarted numbering); the element
/// belongs to the last section with its label that starts at or before it. Grouping once keeps
/// walking the sections linear in the size of the document.
public struct SectionMembership: Sendable {
    private var occurrences: [String: [(index: Int, start: SourceLocation?)]] = [:]

    public init(_ sections: [Section]) {
        for (index, section) in sections.enumerated() {
            occurrences[section.label, default: []].append((index, section.span?.start))
        }
    }

    /// The index in `sections` of the section holding an element with this label and start.
    public func section(label: String?, start: SourceLocation?) -> Int? {
        guard let label, let candidates = occurrences[label] else { return nil }
        guard candidates.count > 1, let start else { return candidates.first?.index }
        return candidates.last { ($0.start ?? start) <= start }?.index ?? candidates.first?.index
    }

    /// The indices of `items` in each section (by section index), and those in none, in order.
    public func group<T>(_ items: [T], label: (T) -> String?, start: (T) -> SourceLocation?) -> (bySection: [Int: [Int]], outside: [Int]) {
        var bySection: [Int: [Int]] = [:], outside: [Int] = []
        for (index, item) in items.enumerated() {
            if let section = section(label: label(item), start: start(item)) {
                bySection[section, default: []].append(index)
            } else {
                outside.append(index)
            }
        }
        return (bySection, outside)
    }
}

extension ParsedDocument {
    /// The blocks of each section (by section index), and those before the first heading.
    public var blocksBySection: (bySection: [Int: [Block]], outside: [Block]) {
        let grouped = SectionMembership(sections).group(blocks, label: \.section, start: { $0.span?.start })
        return (grouped.bySection.mapValues { $0.map { blocks[$0] } }, grouped.outside.map { blocks[$0] })
    }
}
