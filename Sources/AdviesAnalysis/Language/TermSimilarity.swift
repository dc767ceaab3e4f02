import AdviesText
import Foundation

/// Term weights and cosine similarity over the Dutch analysis (folded stems, equivalences),
/// with a small list of policy synonyms that name one instrument in several ways.
public enum TermSimilarity {
    /// Words policy texts use for one and the same thing; each group counts as its first word.
    /// Extend it here.
    public static let synonyms: [[String]] = [
        // The subsidy to companies that offer a training place changed name over the years.
        ["premie", "stagebonus", "bonus", "incentive"],
    ]

    private static let groupOf: [String: String] = {
        var map: [String: String] = [:]
        for group in synonyms {
            let terms = group.map { DutchAnalyzer.term($0) }
            for term in terms { map[term] = terms[0] }
        }
        return map
    }()

    /// Words every advice uses to ask, not what it asks about: left out of similarity.
    public static let genreWords: Set<String> = Set(["raad", "vlor", "vraagt", "vragen", "stelt", "stellen", "voor", "pleit",
                                                     "pleiten", "roept", "oproep", "adviseert", "advies", "belangrijk", "nodig",
                                                     "daarnaast", "daarom", "bovendien"].map { DutchAnalyzer.term($0) })

    /// The terms of a text for similarity: analysed, function and genre words out, synonyms merged.
    public static func terms(_ text: String) -> [String] {
        DutchAnalyzer.tokens(text).filter { !DutchVocabulary.stopwords.contains($0) && $0.count > 2 && !$0.allSatisfy(\.isNumber) }
            .map { DutchAnalyzer.term($0) }.filter { !genreWords.contains($0) }.map(canonical)
    }

    /// A term as its synonym group's.
    public static func canonical(_ term: String) -> String { groupOf[term] ?? term }

    /// The synonyms of the words of a query (their surface forms), for searching.
    public static func expansions(of word: String) -> [String] {
        let term = DutchAnalyzer.term(DutchAnalyzer.fold(word))
        return synonyms.first { group in group.contains { DutchAnalyzer.term($0) == term } } ?? [word]
    }

    /// A tf-idf vector.
    public struct Vector: Sendable {
        public var weights: [String: Double]

        public var norm: Double { sqrt(weights.values.reduce(0) { $0 + $1 * $1 }) }

        /// Cosine similarity and the shared terms, heaviest first.
        public func cosine(_ other: Vector) -> (score: Double, shared: [String]) {
            let shared = weights.keys.filter { other.weights[$0] != nil }
            let dot = shared.reduce(0) { $0 + weights[$1]! * other.weights[$1]! }
            let denominator = norm * other.norm
            let ordered = shared.sorted { weights[$0]! * other.weights[$0]! > weights[$1]! * other.weights[$1]! }
            return (denominator == 0 ? 0 : dot / denominator, ordered)
        }
    }

    /// The vector of a text, given how many of `total` units each term occurs in.
    public static func vector(_ text: String, documentFrequency: (String) -> Int, total: Int) -> Vector {
        var counts: [String: Int] = [:]
        for term in terms(text) { counts[term, default: 0] += 1 }
        var weights: [String: Double] = [:]
        for (term, count) in counts {
            let idf = log(Double(total + 1) / Double(documentFrequency(term) + 1)) + 1
            weights[term] = (1 + log(Double(count))) * idf
        }
        return Vector(weights: weights)
    }
}
