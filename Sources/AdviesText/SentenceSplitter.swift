/// Splits Dutch running text into sentences. A sentence ends at ".", "?" or "!" (with any
/// closing quote) followed by a space and a capital, digit or opening quote, unless the word
/// before the period is an abbreviation ("bv.", "o.a.", "cfr.", "p.", "art.", "t.a.v.",
/// "nr.") or an initial ("D.").
public enum SentenceSplitter {
    /// Dutch abbreviations that end in a period but not a sentence, lowercased, without the
    /// final period.
    public static let abbreviations: Set<String> = [
        "bv", "bijv", "o.a", "oa", "cfr", "cf", "vgl", "p", "pp", "blz", "art", "artt", "t.a.v", "tav",
        "nr", "nrs", "e.a", "ea", "enz", "etc", "d.w.z", "m.a.w", "i.p.v", "ipv", "vb", "zgn", "resp",
        "incl", "excl", "ca", "min", "max", "dr", "prof", "mr", "ir", "ing", "drs", "fig", "tab", "jr",
        "jan", "feb", "febr", "aug", "sept", "okt", "nov", "dec", "n.a.v", "nav", "m.b.t", "mbt", "t.o.v",
        "tov", "i.v.m", "ivm", "o.m", "m.i.v", "e.d", "ed", "mevr", "dhr", "st", "vzw", "bvba", "nv",
        "red", "eds", "vol", "afd", "hfst", "par", "punt", "z", "zie", "parl", "vl", "stb", "stcrt", "overw", "hand", "jo", "rn",
    ]

    public static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            guard c == "." || c == "?" || c == "!" || c == "…" else { i = text.index(after: i); continue }
            var end = text.index(after: i)
            while end < text.endIndex, "’”'\")".contains(text[end]) { end = text.index(after: end) }
            guard end < text.endIndex, text[end] == " " else { i = end; continue }
            var next = end
            while next < text.endIndex, text[next] == " " { next = text.index(after: next) }
            guard next < text.endIndex, opensSentence(text[next]) || text[next...].hasPrefix("http") || text[next...].hasPrefix("www.")
            else { i = end; continue }
            if c == ".", endsInAbbreviation(text, periodAt: i) { i = end; continue }
            sentences.append(text[start..<end].trimming(.whitespaces))
            start = next
            i = next
        }
        let tail = text[start...].trimming(.whitespaces)
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }

    private static func opensSentence(_ c: Character) -> Bool {
        c.isUppercase || c.isNumber || "‘“\"'(¬•–-".contains(c)
    }

    /// The word before the period at `index` is an abbreviation or a single-letter initial
    /// (looking back no further than a word can be long).
    private static func endsInAbbreviation(_ text: String, periodAt index: String.Index) -> Bool {
        var start = index
        var steps = 0
        while start > text.startIndex, steps < 24 {
            let previous = text.index(before: start)
            if text[previous].isSpace || text[previous] == "(" { break }
            start = previous
            steps += 1
        }
        let word = text[start..<index].lowercased()
        if word.isEmpty { return false }
        if abbreviations.contains(word) { return true }
        // An initial: one capital letter ("D."), or letters joined by periods ("A.M.").
        if word.count == 1, word.first!.isLetter { return true }
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) { return true }
        return false
    }
}
