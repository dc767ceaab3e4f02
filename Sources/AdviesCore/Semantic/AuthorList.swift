/// The author list a research citation opens with: "Verhaest, D., Baert, S. & De Witte, K."
/// or "Verhaest, D. en De Witte, K." Each author as "Surname, I." in printed order.
enum AuthorList {
    static var author: Regex<(Substring, Substring, Substring)> {
        /((?:(?:De|Van|Van der|Van den|Vanden|Vander|Ter|Ten|Le|La|Du|Di|Da|Von|Op de|In 't) )?\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)?), ((?:\p{Lu}\.\s?-?)+)/
    }

    static var separator: Regex<Substring> { /\s*(?:,\s*&|&|,\s*en|en|,)\s+/ }

    /// The authors and the text after them, or nil when the text does not open with an author.
    static func parse(_ text: String) -> (authors: [String], rest: Substring)? {
        var authors: [String] = []
        var rest = Substring(text)
        while let match = rest.prefixMatch(of: author) {
            let initials = match.output.2.replacingOccurrences(of: " ", with: "")
            authors.append("\(match.output.1), \(initials)")
            rest = rest[match.range.upperBound...]
            if let separator = rest.prefixMatch(of: separator), rest[separator.range.upperBound...].prefixMatch(of: author) != nil {
                rest = rest[separator.range.upperBound...]
            } else {
                break
            }
        }
        guard !authors.isEmpty else { return nil }
        return (authors, rest)
    }
}
