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
        "red", "eds", "vol", "afd", "hfst", "par", "punt", "z", "zie",
    ]

    public static func split(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var i = 0
        while i < characters.count {
            let c = characters[i]
            guard c == "." || c == "?" || c == "!" || c == "…" else { i += 1; continue }
            var end = i + 1
            while end < characters.count, "’”'\")".contains(characters[end]) { end += 1 }
            guard end < characters.count, characters[end] == " " else { i = end; continue }
            var next = end
            while next < characters.count, characters[next] == " " { next += 1 }
            guard next < characters.count, opensSentence(characters[next]) || opensWithURL(characters, at: next)
            else { i = end; continue }
            if c == ".", endsInAbbreviation(characters, periodAt: i) { i = end; continue }
            sentences.append(String(characters[start..<end]).trimmingCharacters(in: .whitespaces))
            start = next
            i = next
        }
        let tail = String(characters[start...]).trimmingCharacters(in: .whitespaces)
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }

    private static func opensWithURL(_ characters: [Character], at index: Int) -> Bool {
        let head = String(characters[index..<min(characters.count, index + 4)])
        return head == "http" || head == "www."
    }

    private static func opensSentence(_ c: Character) -> Bool {
        c.isUppercase || c.isNumber || "‘“\"'(¬•–-".contains(c)
    }

    /// The word before the period at `index` is an abbreviation or a single-letter initial.
    private static func endsInAbbreviation(_ characters: [Character], periodAt index: Int) -> Bool {
        var start = index
        while start > 0, !characters[start - 1].isWhitespace, characters[start - 1] != "(" { start -= 1 }
        let word = String(characters[start..<index]).lowercased()
        if word.isEmpty { return false }
        if abbreviations.contains(word) { return true }
        // An initial: one capital letter ("D."), or letters joined by periods ("A.M.").
        if word.count == 1, characters[index - 1].isLetter { return true }
        if word.contains("."), word.split(separator: ".").allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isLetter) }) { return true }
        return false
    }
}
