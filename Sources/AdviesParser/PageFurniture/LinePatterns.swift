import Foundation
import AdviesModel
import AdviesText

/// Recognisers for single lines, shared by the stages of the parser.
enum LinePatterns {
    /// A line that is nothing but a URL (a page's printed link targets).
    static func isURLLine(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www."))
            && !text.contains(" ")
    }

    /// A page number standing alone: "4", "- 4 -", "4/11", "pagina 4 van 11".
    static func isPageNumber(_ text: String) -> Bool {
        let t = text.trimming(.whitespaces).lowercased()
        guard !t.isEmpty, t.count <= 18 else { return false }
        if t.allSatisfy(\.isNumber) { return t.count <= 3 }
        return pageNumber.isMatch(t)
    }

    private static let pageNumber = TextPattern(#"^(?:[-–]\s*\d{1,3}\s*[-–]|\d{1,3}\s*/\s*\d{1,3}|(?:pagina|blz\.)\s*\d{1,3}(?:\s*(?:van|/)\s*\d{1,3})?)$"#)

    /// The number a footnote line starts with ("7 Vlaamse ...", "7Vlaamse ...", "12 tot ..."),
    /// if any. Section numbers ("3.1"), years and amounts are not note numbers.
    static func leadingNoteNumber(_ text: String) -> (number: Int, rest: Substring)? {
        guard let first = text.first, first.isNumber, let match = noteNumber.firstMatch(in: text),
              let digits = match[1], let number = Int(digits), number > 0 else { return nil }
        return (number, text[match.range.upperBound...])
    }

    private static let noteNumber = TextPattern(#"^(\d{1,5})(?![\d.,:/%)-])\s*(?=\S)"#)

    /// Dutch month names, for telling "3 maart 2015" (a date) from a note number.
    static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                         "september", "oktober", "november", "december"]

    static func startsWithDate(_ text: Substring) -> Bool {
        let word = text.prefix { $0.isLetter }.lowercased()
        return months.contains(word)
    }
}
