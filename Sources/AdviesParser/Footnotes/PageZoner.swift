import AdviesModel
import AdviesText

/// Splits every page into body text, footnotes, printed link targets and page furniture
/// (page numbers, running headers and footers), then joins the body of all pages into one
/// stream and cuts the notes apart by their numbers.
///
/// Where the notes start on a page:
/// - after a drawn rule (text exports print it as a long run of spaces);
/// - in a PDF, at the run of small-type lines at the page bottom;
/// - otherwise (OCR text), at a line opening with the next note number, provided the body
///   above holds a marker for it and the lines below keep the numbering in order.
/// After the notes come the page's printed link targets; body text after those belongs to
/// the next page (a page break the export lost).
struct PageZoner {
    let typography: Typography
    /// The document marks superscripts (a PDF): markers are raised runs.
    let typographic: Bool
    /// The pages were read by OCR: note numbers may come out garbled.
    var ocr = false

    struct Result {
        var body: [SourceLine] = []
        var notes: [NoteDraft] = []
        var linkLines: [SourceLine] = []
        var furniture: [SourceLine] = []
        /// Garbled note numbers read as the expected one.
        var diagnostics: [Diagnostic] = []
    }

    enum Role { case body, note, link, rule, furniture }

    func zone(_ pages: [[SourceLine]]) -> Result {
        var result = Result()
        let repeated = RunningFurniture(pages: pages)
        var expected = 1
        for page in pages {
            var roles: [Role] = page.map { line in
                if line.isRule { return .rule }
                if LinePatterns.isURLLine(line.text) { return .link }
                if LinePatterns.isPageNumber(line.text) || repeated.contains(line) { return .furniture }
                return .body
            }
            let carried = result.notes.last
            if let start = noteRegionStart(page, roles: roles, expected: expected, carriesNote: carried != nil) {
                markNotes(from: start, roles: &roles)
            }
            var current: NoteDraft? = nil
            var pageNotes: [NoteDraft] = []
            for (line, role) in zip(page, roles) {
                switch role {
                case .body: result.body.append(line)
                case .link: result.linkLines.append(line)
                case .furniture: result.furniture.append(line)
                case .rule: break
                case .note:
                    if let opener = noteOpener(line, expected: expected), opener.number == expected,
                       !(current != nil && LinePatterns.startsWithDate(opener.rest)) {
                        if let current { pageNotes.append(current) }
                        if let printed = opener.garbled {
                            result.diagnostics.append(Diagnostic(.info, .ocrCorrection,
                                "footnote number '\(printed)' read as \(expected)", at: line.location))
                        }
                        current = NoteDraft(number: expected, lines: [line], firstLineText: String(opener.rest))
                        expected += 1
                    } else if current != nil {
                        current!.append(line)
                    } else if !result.notes.isEmpty {
                        // A note running on from the previous page.
                        result.notes[result.notes.count - 1].append(line)
                    } else {
                        result.furniture.append(line)
                    }
                }
            }
            if let current { pageNotes.append(current) }
            result.notes += pageNotes
        }
        return result
    }

