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
}
