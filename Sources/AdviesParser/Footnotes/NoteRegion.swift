import AdviesModel
import AdviesText

/// Where the notes of a page begin (see `PageSplitter`).
extension PageSplitter {
    /// Marks lines from `start` on as notes until the printed link targets; body text after
    /// those (or after a page number) is the next page's.
    func markNotes(from start: Int, roles: inout [Role]) {
        var inNotes = true
        for i in start..<roles.count {
            switch roles[i] {
            case .rule: inNotes = true
            case .link, .furniture: inNotes = false
            case .body where inNotes: roles[i] = .note
            default: break
            }
        }
    }

    func noteRegionStart(_ page: [SourceLine], roles: [Role], expected: Int, carriesNote: Bool) -> Int? {
        if let rule = roles.firstIndex(of: .rule) {
            return rule + 1 < page.count ? rule + 1 : nil
        }
        let body = roles.indices.filter { roles[$0] == .body }
        guard body.count > 1 else { return nil }
        return typography.bodySize != nil
            ? smallTypeRegion(page, body: body, expected: expected, carriesNote: carriesNote)
            : numberedRegion(page, body: body, expected: expected)
    }

    /// PDF: the run of small-type lines at the bottom of the page, from its first note number
    /// (or from its top, when it continues a note of the previous page).
    func smallTypeRegion(_ page: [SourceLine], body: [Int], expected: Int, carriesNote: Bool) -> Int? {
        var run: [Int] = []
        for i in body.reversed() {
            guard typography.isSmall(page[i]) else { break }
            run.insert(i, at: 0)
        }
        guard let top = run.first, top != body.first || carriesNote else { return nil }
        if let first = run.first(where: { noteOpener(page[$0], expected: expected)?.number == expected }),
           hasMarker(for: expected, in: page, before: first) {
            if carriesNote, first != top, noteOpener(page[top], expected: expected) == nil { return top }
            return first
        }
        return carriesNote && noteOpener(page[top], expected: expected) == nil ? top : nil
    }

    /// Text without a rule: the first line opening with the expected note number whose block
    /// keeps the numbering in order and whose marker stands in the body above.
    func numberedRegion(_ page: [SourceLine], body: [Int], expected: Int) -> Int? {
        for (position, i) in body.enumerated() where position > 0 {
            guard NoteNumber.leadingNoteNumber(page[i].text)?.number == expected,
                  hasMarker(for: expected, in: page, before: i),
                  keepsNumbering(page, lines: body[position...], first: expected) else { continue }
            return i
        }
        return nil
    }

    func keepsNumbering(_ page: [SourceLine], lines: ArraySlice<Int>, first: Int) -> Bool {
        var current = first
        for i in lines.dropFirst() {
            guard let (number, rest) = NoteNumber.leadingNoteNumber(page[i].text) else { continue }
            if number == current + 1 {
                current = number
            } else if number <= current && !NoteNumber.startsWithDate(rest) {
                return false
            }
        }
        return true
    }

    func hasMarker(for number: Int, in page: [SourceLine], before end: Int) -> Bool {
        page[..<end].contains { line in
            MarkerScanner.candidates(in: line, typographic: typographic).contains { $0.number == number || $0.number == nil }
        }
    }
}
