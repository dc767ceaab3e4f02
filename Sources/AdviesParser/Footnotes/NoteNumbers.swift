import AdviesModel
import AdviesText

/// The number a footnote line opens with, as printed or as OCR garbled it.
extension PageSplitter {
    /// The note a line opens: its printed number, or in OCR'd pages the expected number where
    /// OCR garbled it: a raised run of up to three characters opening the line ("Ì Het", a
    /// superscript 7 read as "1"), or a lone symbol before a space or underscore ("? https").
    func noteOpener(_ line: SourceLine, expected: Int) -> (number: Int, rest: Substring, garbled: String?)? {
        let printed = NoteNumber.leadingNoteNumber(line.text)
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
    static let garbledNumbers: Set<Character> = ["?", ">", "<", "!", "®", "©", "¢", "°", "§", "*", "|", "»", "«", "%", "&", "#", "^", "~"]
}

/// Where footnote numbers stand in a line of text.
enum NoteNumber {
    /// The number a footnote line starts with ("7 Vlaamse ...", "7Vlaamse ...", "12 tot ..."),
    /// if any. Section numbers ("3.1"), years and amounts are not note numbers.
    static func leadingNoteNumber(_ text: String) -> (number: Int, rest: Substring)? {
        guard let first = text.first, first.isNumber, let match = noteNumber.firstMatch(in: text),
              let digits = match[1], let number = Int(digits), number > 0 else { return nil }
        return (number, text[match.range.upperBound...])
    }

    private static let noteNumber = TextPattern(#"^(\d{1,5})(?![\d.,:/%)-])\s*(?=\S)"#)

    /// "3 maart 2015" opens with a date, not a note number.
    static func startsWithDate(_ text: Substring) -> Bool {
        DutchVocabulary.month(named: text.prefix { $0.isLetter }) != nil
    }
}
