import Foundation
import AdviesModel
import AdviesText

/// Puts right what OCR typically gets wrong in a word, on the evidence of the document itself:
/// `l`/`I`/`1` and `o`/`0` swapped, `m` read as `rn`, `w` as `vv`, `d` as `cl`, and diacritics
/// split off their letter ("cre¨eert"). A word is only changed into a form that is a word of
/// the genre (a cue verb, a council's name) or that the same document spells that way at least
/// twice and three times as often, so clean text stays as it is. Every change is reported.
///
/// Letter confusions are repaired only in text that came from OCR: pages read by OCR here, or
/// a document whose own words show OCR's hand (digits inside words, "0nderwijs", "1aat").
/// Born-digital text is never rewritten: "client" in an English title stays "client".
/// Split diacritics are joined everywhere (text exports leave them too).
enum OCRRepair {
    /// Words every Vlor advisory uses, which a one-off OCR misreading may be the only copy of.
    static let genreWords: Set<String> = [
        "minister", "vraagt", "vragen", "pleit", "pleiten", "beveelt", "bevelen", "aan", "adviseert",
        "adviseren", "stelt", "stellen", "voor", "dringt", "dringen", "moet", "moeten", "wil", "willen",
        "vindt", "vinden", "raadt", "roept", "oproep", "onderwijs", "leren", "duaal", "duale",
        "leerlingen", "scholen", "secundair", "hoger", "basisonderwijs", "volwassenenonderwijs", "beleid",
    ]

    /// Names of organisations are left as printed: the reference parser corrects them in its
    /// fields and keeps the printed form in `raw` (GUIDE.md §7).
    private static let organisationWords: Set<String> = [
        "vlor", "vlaamse", "vlaams", "onderwijsraad", "raad", "regering", "parlement",
    ]

    /// Character sequences OCR confuses, each with what it may have been.
    private static let confusions: [(read: String, meant: [String])] = [
        ("1", ["l", "i", "I"]), ("I", ["l"]), ("l", ["I", "i"]), ("i", ["l"]), ("0", ["o"]),
        ("rn", ["m"]), ("vv", ["w"]), ("cl", ["d"]), ("ii", ["ü"]),
    ]

    /// Spacing diacritics OCR and text exports leave beside their letter, as combining marks.
    private static let spacingMarks: [Character: Character] = [
        "\u{A8}": "\u{308}", "\u{B4}": "\u{301}", "`": "\u{300}", "\u{2C6}": "\u{302}", "\u{2DC}": "\u{303}",
    ]
    private static let vowels = Set("aeiouyAEIOUY")

    /// The layout with its words repaired, and one diagnostic per kind of repair.
    static func apply(to layout: LayoutDocument) -> (LayoutDocument, [Diagnostic]) {
        let counts = vocabulary(of: layout)
        let readByOCR = showsOCR(counts)
        // Confusions are looked for only where they may be repaired: in text from OCR.
        let confusable = readByOCR || layout.pages.contains(where: \.isOCR)
        let lowered = confusable ? counts.reduce(into: [String: Int]()) { $0[$1.key.lowercased(), default: 0] += $1.value } : [:]
        var marks: [String: String] = [:], confusions: [String: String] = [:]
        for word in counts.keys {
            if let composed = composeMarks(word) { marks[word] = composed }
            else if confusable, let better = repair(word, counts: lowered) { confusions[word] = better }
        }
        guard !marks.isEmpty || !confusions.isEmpty else { return (layout, []) }

        var repaired = layout
        var seen: [String: (location: SourceLocation, count: Int)] = [:]
        for p in repaired.pages.indices {
            let repairs = readByOCR || layout.pages[p].isOCR ? marks.merging(confusions) { $1 } : marks
            guard !repairs.isEmpty else { continue }
            for l in repaired.pages[p].lines.indices {
                let line = repaired.pages[p].lines[l]
                let (text, changed) = rewrite(line.text, repairs)
                guard !changed.isEmpty else { continue }
                repaired.pages[p].lines[l].text = text
                for s in line.spans.indices { repaired.pages[p].lines[l].spans[s].text = rewrite(line.spans[s].text, repairs).text }
                for word in changed {
                    let location = SourceLocation(page: repaired.pages[p].number, line: line.sourceLine ?? l + 1)
                    seen[word, default: (location, 0)].count += 1
                }
            }
        }
        let diagnostics = seen.sorted { $0.value.location < $1.value.location }.map { word, found in
            Diagnostic(.info, .ocrCorrection, "'\(word)' read as '\((marks[word] ?? confusions[word])!)'" + (found.count > 1 ? " (\(found.count)×)" : ""),
                       at: found.location)
        }
        return (repaired, diagnostics)
    }

