import Foundation

/// The Dutch analysis shared by search and by similarity: lower-case, diacritics folded
/// ("creëert" = "creéert" = "creeert"), Snowball Dutch stems, and a small list of
/// equivalences where Snowball falls short.
public enum DutchAnalyzer {
    /// Stems Snowball leaves apart that mean the same word; and OCR misreadings of names that
    /// recur in the genre. Extend it here.
    public static let equivalences: [String: String] = [
        // Snowball: "adviezen" -> "adviez", "duale" -> "dual", "premies" -> "premies".
        "adviez": "advies",
        "dual": "duaal",
        "premies": "premie",
        // Genre synonym: in dual learning a "werkplek" is the learner's "leerwerkplek".
        "leerwerkplek": "werkplek",
        // OCR: the council and its region read with "i" for "l".
        "vior": "vlor",
        "viaam": "vlam",
        "viam": "vlam",
    ]

    /// Lower-case with diacritics removed.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// Folded word tokens: runs of letters and digits.
    public static func tokens(_ text: String) -> [String] {
        fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The Snowball stem of one folded token.
    public static func stem(_ token: String) -> String {
        DutchStemmer.current.stem(token)
    }

    /// The search term of one folded token: its stem, or what the equivalence list maps it to.
    public static func term(_ token: String) -> String {
        let stem = stem(token)
        return equivalences[stem] ?? equivalences[token] ?? stem
    }

    /// The search terms of a text.
    public static func terms(_ text: String) -> [String] {
        tokens(text).map(term)
    }
}
