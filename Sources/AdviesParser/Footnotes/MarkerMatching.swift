import AdviesModel
import AdviesText

/// Pairs every footnote with its marker in the body and takes the markers out of the text.
///
/// Note n's marker is the first candidate reading n after note n-1's marker, preferably on
/// the note's own page. A note whose number no candidate reads (OCR turned "1" into "t") takes
/// the next garbled candidate on its page; that guess is reported.
struct MarkerMatcher {
    let typographic: Bool

    struct Match {
        var note: Int
        var bodyIndex: Int
        var offset: Int
        var printed: String
    }

    struct Result {
        /// The body, each line's text with its matched markers taken out.
        var body: Body
        var matches: [Int: Match]
        var diagnostics: [Diagnostic]
    }

    func match(notes: [NoteDraft], body: [SourceLine]) -> Result {
        let candidates = CandidateIndex(body.map { MarkerScanner.candidates(in: $0, typographic: typographic) })
        var matches: [Int: Match] = [:]
        var diagnostics: [Diagnostic] = []
        var cursor = (line: 0, offset: -1)
        for note in notes {
            let page = note.lines.first?.location.page ?? 0
            let found = find(note.number, page: page, after: cursor, body: body, candidates: candidates)
            guard let found else {
                diagnostics.append(Diagnostic(.warning, .footnoteWithoutMarker,
                                              "footnote \(note.number) has no marker in the text",
                                              at: note.lines.first?.location))
                continue
            }
            if Int(found.printed) != note.number {
                diagnostics.append(Diagnostic(.info, .ocrCorrection,
                                              "marker '\(found.printed)' read as footnote \(note.number)",
                                              at: body[found.bodyIndex].location))
            }
            matches[note.number] = found
            cursor = (found.bodyIndex, found.offset)
        }
        var byLine: [Int: [Match]] = [:]
        for match in matches.values { byLine[match.bodyIndex, default: []].append(match) }
        let lines = body.enumerated().map { index, line in
            let (text, offsets) = Self.removing((byLine[index] ?? []).sorted { $0.offset < $1.offset }, from: line.text)
            return Body.Line(source: line, text: text, markers: offsets, claim: nil)
        }
        return Result(body: Body(lines), matches: matches, diagnostics: diagnostics)
    }

    private func find(_ number: Int, page: Int, after cursor: (line: Int, offset: Int), body: [SourceLine],
                      candidates: CandidateIndex) -> Match? {
        func first(in list: [CandidateIndex.Entry], samePage: Bool) -> Match? {
            // Entries are in reading order: skip to the first one after the cursor.
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if (list[mid].line, list[mid].candidate.offset) <= (cursor.line, cursor.offset) { low = mid + 1 } else { high = mid }
            }
            for entry in list[low...] where !samePage || body[entry.line].location.page == page {
                return Match(note: number, bodyIndex: entry.line, offset: entry.candidate.offset, printed: entry.candidate.text)
            }
            return nil
        }
        let numbered = candidates.byNumber[number] ?? []
        return first(in: numbered, samePage: true) ?? first(in: numbered, samePage: false)
            ?? first(in: candidates.garbled, samePage: true)
    }
}

/// Marker candidates by the number they read as (garbled ones apart), in reading order.
struct CandidateIndex {
    struct Entry {
        var line: Int
        var candidate: MarkerScanner.Candidate
    }

    var byNumber: [Int: [Entry]] = [:]
    var garbled: [Entry] = []

    init(_ perLine: [[MarkerScanner.Candidate]]) {
        for (line, candidates) in perLine.enumerated() {
            for candidate in candidates {
                if let number = candidate.number { byNumber[number, default: []].append(Entry(line: line, candidate: candidate)) }
                else { garbled.append(Entry(line: line, candidate: candidate)) }
            }
        }
    }
}

extension MarkerMatcher {
    /// The text without its markers; a marker set apart ("werkplek. 7 In") takes its space
    /// with it. Also returns each marker's offset in the text without them.
    static func removing(_ markers: [Match], from text: String) -> (text: String, offsets: [(note: Int, offset: Int)]) {
        guard !markers.isEmpty else { return (text, []) }
        let characters = Array(text)
        var result: [Character] = []
        var offsets: [(note: Int, offset: Int)] = []
        var position = 0
        for marker in markers {
            var start = min(marker.offset, characters.count)
            let end = min(characters.count, marker.offset + marker.printed.count)
            guard start >= position, start < end else { continue }
            if start > position, characters[start - 1] == " " { start -= 1 }
            result += characters[position..<start]
            offsets.append((marker.note, result.count))
            position = end
        }
        result += characters[position...]
        return (String(result), offsets)
    }
}
