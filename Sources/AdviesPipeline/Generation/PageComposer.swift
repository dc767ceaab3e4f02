import AdviesText
import AdviesExtraction

/// Sets a generated document on A4 pages in a house style (the council's own by default:
/// headings bold and larger, body 10 pt, superscript markers, the notes of a page at its
/// bottom in 8 pt, page numbers). The same pages give the PDF and the text export, so both
/// parse alike.
struct PageComposer {
    var style = HouseStyle.council

    enum Role: Equatable { case heading(level: Int), body, bullet(depth: Int, first: Bool), note(first: Bool) }

    struct Line: Equatable {
        var role: Role
        /// Printed before the words: a heading's number, a bullet symbol, a note's number.
        var lead: String?
        var words: [ScaleWord]
        /// Extra space above the line: it opens a heading, paragraph or bullet.
        var gap = 0.0
        /// The last line of a paragraph or bullet (text exports end it with two spaces).
        var endsBlock = false
    }

    struct Page: Equatable {
        var body: [Line] = []
        var notes: [Line] = []
    }

    // Measures in points (A4, top-down) and characters per line (at 10 pt; fewer in larger type).
    static let top = 72.0, bottom = 770.0, left = 56.0
    var bodyWidth: Int { Int(84 * 10 / style.bodySize) }
    var headingWidth: Int { Int(66 * 10 / style.bodySize) }
    static let noteWidth = 104

    func compose(_ document: ScaleDocument) -> [Page] {
        var pages: [Page] = []
        var page = Page()
        var used = Self.top
        var notesHeight = 0.0
        func place(_ lines: [Line], gap: Double) {
            for (i, var line) in lines.enumerated() {
                line.gap = i == 0 ? gap : 0
                line.endsBlock = i == lines.count - 1
                let height = self.height(line.role) + line.gap
                let notes = line.words.compactMap { $0.marker?.note }.flatMap { noteLines(document, $0) }
                let extra = notes.isEmpty ? 0 : Double(notes.count) * 11 + (page.notes.isEmpty ? 14 : 0)
                // A heading keeps its first following line with it.
                let keep = if case .heading = line.role { 14.0 } else { 0.0 }
                if used + height + keep + notesHeight + extra > Self.bottom, !page.body.isEmpty {
                    pages.append(page)
                    page = Page()
                    used = Self.top
                    notesHeight = 0
                }
                if page.body.isEmpty { line.gap = 0 }
                page.body.append(line)
                page.notes += notes
                used += height
                notesHeight += extra
            }
        }
        var leads = HeadingLeads(style: style, document: document)
        for part in document.parts {
            if let heading = part.heading {
                let width = heading.level == 1 ? headingWidth : headingWidth + 8
                let lead = leads.next(heading)
                for (i, words) in wrap(heading.title, width: width - (lead?.count ?? 0) - 1).enumerated() {
                    place([Line(role: .heading(level: heading.level), lead: i == 0 ? lead : nil, words: words)],
                          gap: i == 0 ? 12 : 0)
                }
            }
            for unit in part.units {
                for block in unit {
                    if let depth = block.bulletDepth {
                        let lines = wrap(block.words, width: bodyWidth - 2 * depth).enumerated().map { i, words in
                            Line(role: .bullet(depth: depth, first: i == 0), lead: i == 0 ? (depth == 1 ? "¬" : "•") : nil,
                                 words: words)
                        }
                        place(lines, gap: 4)
                    } else {
                        place(wrap(block.words, width: bodyWidth).map { Line(role: .body, lead: nil, words: $0) }, gap: 6)
                    }
                }
            }
        }
        if !page.body.isEmpty { pages.append(page) }
        return pages
    }

    private func noteLines(_ document: ScaleDocument, _ number: Int) -> [Line] {
        let words = ScaleWord.words(document.notes[number - 1])
        return wrap(words, width: Self.noteWidth - 3).enumerated().map { i, words in
            Line(role: .note(first: i == 0), lead: i == 0 ? String(number) : nil, words: words)
        }
    }

    func height(_ role: Role) -> Double {
        switch role {
        case .heading: 18 * max(1, style.bodySize / 10)
        case .body, .bullet: 14 * style.bodySize / 10
        case .note: 11
        }
    }

    /// Greedy wrapping by characters. A line never opens with a word that could pass for a
    /// heading number, a note number or a bullet ("2019", "¬", "-"): it stays on the line
    /// before; nor with a web address: the word before comes down with it.
    func wrap(_ words: [ScaleWord], width: Int) -> [[ScaleWord]] {
        var lines: [[ScaleWord]] = []
        var current: [ScaleWord] = []
        var length = 0
        for word in words {
            let w = word.printed.count
            if !current.isEmpty, length + 1 + w > width {
                if current.count > 1, Self.isAddress(word.text) || Self.splitsDate(current.last!.text, word.text) {
                    // A line that is only an address reads as the page's printed link
                    // targets, a day left at a line end as a note number: the word before
                    // goes down with it.
                    let carried = current.removeLast()
                    lines.append(current)
                    current = [carried]
                    length = carried.printed.count
                } else if !Self.cannotOpenLine(word.text) {
                    lines.append(current)
                    current = []
                    length = 0
                }
            }
            length += (current.isEmpty ? 0 : 1) + w
            current.append(word)
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// "6" + "juli": a day and its month.
    private static func splitsDate(_ previous: String, _ word: String) -> Bool {
        previous.allSatisfy(\.isNumber) && DutchVocabulary.month(named: word) != nil
    }

    private static func isAddress(_ word: String) -> Bool {
        word.hasPrefix("http") || word.hasPrefix("www.")
    }

    private static func cannotOpenLine(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        return first.isNumber || "¬•-–·o*e".contains(first) && word.count == 1 || "¬•–·".contains(first)
    }
}

extension PageComposer {
    /// The text export: lines with a blank line between them, the notes after a rule (a long
    /// run of spaces), pages separated by form feeds.
    func text(_ pages: [Page]) -> String {
        var out = ""
        for (index, page) in pages.enumerated() {
            if index > 0 { out += "\u{0C}" }
            for line in page.body {
                out += printed(line) + (line.endsBlock ? "  \n\n" : " \n\n")
            }
            if !page.notes.isEmpty {
                out += String(repeating: " ", count: 160) + "\n\n"
                for line in page.notes { out += printed(line) + " \n" }
            }
        }
        return out
    }

    /// A heading's number stands a tab's width from its title where the style sets it so.
    func printed(_ line: Line) -> String {
        let words = line.words.map(\.printed).joined(separator: " ")
        guard let lead = line.lead else { return words }
        if case .heading = line.role, style.numbering == .tab { return lead + "   " + words }
        return lead + " " + words
    }
}
