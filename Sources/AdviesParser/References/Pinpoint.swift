import Foundation
import AdviesModel
import AdviesText

/// Pinpoint references: "p. 13", "p.168-169", "pp. 3-5", "art. 27 en 28", "artikel 123/2".
enum Pinpoint {
    private static let pagesPattern = TextPattern(#"(?i)\b(?:pp?\.|blz\.)\s?(\d+(?:\s?[-–]\s?\d+)?)"#)
    private static let articlePattern = TextPattern(#"\b(art\.|artikel|artikelen)\s+(\d+[\w/.]*(?:\s+en\s+\d+[\w/]*)?)"#)

    static func extract(from text: String) -> (String, String)? {
        if let match = pagesPattern.firstMatch(in: text), let numbers = match[1] {
            let pages = "p. " + numbers.replacingOccurrences(of: " ", with: "")
            return (pages, text.replacingCharacters(in: match.range, with: " "))
        }
        if let match = articlePattern.firstMatch(in: text), let word = match[1], let numbers = match[2] {
            let pages = "\(word) \(numbers)".trimming(CharacterSet(charactersIn: " ."))
            return (pages, text.replacingCharacters(in: match.range, with: " "))
        }
        return nil
    }
}
