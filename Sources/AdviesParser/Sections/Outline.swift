import AdviesModel

/// The headings of a document laid over its body lines: which section each line belongs to.
struct Outline {
    let sections: [Section]
    private let headings: [HeadingDetector.Heading]
    /// For each body line, the index of the heading it falls under (nil before the first).
    private let owner: [Int?]

    init(headings: [HeadingDetector.Heading], body: Body) {
        let count = body.count
        self.headings = headings
        var owner = [Int?](repeating: nil, count: count)
        for (h, heading) in headings.enumerated() {
            let end = h + 1 < headings.count ? headings[h + 1].lines.first! : count
            for i in heading.lines.first!..<end { owner[i] = h }
        }
        self.owner = owner
        var sections: [Section] = []
        // The numbered sections still open, by the parts of their numbers ("3", "a" for "3.a").
        var open: [(parts: [Substring], id: SectionID)] = []
        for (h, heading) in headings.enumerated() {
            let id = SectionID(h)
            let end = h + 1 < headings.count ? headings[h + 1].lines.first! - 1 : count - 1
            let span = SourceSpan(start: body[heading.lines.first!].location, end: body[max(end, heading.lines.first!)].location)
            // An unnumbered heading stands at the top level and leaves the numbering open
            // (a titled passage inside "3.b" does not end section 3).
            guard let number = heading.number else {
                sections.append(Section(id: id, number: nil, title: heading.title, level: 1, parent: nil, span: span))
                continue
            }
            let parts = number.split(separator: ".")
            open.removeAll { $0.parts.count >= parts.count }
            let parent = open.last { parts.starts(with: $0.parts) }?.id
            sections.append(Section(id: id, number: number, title: heading.title, level: parts.count, parent: parent, span: span))
            open.append((parts, id))
        }
        self.sections = sections
    }

    func section(atLine line: Int) -> SectionID? {
        guard line >= 0, line < owner.count, let h = owner[line] else { return nil }
        return sections[h].id
    }

    func isHeadingLine(_ line: Int) -> Bool {
        headings.contains { $0.lines.contains(line) }
    }

    func heading(coveringLine line: Int) -> Section? {
        guard let h = headings.firstIndex(where: { $0.lines.contains(line) }) else { return nil }
        return sections[h]
    }

    /// The first body line after the heading that owns `line`.
    func bodyStart(forLine line: Int) -> Int {
        guard let h = owner[line] else { return 0 }
        return headings[h].lines.last! + 1
    }

    /// The last body line at or before a place in the source (for a note without a marker).
    func lastLine(onOrBefore location: SourceLocation, in body: Body) -> Int {
        body.indices.last { body[$0].location <= location } ?? -1
    }
}
