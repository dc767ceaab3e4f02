import AdviesText
import AdviesExtraction

/// The PDF of composed pages in the composer's house style: the body pages with their
/// headings, notes and markers, and around them what the style adds — a cover, a table of
/// contents, running header and footer, letterhead fields, a rule over the notes, bookmarks.
extension PageComposer {
    struct StyledPDF {
        var pages: [PDFWriter.Page]
        var outline: [PDFWriter.Bookmark]
    }

    func pdf(_ pages: [Page], document: ScaleDocument) -> StyledPDF {
        var front: [PDFWriter.Page] = []
        if style.cover { front.append(cover(document)) }
        let entries = contents(pages)
        let contentsPages = style.tableOfContents ? (entries.count + 39) / 40 : 0
        let offset = front.count + contentsPages
        let total = offset + pages.count
        if style.tableOfContents {
            for chunk in stride(from: 0, to: entries.count, by: 40) {
                front.append(contentsPage(Array(entries[chunk..<min(chunk + 40, entries.count)]), offset: offset,
                                          first: chunk == 0))
            }
        }
        var outline: [PDFWriter.Bookmark] = []
        var body: [PDFWriter.Page] = []
        for (index, page) in pages.enumerated() {
            let number = offset + index + 1
            var lines: [PDFWriter.Line] = []
            var y = Self.top
            for (i, line) in page.body.enumerated() {
                if i > 0 { y += height(line.role) + line.gap }
                lines.append(pdfLine(line, y: y))
                if style.outline, case .heading(let level) = line.role, let lead = line.lead {
                    outline.append(PDFWriter.Bookmark(title: lead + " " + line.words.map(\.text).joined(separator: " "),
                                                      level: level, page: number, y: y))
                }
            }
            var rules: [PDFWriter.Rule] = []
            var noteY = Self.bottom - Double(page.notes.count) * 11 + 8
            if style.noteRule, !page.notes.isEmpty { rules.append(PDFWriter.Rule(x0: Self.left, x1: Self.left + 140, y: noteY - 11)) }
            for line in page.notes {
                lines.append(pdfLine(line, y: noteY))
                noteY += 11
            }
            lines += furniture(page: number, of: total, document: document)
            if index == 0, style.letterhead { lines += letterhead(document) }
            body.append(PDFWriter.Page(lines: lines, rules: rules))
        }
        return StyledPDF(pages: front + body, outline: outline)
    }

    private func furniture(page: Int, of total: Int, document: ScaleDocument) -> [PDFWriter.Line] {
        var lines: [PDFWriter.Line] = []
        if style.runningHeader {
            lines.append(PDFWriter.Line(x: Self.left, y: 42, runs: [PDFWriter.Run(document.title, size: 8)]))
        }
        switch style.footer {
        case .number:
            lines.append(PDFWriter.Line(x: 292, y: 807, runs: [PDFWriter.Run(String(page), size: 9)]))
        case .ofTotal:
            lines.append(PDFWriter.Line(x: Self.left, y: 807, runs: [
                PDFWriter.Run(document.council, size: 8), PDFWriter.Run("\(page)/\(total)", size: 8, x: 515)]))
        case .pagina:
            lines.append(PDFWriter.Line(x: 470, y: 807, runs: [PDFWriter.Run("Pagina \(page) van \(total)", size: 8)]))
        }
        return lines
    }

    /// The first page's fields, in small type in the right margin beside the text.
    private func letterhead(_ document: ScaleDocument) -> [PDFWriter.Line] {
        let date = DutchDate.written(iso: document.date) ?? document.date
        let fields = [("Datum", date), ("Ons kenmerk", String(document.id.prefix(11))), ("Behandeld door", "het secretariaat")]
        var lines: [PDFWriter.Line] = []
        var y = Self.top
        for (label, value) in fields {
            lines.append(PDFWriter.Line(x: 492, y: y, runs: [PDFWriter.Run(label, size: 6.5, bold: true)]))
            lines.append(PDFWriter.Line(x: 492, y: y + 9, runs: [PDFWriter.Run(value, size: 6.5)]))
            y += 24
        }
        return lines
    }