    /// The document's words show OCR's hand: at least two with a digit where a letter belongs
    /// ("0nderwijs", "1aat", "werkp1ek"), which no typist or word processor produces.
    private static func showsOCR(_ counts: [String: Int]) -> Bool {
        var found = 0
        for (word, count) in counts where word.count >= 3 {
            let characters = Array(word)
            let inside = characters.indices.dropFirst().dropLast().contains { i in
                "01".contains(characters[i]) && characters[i - 1].isLowercase && characters[i + 1].isLowercase
            }
            let leading = "01".contains(characters[0]) && characters.dropFirst().prefix(2).allSatisfy(\.isLowercase)
            if inside || leading { found += count }
            if found >= 2 { return true }
        }
        return false
    }

    /// How often each word occurs, as printed.
    private static func vocabulary(of layout: LayoutDocument) -> [String: Int] {
        var counts: [String: Int] = [:]
        for page in layout.pages {
            for line in page.lines { for word in words(in: line.text) { counts[String(word), default: 0] += 1 } }
        }
        return counts
    }

    /// Runs of letters, digits and spacing diacritics.
    private static func words(in text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber || spacingMarks[$0] != nil) }
    }

    /// The word as it was meant, when the evidence says so; `counts` by lower-cased word.
    static func repair(_ word: String, counts: [String: Int]) -> String? {
        guard word.count >= 3, word.count(where: \.isLetter) >= 2, !genreWords.contains(word.lowercased()) else { return nil }
        let own = counts[word.lowercased()] ?? 0
        for candidate in candidates(for: word) {
            let key = candidate.lowercased()
            if organisationWords.contains(key) { continue }
            let evidence = counts[key] ?? 0
            if genreWords.contains(key) || (evidence >= 2 && evidence >= 3 * own) { return candidate }
        }
        return nil
    }

    /// The word with one confusable sequence, or all of one kind, replaced.
    private static func candidates(for word: String) -> [String] {
        var out: [String] = []
        let shouting = word == word.uppercased()
        for (read, meant) in confusions where word.contains(read) {
            for replacement in meant.map({ shouting ? $0.uppercased() : $0 }) {
                out.append(word.replacingOccurrences(of: read, with: replacement))
                var search = word.startIndex..<word.endIndex
                while let range = word.range(of: read, range: search) {
                    out.append(word.replacingCharacters(in: range, with: replacement))
                    search = range.upperBound..<word.endIndex
                }
            }
        }
        // A digit or capital is only a misreading among letters of the other kind.
        return out.filter { $0 != word && !$0.contains(where: \.isNumber) && hasPlausibleCase($0) }
    }

    private static func hasPlausibleCase(_ word: String) -> Bool {
        let tail = word.dropFirst()
        return !(tail.contains(where: \.isUppercase) && tail.contains(where: \.isLowercase))
    }

    /// "cre¨eert" -> "creëert": a spacing diacritic joined to the vowel after it (or before it,
    /// at the end of a word).
    private static func composeMarks(_ word: String) -> String? {
        guard word.contains(where: { spacingMarks[$0] != nil }) else { return nil }
        let characters = Array(word)
        var out = ""
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if let mark = spacingMarks[c] {
                if i + 1 < characters.count, vowels.contains(characters[i + 1]) {
                    out += String([characters[i + 1], mark]).precomposedStringWithCanonicalMapping
                    i += 2
                    continue
                }
                if let last = out.last, vowels.contains(last) {
                    out = String(out.dropLast()) + String([last, mark]).precomposedStringWithCanonicalMapping
                    i += 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return out == word ? nil : out
    }

    /// The text with every repaired word replaced, and which words were.
    private static func rewrite(_ text: String, _ repairs: [String: String]) -> (text: String, changed: [String]) {
        var out = "", changed: [String] = []
        var word = ""
        func flush() {
            if let better = repairs[word] { out += better; changed.append(word) } else { out += word }
            word = ""
        }
        for c in text {
            if c.isLetter || c.isNumber || spacingMarks[c] != nil { word.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return (out, changed)
    }
}
