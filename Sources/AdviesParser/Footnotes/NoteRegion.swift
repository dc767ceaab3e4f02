import AdviesModel
import AdviesText

/// Where the notes of a page begin (see `PageSplitter`).
extension PageSplitter {
    /// Marks lines from `start` on as notes until the printed link targets; body text after
    /// those (or after a page number) is the next page's.
    /// A URL line set in the notes' small type is a note's text (a PDF prints a note's address on
    /// its own line); the page's list of link targets is what a text export appends.
    func markNotes(from start: Int, roles: inout [Role], page: [SourceLine]) {
        var inNotes = true
        for i in start..<roles.count {
            switch roles[i] {
            case .rule: inNotes = true
            case .link where inNotes && typography.isSmall(page[i]): roles[i] = .note
            case .link, .furniture: inNotes = false
            case .body where inNotes: roles[i] = .note
            default: break
            }
        }
    }

    func noteRegionStart(_ page: [SourceLine], roles: [Role], expected: Int, carried: NoteDraft?) -> Int? {
        if let rule = roles.firstIndex(of: .rule) {
            return rule + 1 < page.count ? rule + 1 : nil
        }
        let body = roles.indices.filter { roles[$0] == .body }
        guard body.count > 1 else { return nil }
        return typography.bodySize != nil
            ? smallTypeRegion(page, body: body, expected: expected, carried: carried)
            : numberedRegion(page, body: body, expected: expected)
    }

    /// PDF: the run of small-type lines at the bottom of the page, from its first note number
    /// (or from its top, when it continues a note of the previous page).
    func smallTypeRegion(_ page: [SourceLine], body: [Int], expected: Int, carried: NoteDraft?) -> Int? {
        var run: [Int] = []
        for i in body.reversed() {
            guard typography.isSmall(page[i]) else { break }
            run.insert(i, at: 0)
        }
        guard let top = run.first else { return nil }
        let carriesNote = carried.map { continues($0, at: page[top], pageHasBody: top != body.first) } ?? false
        guard top != body.first || carriesNote else { return nil }
        if let first = run.first(where: { noteOpener(page[$0], expected: expected)?.number == expected }),
           hasMarker(for: expected, in: page, before: first) {
            if carriesNote, first != top, noteOpener(page[top], expected: expected) == nil { return top }
            return first
        }
        return carriesNote && noteOpener(page[top], expected: expected) == nil ? top : nil
    }

    /// Small type opening the next page's note area continues the last note only when set like
    /// it (the same family and size: a table in small type is no note); on a page of nothing but
    /// small type, only when the note broke off mid-sentence.
    private func continues(_ note: NoteDraft, at line: SourceLine, pageHasBody: Bool) -> Bool {
        guard let last = note.lines.last else { return false }
        if let family = last.family, let other = line.family, family != other { return false }
        if let size = last.size, let other = line.size, abs(size - other) > 0.3 { return false }
        return pageHasBody || !(note.texts.last?.last.map { ".!?".contains($0) } ?? false)
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
