import AdviesAnnotation
import AdviesText

/// References match by `work_key` as a multiset (GUIDE.md §9). On matched pairs each field is
/// compared after normalisation: agreement where both state the same value, a miss where the
/// gold states one and we differ, a false hit where we state one the gold does not.
enum ReferenceScoring {
    static func evaluate(_ predicted: [Annotation.Reference], _ gold: [Annotation.Reference]) -> [Evaluator.Element: Comparison] {
        var result: [Evaluator.Element: Comparison] = [:]
        result[.references] = .multiset(predicted: predicted.map(\.workKey), gold: gold.map(\.workKey))
        let pairs = matchedPairs(predicted, gold)
        let fields: [(Evaluator.Element, (Annotation.Reference) -> String?)] = [
            (.referenceTitle, \.title), (.referenceDate, \.date), (.referenceOrganisation, \.organisation),
            (.referenceCouncil, \.council), (.referenceURL, \.url), (.referencePages, \.pages),
            (.referenceAuthors, { $0.authors.isEmpty ? nil : $0.authors.joined(separator: "; ") }),
            (.referenceSubtitle, \.subtitle), (.referenceSeries, \.series),
        ]
        for (element, value) in fields {
            var comparison = Comparison()
            for (p, g) in pairs {
                let mine = value(p).map(TextNormalization.norm), theirs = value(g).map(TextNormalization.norm)
                if mine == theirs {
                    if theirs != nil { comparison.score.truePositives += 1 }
                } else {
                    if theirs != nil { comparison.score.falseNegatives += 1; comparison.missed.append("\(value(g)!) ← \(g.workKey)") }
                    if mine != nil { comparison.score.falsePositives += 1; comparison.spurious.append("\(value(p)!) ← \(g.workKey)") }
                }
            }
            result[element] = comparison
        }
        var exact = Comparison()
        for (p, g) in pairs {
            if fields.allSatisfy({ $0.1(p).map(TextNormalization.norm) == $0.1(g).map(TextNormalization.norm) }) && p.type == g.type {
                exact.score.truePositives += 1
            } else {
                exact.score.falseNegatives += 1
                exact.missed.append(g.workKey)
            }
        }
        exact.score.falseNegatives += gold.count - pairs.count
        result[.referenceExact] = exact
        return result
    }

    /// Pairs predicted and gold references with the same key, in order of appearance.
    private static func matchedPairs(_ predicted: [Annotation.Reference], _ gold: [Annotation.Reference]) -> [(Annotation.Reference, Annotation.Reference)] {
        var pool = gold
        var pairs: [(Annotation.Reference, Annotation.Reference)] = []
        for reference in predicted {
            // Prefer the gold entry from the same source (the same footnote or list).
            let index = pool.firstIndex { $0.workKey == reference.workKey && $0.source == reference.source }
                ?? pool.firstIndex { $0.workKey == reference.workKey }
            if let index { pairs.append((reference, pool.remove(at: index))) }
        }
        return pairs
    }
}
