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
struct PageSplitter {
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
        /// Small type beside the text column: a letterhead or margin column, read for the
        /// document's facts, never as its text.
        var letterhead: [SourceLine] = []
        /// Garbled note numbers read as the expected one.
        var diagnostics: [Diagnostic] = []
    }

    enum Role { case body, note, link, rule, furniture, letterhead }

    func zone(_ pages: [[SourceLine]]) -> Result {
        var result = Result()
        let repeated = RunningFurniture(pages: pages)
        var expected = 1
        for page in pages {
            var roles: [Role] = page.map { line in
                if line.isRule { return .rule }
                if LinePatterns.isURLLine(line.text) { return .link }
                if LinePatterns.isPageNumber(line.text) || repeated.contains(line) { return .furniture }
                if typography.isBesideColumn(line) { return .letterhead }
                return .body
            }
            let carried = result.notes.last
            if let start = noteRegionStart(page, roles: roles, expected: expected, carried: carried) {
                markNotes(from: start, roles: &roles, page: page)
            }
            var current: NoteDraft? = nil
            var pageNotes: [NoteDraft] = []
            var bodyOnPage = false
            for (var line, role) in zip(page, roles) {
                switch role {
                case .body:
                    // Under a running header the first line's gap is the header's, not a break:
                    // like any page's first line, it opens a paragraph only by its own evidence.
                    if !bodyOnPage { line.breakBefore = false }
                    bodyOnPage = true
                    result.body.append(line)
                case .link: result.linkLines.append(line)
                case .furniture: result.furniture.append(line)
                case .letterhead: result.letterhead.append(line)
                case .rule: break
                case .note:
                    if let opener = noteOpener(line, expected: expected), opener.number == expected,
                       !(current != nil && NoteNumber.startsWithDate(opener.rest)) {
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
}
