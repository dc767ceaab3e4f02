import AdviesAnnotation
import AdviesText

/// Recommendations match within a document when the Jaccard overlap of their token sets is at
/// least 0.8, paired one-to-one, highest overlap first (GUIDE.md §9). Addressee and cue are
/// scored on the matched pairs; the addressee only where the gold states one (GUIDE.md §7
/// names the addressee only when the actor is named or implied, so a null gold is no claim
/// that nobody is addressed).
enum RecommendationScoring {
    static let threshold = 0.8

    static func pairs(_ predicted: [Annotation.Recommendation], _ gold: [Annotation.Recommendation]) -> [(Int, Int)] {
        let predictedTokens = predicted.map { Set(TextNormalization.tokens($0.text)) }
        let goldTokens = gold.map { Set(TextNormalization.tokens($0.text)) }
        var candidates: [(Double, Int, Int)] = []
        for (i, p) in predictedTokens.enumerated() {
            for (j, g) in goldTokens.enumerated() {
                let union = p.union(g).count
                let overlap = union == 0 ? 1 : Double(p.intersection(g).count) / Double(union)
                if overlap >= threshold { candidates.append((overlap, i, j)) }
            }
        }
        candidates.sort { $0.0 > $1.0 }
        var usedP = Set<Int>(), usedG = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (_, i, j) in candidates where !usedP.contains(i) && !usedG.contains(j) {
            usedP.insert(i)
            usedG.insert(j)
            pairs.append((i, j))
        }
        return pairs
    }

    static func evaluate(_ predicted: [Annotation.Recommendation], _ gold: [Annotation.Recommendation]) -> [Evaluator.Element: Comparison] {
        let matched = pairs(predicted, gold)
        let matchedP = Set(matched.map(\.0)), matchedG = Set(matched.map(\.1))
        let main = Comparison(
            score: Score(truePositives: matched.count, falsePositives: predicted.count - matched.count,
                         falseNegatives: gold.count - matched.count),
            missed: gold.indices.filter { !matchedG.contains($0) }.map { "[\(gold[$0].section ?? "")] \(gold[$0].text)" },
            spurious: predicted.indices.filter { !matchedP.contains($0) }.map { "[\(predicted[$0].section ?? "")] \(predicted[$0].text)" })
        var addressee = Comparison(), cue = Comparison()
        for (i, j) in matched {
            if gold[j].addressee != nil { agree(predicted[i].addressee, gold[j].addressee, into: &addressee, label: gold[j].text) }
            agree(predicted[i].cue, gold[j].cue, into: &cue, label: gold[j].text)
        }
        return [.recommendations: main, .recommendationAddressee: addressee, .recommendationCue: cue]
    }

    /// Agreement on one attribute of a matched pair (nil = nil counts as agreement).
    private static func agree(_ mine: String?, _ theirs: String?, into comparison: inout Comparison, label: String) {
        let a = mine.map(TextNormalization.norm), b = theirs.map(TextNormalization.norm)
        if a == b {
            comparison.score.truePositives += 1
        } else {
            if b != nil { comparison.score.falseNegatives += 1; comparison.missed.append("\(theirs!) ← \(label.prefix(60))") }
            if a != nil { comparison.score.falsePositives += 1; comparison.spurious.append("\(mine!) ← \(label.prefix(60))") }
        }
    }
}
