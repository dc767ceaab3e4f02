import Foundation

/// Joins wrapped lines into running text (GUIDE.md §2): one space between lines, except after
/// a line ending in a hyphen that follows a letter or digit. Such a break is glued, and the
/// hyphen kept or dropped on evidence: ranges and URLs keep it, a word the document also
/// writes whole drops it, a compound it also writes hyphenated (or one whose first part is an
/// acronym or a name) keeps it, and Dutch vowel clashes ("zee-egel") keep it.
public struct LineJoiner: Sendable {
    public let vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    public func join<S: Sequence>(_ lines: S) -> String where S.Element: StringProtocol {
        var result = ""
        for raw in lines {
            let line = raw.trimming(.whitespaces)
            guard !line.isEmpty else { continue }
            if result.isEmpty {
                result = line
            } else if Self.closesDashPair(result) {
                // "-maar wel gelijkwaardige-": a dash, joined like any line.
                result += " " + line
            } else if let hyphenated = hyphenBreak(result) {
                result = keepsHyphen(before: hyphenated, after: line, in: result) ? result + line
                    : String(result.dropLast()) + line
            } else {
                result += " " + line
            }
        }
        return result.collapsed
    }

    /// The word before a line-final hyphen, when the line ends in one right after a letter or digit.
    private func hyphenBreak(_ text: String) -> Substring? {
        guard text.hasSuffix("-"), text.count >= 2 else { return nil }
        let beforeHyphen = text[text.index(before: text.index(before: text.endIndex))]
        guard beforeHyphen.isLetter || beforeHyphen.isNumber else { return nil }
        let body = text.dropLast()
        let start = body.lastIndex(where: { $0 == " " }).map { body.index(after: $0) } ?? body.startIndex
        return body[start...]
    }

    func keepsHyphen(before left: Substring, after line: String, in text: String) -> Bool {
        let right = line.prefix { !$0.isSpace }
        guard let first = right.first, let last = left.last else { return true }
        if last.isNumber && first.isNumber { return true }
        if left.contains("/") || left.containsBytes("www.") || left.containsBytes("://") { return true }
        let rightWord = right.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
        let leftWord = left.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") }).last.map(String.init) ?? String(left)
        let joined = (leftWord + rightWord).lowercased()
        if vocabulary.contains(joined) { return false }
        if vocabulary.containsCompound(leftWord.lowercased() + "-" + rightWord.lowercased()) { return true }
        if first.isUppercase { return true }
        if Self.isAcronymOrName(leftWord, vocabulary: vocabulary) { return true }
        if Self.vowelClash(last, first) { return true }
        return false
    }

    /// "... alternatieve -maar wel gelijkwaardige-": the line-final hyphen closes a dash pair.
    private static func closesDashPair(_ text: String) -> Bool {
        guard text.hasSuffix("-") else { return false }
        // Only the current sentence counts, and only its last stretch: a dash pair is short.
        let tail = text.suffix(300)
        let sentence = tail.split(whereSeparator: { ".?!".contains($0) }).last ?? tail
        return sentence.containsBytes(" -") && !sentence.dropLast().containsBytes("- ")
            && sentence.range(of: #" -\p{L}"#, options: .regularExpression) != nil
    }

    private static func isAcronymOrName(_ word: String, vocabulary: Vocabulary) -> Bool {
        guard let first = word.first else { return false }
        if first.isUppercase { return true }
        return vocabulary.seenInCapitals(word.lowercased())
    }

    /// Two vowels that would read as one sound if written together.
    private static func vowelClash(_ a: Character, _ b: Character) -> Bool {
        let pairs: Set<String> = ["aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "oe", "oi", "oo", "ou", "ui", "uu"]
        return pairs.contains(String(a).lowercased() + String(b).lowercased())
    }
}

/// The words of one document: evidence for repairing its hyphenation.
public struct Vocabulary: Sendable {
    private var words: Set<String> = []
    private var compounds: Set<String> = []
    private var capitals: Set<String> = []

    public init<S: Sequence>(lines: S) where S.Element: StringProtocol {
        for line in lines {
            for token in line.split(whereSeparator: { $0.isSpace }) {
                let word = Self.trimmed(token)
                guard !word.isEmpty else { continue }
                let lower = word.lowercased()
                if word.dropFirst().contains("-") && !word.hasSuffix("-") {
                    compounds.insert(lower)
                    for part in lower.split(separator: "-") { words.insert(String(part)) }
                } else {
                    words.insert(lower)
                }
                if word.count >= 2, word.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }) {
                    capitals.insert(lower)
                }
            }
        }
    }

    /// The token without the punctuation around it (letters, digits and hyphens kept).
    private static func trimmed<T: StringProtocol>(_ token: T) -> String {
        func keep(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "-" }
        guard let first = token.firstIndex(where: keep), let last = token.lastIndex(where: keep) else { return "" }
        return String(token[first...last])
    }

    /// The word occurs whole somewhere in the document.
    public func contains(_ word: String) -> Bool { words.contains(word) }
    /// The document writes this hyphenated compound inside a line.
    public func containsCompound(_ word: String) -> Bool { compounds.contains(word) }
    /// The document writes this word in capitals somewhere (an acronym).
    public func seenInCapitals(_ word: String) -> Bool { capitals.contains(word) }
}