    /// Marks lines from `start` on as notes until the printed link targets; body text after
    /// those (or after a page number) is the next page's.
    private func markNotes(from start: Int, roles: inout [Role]) {
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

    private func noteRegionStart(_ page: [SourceLine], roles: [Role], expected: Int, carriesNote: Bool) -> Int? {
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
    private func smallTypeRegion(_ page: [SourceLine], body: [Int], expected: Int, carriesNote: Bool) -> Int? {
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

    /// The note a line opens: its printed number, or in OCR'd pages the expected number where
    /// OCR garbled it: a raised run of up to three characters opening the line ("Ì Het", a
    /// superscript 7 read as "1"), or a lone symbol before a space or underscore ("? https").
    private func noteOpener(_ line: SourceLine, expected: Int) -> (number: Int, rest: Substring, garbled: String?)? {
        let printed = LinePatterns.leadingNoteNumber(line.text)
        if let printed, printed.number == expected || !ocr { return (printed.number, printed.rest, nil) }
        guard ocr else { return nil }
        let junk: Set<Character> = [" ", "_"]
        if let run = line.raised.first, run.offset == 0, run.text.count <= 3 {
            let rest = line.text.dropFirst(run.text.count).drop { junk.contains($0) }
            return rest.isEmpty ? nil : (expected, rest, run.text)
        }
        if let printed { return (printed.number, printed.rest, nil) }
        let head = Array(line.text.prefix(2))
        guard head.count == 2, Self.garbledNumbers.contains(head[0]), junk.contains(head[1]) else { return nil }
        let rest = line.text.dropFirst().drop { junk.contains($0) }
        return rest.isEmpty ? nil : (expected, rest, String(head[0]))
    }

    /// Symbols OCR makes of small raised digits; never a note's own first character.
    private static let garbledNumbers: Set<Character> = ["?", ">", "<", "!", "®", "©", "¢", "°", "§", "*", "|", "»", "«", "%", "&", "#", "^", "~"]

    /// Text without a rule: the first line opening with the expected note number whose block
    /// keeps the numbering in order and whose marker stands in the body above.
    private func numberedRegion(_ page: [SourceLine], body: [Int], expected: Int) -> Int? {
        for (position, i) in body.enumerated() where position > 0 {
            guard LinePatterns.leadingNoteNumber(page[i].text)?.number == expected,
                  hasMarker(for: expected, in: page, before: i),
                  keepsNumbering(page, lines: body[position...], first: expected) else { continue }
            return i
        }
        return nil
    }

    private func keepsNumbering(_ page: [SourceLine], lines: ArraySlice<Int>, first: Int) -> Bool {
        var current = first
        for i in lines.dropFirst() {
            guard let (number, rest) = LinePatterns.leadingNoteNumber(page[i].text) else { continue }
            if number == current + 1 {
                current = number
            } else if number <= current && !LinePatterns.startsWithDate(rest) {
                return false
            }
        }
        return true
    }

    private func hasMarker(for number: Int, in page: [SourceLine], before end: Int) -> Bool {
        page[..<end].contains { line in
            MarkerScanner.candidates(in: line, typographic: typographic).contains { $0.number == number || $0.number == nil }
        }
    }
}

/// A footnote as cut from the page: its number and lines.
struct NoteDraft {
    var number: Int
    var lines: [SourceLine]
    /// The texts of its lines, the number taken off the first.
    var texts: [String]

    init(number: Int, lines: [SourceLine], firstLineText: String) {
        self.number = number
        self.lines = lines
        self.texts = [firstLineText]
    }

    mutating func append(_ line: SourceLine) {
        lines.append(line)
        texts.append(line.text)
    }
}

/// Lines repeated at the top or bottom of many pages: running headers and footers.
struct RunningFurniture {
    private var keys: Set<String> = []

    init(pages: [[SourceLine]]) {
        guard pages.count >= 3 else { return }
        var counts: [String: Int] = [:]
        for page in pages {
            let content = page.filter { !$0.isRule && !$0.isBlank }
            var edge = Array(content.prefix(2)) + Array(content.suffix(2))
            if content.count < 4 { edge = content }
            for key in Set(edge.map(Self.key)) where key.count >= 4 { counts[key, default: 0] += 1 }
        }
        let needed = max(3, pages.count / 2)
        keys = Set(counts.filter { $0.value >= needed }.keys)
    }

    func contains(_ line: SourceLine) -> Bool {
        !keys.isEmpty && keys.contains(Self.key(line))
    }

    /// Digits vary from page to page ("pagina 3"); the rest of the line does not.
    private static func key(_ line: SourceLine) -> String {
        String(line.text.map { $0.isNumber ? "#" : $0 })
    }
}
