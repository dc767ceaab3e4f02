import AdviesModel
import AdviesText

/// The footnotes as elements: each note cut from its page with its text joined, the marker
/// matched to it, the section holding the marker, and the words before the marker.
struct FootnoteBuilder {
    let joiner: LineJoiner

    func footnotes(_ notes: [NoteDraft], matches: [Int: MarkerMatcher.Match], body: Body, outline: Outline) -> [Footnote] {
        notes.map { draft in
            let first = draft.lines.first!.location
            var note = Footnote(number: draft.number, text: joiner.join(draft.texts),
                                span: SourceSpan(start: first, end: draft.lines.last!.location))
            guard let match = matches[draft.number] else {
                // A note without a marker belongs to the section its page was in.
                note.section = outline.section(atLine: outline.lastLine(onOrBefore: first, in: body))
                return note
            }
            let line = body[match.bodyIndex]
            note.marker = MarkerPosition(page: line.location.page, line: line.location.line, offset: match.offset)
            if Int(match.printed) != draft.number { note.markerOCR = match.printed }
            note.section = outline.section(atLine: match.bodyIndex)
            let offset = line.markers.first { $0.note == draft.number }?.offset ?? 0
            note.markerContext = markerContext(line: match.bodyIndex, offset: offset, body: body, outline: outline)
            return note
        }
    }

    /// The last eight words of body text before the marker, not reaching back into the
    /// heading; for a marker in a heading, the heading's title.
    private func markerContext(line: Int, offset: Int, body: Body, outline: Outline) -> String {
        if let heading = outline.heading(coveringLine: line) { return heading.title }
        let start = outline.bodyStart(forLine: line)
        // Join only as many lines back as eight words need (a long section stays cheap).
        var first = line
        var words: [Substring] = []
        repeat {
            first = max(start, first - 2)
            var lines = body.texts(first..<line)
            lines.append(String(body[line].text.prefix(offset)))
            words = joiner.join(lines).split(separator: " ")
        } while words.count <= 8 && first > start
        return words.suffix(8).joined(separator: " ")
    }
}
