/// Character similarity of two texts: 2·LCS / (|a| + |b|), the ratio difflib reports. The LCS
/// is computed bit-parallel (Hyyrö), fast enough for whole documents.
public enum Similarity {
    public static func ratio(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(lcsLength(x, y)) / Double(x.count + y.count)
    }

    static func lcsLength(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let words = (a.count + 63) / 64
        var masks: [Unicode.Scalar: [UInt64]] = [:]
        for (i, scalar) in a.enumerated() {
            masks[scalar, default: [UInt64](repeating: 0, count: words)][i / 64] |= 1 << UInt64(i % 64)
        }
        var row = [UInt64](repeating: ~0, count: words)
        let zero = [UInt64](repeating: 0, count: words)
        for scalar in b {
            let match = masks[scalar] ?? zero
            var carry: UInt64 = 0
            for w in 0..<words {
                let u = row[w] & match[w]
                let (sum1, o1) = row[w].addingReportingOverflow(u)
                let (sum2, o2) = sum1.addingReportingOverflow(carry)
                carry = (o1 || o2) ? 1 : 0
                row[w] = sum2 | (row[w] & ~match[w])
            }
        }
        var zeros = 0
        for (w, value) in row.enumerated() {
            let bits = w == words - 1 && a.count % 64 != 0 ? a.count % 64 : 64
            let mask: UInt64 = bits == 64 ? ~0 : (1 << UInt64(bits)) - 1
            zeros += (~value & mask).nonzeroBitCount
        }
        return zeros
    }
}