    private func cover(_ document: ScaleDocument) -> PDFWriter.Page {
        var lines = [PDFWriter.Line(x: Self.left, y: 160, runs: [PDFWriter.Run(document.council, size: 14, bold: true)])]
        var y = 300.0
        for words in wrap(ScaleWord.words(document.title), width: 34) {
            lines.append(PDFWriter.Line(x: Self.left, y: y, runs: [PDFWriter.Run(words.map(\.text).joined(separator: " "), size: 22)]))
            y += 28
        }
        let date = DutchDate.written(iso: document.date) ?? document.date
        lines.append(PDFWriter.Line(x: Self.left, y: y + 24, runs: [PDFWriter.Run(date, size: 12)]))
        return PDFWriter.Page(lines: lines)
    }

    /// The headings of the first two levels with their lead and the body page they open on.
    private func contents(_ pages: [Page]) -> [(text: String, page: Int)] {
        var entries: [(String, Int)] = []
        for (index, page) in pages.enumerated() {
            for line in page.body {
                guard case .heading(let level) = line.role, level <= 2, let lead = line.lead else { continue }
                entries.append((lead + " " + line.words.map(\.text).joined(separator: " "), index + 1))
            }
        }
        return entries
    }

    private func contentsPage(_ entries: [(text: String, page: Int)], offset: Int, first: Bool) -> PDFWriter.Page {
        var lines: [PDFWriter.Line] = []
        var y = Self.top
        if first {
            lines.append(PDFWriter.Line(x: Self.left, y: y, runs: [PDFWriter.Run("Inhoud", size: style.bodySize + 4, bold: true)]))
            y += 30
        }
        for entry in entries {
            let title = entry.text.count > 70 ? String(entry.text.prefix(67)) + "…" : entry.text
            let dots = String(repeating: ".", count: max(3, 88 - title.count))
            lines.append(PDFWriter.Line(x: Self.left, y: y, runs: [
                PDFWriter.Run(title + " " + dots, size: style.bodySize - 1),
                PDFWriter.Run(String(entry.page + offset), size: style.bodySize - 1, x: 525)]))
            y += 16
        }
        return PDFWriter.Page(lines: lines)
    }

    private func pdfLine(_ line: Line, y: Double) -> PDFWriter.Line {
        let size: Double, x: Double
        var heading = (bold: false, italic: false, family: String?.none)
        switch line.role {
        case .heading(let level):
            (size, x) = (headingSize(level), Self.left)
            heading = headingLook(level)
        case .body: (size, x) = (style.bodySize, Self.left)
        case .bullet(let depth, let first): (size, x) = (style.bodySize, Self.left + Double(depth - 1) * 14 + (first ? 0 : 11))
        case .note(let first): (size, x) = (8, Self.left + (first ? 0 : 8))
        }
        func run(_ text: String, x: Double? = nil) -> PDFWriter.Run {
            PDFWriter.Run(text, size: size, bold: heading.bold, italic: heading.italic, family: heading.family, x: x)
        }
        var runs: [PDFWriter.Run] = []
        if let lead = line.lead {
            if case .note = line.role {
                runs.append(PDFWriter.Run(lead, size: 5.5, raised: true))
                runs.append(PDFWriter.Run(" ", size: size))
            } else if case .heading = line.role, style.numbering == .tab {
                runs.append(run(lead))
                runs.append(run("", x: x + 42))
            } else {
                runs.append(run(lead + " "))
            }
        }
        var text = ""
        for (i, word) in line.words.enumerated() {
            if i > 0 { text += " " }
            guard let marker = word.marker else { text += word.text; continue }
            let cut = word.text.index(word.text.startIndex, offsetBy: marker.offset)
            text += word.text[..<cut]
            runs.append(run(text))
            runs.append(PDFWriter.Run(String(marker.note), size: 6, raised: true))
            text = String(word.text[cut...])
        }
        if !text.isEmpty { runs.append(run(text)) }
        // An empty run placed at a tab moves the pen; keep it, drop other empty runs.
        return PDFWriter.Line(x: x, y: y, runs: runs.filter { !$0.text.isEmpty || $0.x != nil })
    }

    private func headingSize(_ level: Int) -> Double {
        switch style.emphasis {
        case .bold: style.bodySize + (level == 1 ? 2 : 1)
        case .larger: style.bodySize + (level == 1 ? 4 : 2)
        case .otherFamily: style.bodySize + (level == 1 ? 2 : 0)
        }
    }

    private func headingLook(_ level: Int) -> (bold: Bool, italic: Bool, family: String?) {
        if level >= 2, style.italicSubheadings { return (false, true, nil) }
        switch style.emphasis {
        case .bold: return (true, false, nil)
        case .larger: return (false, false, nil)
        case .otherFamily(let family): return (false, false, family)
        }
    }
}
