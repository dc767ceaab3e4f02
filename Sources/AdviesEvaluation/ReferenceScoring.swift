import AdviesAnnotation
import AdviesText

/// References match by `work_key` as a multiset (GUIDE.md §9). Fields are scored on pairs made
/// by where the citation stands, not by the key (the key holds the date and title, so pairs by
/// key would agree on them by construction): the same key in the same source first, then the
/// citations of one source (a footnote, a list) in their order, then the same key elsewhere.
/// On a pair, agreement where both state the same value, a miss where the gold states one and
/// we differ, a false hit where we state one the gold does not; a gold citation left unpaired
/// misses every field it states, a found one left unpaired is a false hit on each of its own.
enum ReferenceScoring {
    static func evaluate(_ predicted: [Annotation.Reference], _ gold: [Annotation.Reference]) -> [Evaluator.Element: Comparison] {
        var result: [Evaluator.Element: Comparison] = [:]
        result[.references] = .multiset(predicted: predicted.map(\.workKey), gold: gold.map(\.workKey))
        let keyed = matchedPairs(predicted, gold)
        let fields: [(Evaluator.Element, (Annotation.Reference) -> String?)] = [
            (.referenceTitle, \.title), (.referenceDate, \.date), (.referenceOrganisation, \.organisation),
            (.referenceCouncil, \.council), (.referenceURL, \.url), (.referencePages, \.pages),
            (.referenceAuthors, { $0.authors.isEmpty ? nil : $0.authors.joined(separator: "; ") }),
            (.referenceSubtitle, \.subtitle), (.referenceSeries, \.series),
        ]
        let (pairs, unpairedGold, unpairedFound) = Self.pairs(predicted, gold)
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
            for g in unpairedGold { if let v = value(g) { comparison.score.falseNegatives += 1; comparison.missed.append("\(v) ← \(g.workKey)") } }
            for p in unpairedFound { if let v = value(p) { comparison.score.falsePositives += 1; comparison.spurious.append("\(v) ← \(p.workKey)") } }
            result[element] = comparison
        }
        var exact = Comparison()
        for (p, g) in keyed {
            if fields.allSatisfy({ $0.1(p).map(TextNormalization.norm) == $0.1(g).map(TextNormalization.norm) }) && p.type == g.type {
                exact.score.truePositives += 1
            } else {
                exact.score.falseNegatives += 1
                exact.missed.append(g.workKey)
            }
        }
        exact.score.falseNegatives += gold.count - keyed.count
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

    /// Pairs for the fields: by key within a source, by order within a source, by key anywhere.
    static func pairs(_ predicted: [Annotation.Reference], _ gold: [Annotation.Reference])
        -> (pairs: [(Annotation.Reference, Annotation.Reference)], gold: [Annotation.Reference], found: [Annotation.Reference]) {
        var found = Array(predicted.indices), wanted = Array(gold.indices)
        var pairs: [(Int, Int)] = []
        func take(_ matches: (Annotation.Reference, Annotation.Reference) -> Bool) {
            for p in found {
                guard let g = wanted.first(where: { matches(predicted[p], gold[$0]) }) else { continue }
                pairs.append((p, g))
                found.removeAll { $0 == p }
                wanted.removeAll { $0 == g }
            }
        }
        take { $0.source == $1.source && $0.workKey == $1.workKey }
        // What is left of one source, in order: the n-th citation found with the n-th left in gold.
        for source in Set(found.map { predicted[$0].source }) {
            let mine = found.filter { predicted[$0].source == source }, theirs = wanted.filter { gold[$0].source == source }
            for (p, g) in zip(mine, theirs) {
                pairs.append((p, g))
                found.removeAll { $0 == p }
                wanted.removeAll { $0 == g }
            }
        }
        take { $0.workKey == $1.workKey }
        return (pairs.map { (predicted[$0.0], gold[$0.1]) }, wanted.map { gold[$0] }, found.map { predicted[$0] })
    }
}
