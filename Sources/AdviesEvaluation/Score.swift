/// Counts of one comparison: matched, spurious, missed; and the measures derived from them.
public struct Score: Codable, Sendable, Equatable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// 1 when nothing was predicted (nothing can be wrong).
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// 1 when there was nothing to find.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// Nothing was expected and nothing was found.
    public var isEmpty: Bool { truePositives + falsePositives + falseNegatives == 0 }

    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(truePositives: lhs.truePositives + rhs.truePositives,
              falsePositives: lhs.falsePositives + rhs.falsePositives,
              falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }
}

/// A comparison's score with what it missed and what it found wrongly, for `--verbose`.
public struct Comparison: Codable, Sendable {
    public var score: Score
    public var missed: [String]
    public var spurious: [String]

    public init(score: Score = Score(), missed: [String] = [], spurious: [String] = []) {
        self.score = score
        self.missed = missed
        self.spurious = spurious
    }

    /// Multiset matching of keys: a key occurring k times in the gold can be matched k times.
    public static func multiset(predicted: [String], gold: [String]) -> Comparison {
        var remaining: [String: Int] = [:]
        for key in gold { remaining[key, default: 0] += 1 }
        var spurious: [String] = []
        var matched = 0
        for key in predicted {
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                matched += 1
            } else {
                spurious.append(key)
            }
        }
        let missed = gold.reduce(into: [String]()) { result, key in
            if let count = remaining[key], count > 0 {
                result.append(key)
                remaining[key] = count - 1
            }
        }
        return Comparison(score: Score(truePositives: matched, falsePositives: spurious.count, falseNegatives: missed.count),
                          missed: missed, spurious: spurious)
    }

    public static func + (lhs: Comparison, rhs: Comparison) -> Comparison {
        Comparison(score: lhs.score + rhs.score, missed: lhs.missed + rhs.missed, spurious: lhs.spurious + rhs.spurious)
    }
}
