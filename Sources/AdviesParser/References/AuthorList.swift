import AdviesModel
import AdviesText

/// The author list a research citation opens with: "Verhaest, D., Baert, S. & De Witte, K."
/// or "Verhaest, D. en De Witte, K." Each author as "Surname, I." in printed order.
enum AuthorList {
    private static let author = TextPattern(#"^((?:(?:De|Van|Van der|Van den|Vanden|Vander|Ter|Ten|Le|La|Du|Di|Da|Von|Op de|In 't) )?\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)?), ((?:\p{Lu}\.\s?-?)+)"#)
    private static let separator = TextPattern(#"^\s*(?:,\s*&|&|,\s*en|en|,)\s+"#)

    /// The authors and the text after them, or nil when the text does not open with an author.
    static func parse(_ text: String) -> (authors: [String], rest: Substring)? {
        guard text.first?.isUppercase == true else { return nil }
        var authors: [String] = []
        var rest = text
        while let match = author.firstMatch(in: rest), let surname = match[1], let initials = match[2] {
            authors.append("\(surname), \(initials.replacingOccurrences(of: " ", with: ""))")
            rest = String(rest[match.range.upperBound...])
            if let next = separator.firstMatch(in: rest), author.isMatch(String(rest[next.range.upperBound...])) {
                rest = String(rest[next.range.upperBound...])
            } else {
                break
            }
        }
        guard !authors.isEmpty else { return nil }
        return (authors, Substring(rest))
    }
}
