import AdviesModel
import AdviesText

/// The advisory path of the parser: markers, headings, cover, signatures, blocks, footnotes
/// and URLs, in that order (each stage needs the ones before it).
struct AdvisoryParser {
    let input: ParserInput

    func parse(id: String) -> ParsedDocument {
        var document = ParsedDocument(id: id, sourceFile: input.layout.source, kind: .advisory)
        let body = input.zoned.body
        let matched = MarkerMatcher(typographic: input.typographic).match(notes: input.zoned.notes, body: body)
        let cleaned = matched.lines.map(\.cleaned)
        let texts = cleaned.map(\.text)
        let found = HeadingDetector(typography: input.typography, styled: headingsAreTypeset(texts))
            .detect(texts, lines: body)
        document.diagnostics += input.zoned.diagnostics + matched.diagnostics + found.diagnostics

        var consumed = Set(found.tableOfContents)
        for heading in found.headings { consumed.formUnion(heading.lines) }
        let firstHeading = found.headings.first?.lines.first ?? texts.count
        if let cover = CoverParser.parse(Array(texts[..<firstHeading]), lines: Array(body[..<firstHeading]),
                                         typography: input.typography) {
            document.metadata = cover.metadata
            consumed.formUnion(cover.lines)
        }
        if let signature = SignatureParser.parse(texts) {
            document.metadata.signatories = signature.signatories
            document.metadata.council = signature.council ?? document.metadata.council
            consumed.formUnion(signature.lines)
        }
        if document.metadata.council != nil || texts.contains(where: { $0.containsBytes("Vlor") || $0.containsBytes("Vlaamse Onderwijsraad") }) {
            document.metadata.organisation = "Vlaamse Onderwijsraad"
        }

        let outline = Outline(headings: found.headings, lines: body, count: texts.count)
        document.sections = outline.sections
        document.blocks = blocks(texts: texts, consumed: consumed, outline: outline)
        document.footnotes = footnotes(matched: matched, cleaned: cleaned, outline: outline)
        document.urls = URLCollector().collect(notes: input.collectorNotes(document.footnotes),
                                               body: input.collectorBody(document.blocks),
                                               linkLines: input.zoned.linkLines, annotations: input.annotations)
        for index in document.footnotes.indices {
            let number = document.footnotes[index].number
            document.footnotes[index].urls = document.urls.filter { $0.belongs(to: number) }.map(\.url)
        }
        return document
    }

    /// Headings are typeset when numbered heading lines stand out by weight or size.
    private func headingsAreTypeset(_ texts: [String]) -> Bool {
        guard input.typography.bodySize != nil else { return false }
        let emphasisedNumbered = zip(texts, input.zoned.body).filter { text, line in
            input.typography.isEmphasised(line) && HeadingDetector.numberedStart.isMatch(text)
        }
        return emphasisedNumbered.count >= 2
    }

    private func blocks(texts: [String], consumed: Set<Int>, outline: Outline) -> [Block] {
        let builder = BlockBuilder(joiner: input.joiner)
        var blocks: [Block] = []
        var segment: [BlockBuilder.Line] = []
        var segmentSection: SectionID?
        for index in texts.indices {
            let section = outline.section(atLine: index)
            if section != segmentSection || outline.isHeadingLine(index) {
                blocks += builder.build(segment, section: segmentSection)
                segment = []
                segmentSection = section
            }
            guard !consumed.contains(index) else { continue }
            segment.append(BlockBuilder.Line(text: texts[index], source: input.zoned.body[index]))
        }
        blocks += builder.build(segment, section: segmentSection)
        return blocks
    }

    private func footnotes(matched: MarkerMatcher.Result, cleaned: [(text: String, markerOffsets: [(note: Int, offset: Int)])],
                           outline: Outline) -> [Footnote] {
        let cleanedText = cleaned.map(\.text)
        return input.zoned.notes.map { draft in
            var note = Footnote(number: draft.number, text: input.joiner.join(draft.texts))
            let first = draft.lines.first!.location
            note.span = SourceSpan(start: first, end: draft.lines.last!.location)
            guard let match = matched.matches[draft.number] else {
                note.section = outline.section(atLine: outline.lastLine(onOrBefore: first, in: input.zoned.body))
                return note
            }
            let line = input.zoned.body[match.bodyIndex]
            note.marker = MarkerPosition(page: line.location.page, line: line.location.line, offset: match.offset)
            if Int(match.printed) != draft.number { note.markerOCR = match.printed }
            note.section = outline.section(atLine: match.bodyIndex)
            let offset = cleaned[match.bodyIndex].markerOffsets.first { $0.note == draft.number }?.offset ?? 0
            note.markerContext = markerContext(line: match.bodyIndex, offset: offset, cleaned: cleanedText, outline: outline)
            return note
        }
    }

    /// The last eight words of body text before the marker, not reaching back into the
    /// heading; for a marker in a heading, the heading's title.
    private func markerContext(line: Int, offset: Int, cleaned: [String], outline: Outline) -> String {
        if let heading = outline.heading(coveringLine: line) { return heading.title }
        let start = outline.bodyStart(forLine: line)
        // Join only as many lines back as eight words need (a long section stays cheap).
        var first = line
        var words: [Substring] = []
        repeat {
            first = max(start, first - 2)
            var lines = Array(cleaned[first..<line])
            lines.append(String(cleaned[line].prefix(offset)))
            words = input.joiner.join(lines).split(separator: " ")
        } while words.count <= 8 && first > start
        return words.suffix(8).joined(separator: " ")
    }
}

/// The headings of a document laid over its body lines: which section each line belongs to.
struct Outline {
    let sections: [Section]
    private let headings: [HeadingDetector.Heading]
    /// For each body line, the index of the heading it falls under (nil before the first).
    private let owner: [Int?]

    init(headings: [HeadingDetector.Heading], lines: [SourceLine], count: Int) {
        self.headings = headings
        var owner = [Int?](repeating: nil, count: count)
        for (h, heading) in headings.enumerated() {
            let end = h + 1 < headings.count ? headings[h + 1].lines.first! : count
            for i in heading.lines.first!..<end { owner[i] = h }
        }
        self.owner = owner
        var sections: [Section] = []
        var open: [(number: [Int], id: SectionID)] = []
        for (h, heading) in headings.enumerated() {
            let id = SectionID(h)
            let end = h + 1 < headings.count ? headings[h + 1].lines.first! - 1 : count - 1
            let span = SourceSpan(start: lines[heading.lines.first!].location, end: lines[max(end, heading.lines.first!)].location)
            guard let number = heading.number else {
                sections.append(Section(id: id, number: nil, title: heading.title, level: 1, parent: nil, span: span))
                open = []
                continue
            }
            let parts = number.split(separator: ".").compactMap { Int($0) }
            open.removeAll { $0.number.count >= parts.count }
            let parent = open.last { parts.starts(with: $0.number) }?.id
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
    func lastLine(onOrBefore location: SourceLocation, in lines: [SourceLine]) -> Int {
        lines.lastIndex { $0.location <= location } ?? -1
    }
}
