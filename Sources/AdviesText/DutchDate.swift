import AdviesModel

/// Dutch dates in running text, as ISO strings as precise as printed.
public enum DutchDate {

    public struct Found: Equatable, Sendable {
        public var iso: String
        public var precision: DatePrecision
        /// Where the date stands in the text it was found in.
        public var range: Range<String.Index>
    }

    /// Every full date ("13 juni 2019", "13/06/2019", "2019-06-13") and month date
    /// ("juni 2019") in the text, in order.
    public static func all(in text: String) -> [Found] {
        var found: [Found] = []
        guard text.contains(where: \.isNumber) else { return [] }
        for match in Patterns.dayMonthYear.matches(in: text) {
            if let iso = iso(year: match[3]!, month: DutchVocabulary.month(named: match[2]!)!, day: match[1]!) {
                found.append(Found(iso: iso, precision: .day, range: match.range))
            }
        }
        for match in Patterns.numericDate.matches(in: text) {
            if let month = Int(match[2]!), let iso = iso(year: match[3]!, month: month, day: match[1]!) {
                found.append(Found(iso: iso, precision: .day, range: match.range))
            }
        }
        for match in Patterns.isoDate.matches(in: text) {
            if let month = Int(match[2]!), let iso = iso(year: match[1]!, month: month, day: match[3]!) {
                found.append(Found(iso: iso, precision: .day, range: match.range))
            }
        }
        for match in Patterns.monthYear.matches(in: text) {
            guard !found.contains(where: { $0.range.overlaps(match.range) }) else { continue }
            let month = DutchVocabulary.month(named: match[1]!)!
            found.append(Found(iso: "\(match[2]!)-\(pad(month))", precision: .month, range: match.range))
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The first date in the text.
    public static func first(in text: String) -> Found? { all(in: text).first }

    /// A year standing alone or in parentheses ("(2018)", "(2018a)", "2018."), not part of a
    /// school year ("2019-2020") or a longer number.
    public static func years(in text: String) -> [Found] {
        guard text.contains(where: \.isNumber) else { return [] }
        return Patterns.year.matches(in: text).compactMap { match in
            if match.range.lowerBound > text.startIndex {
                let before = text[text.index(before: match.range.lowerBound)]
                if before.isNumber || before == "/" || before == "-" { return nil }
            }
            return Found(iso: String(match[1]!), precision: .year, range: match.range)
        }
    }

    private enum Patterns {
        static let month = "(" + DutchVocabulary.months.joined(separator: "|") + ")"
        static let dayMonthYear = TextPattern(#"(?i)\b(\d{1,2})(?:e|ste|de)?\s+"# + month + #"\s+(\d{4})\b"#)
        static let numericDate = TextPattern(#"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"#)
        static let isoDate = TextPattern(#"\b(\d{4})-(\d{2})-(\d{2})\b"#)
        static let monthYear = TextPattern(#"(?i)\b"# + month + #"\s+(\d{4})\b"#)
        static let year = TextPattern(#"((?:19|20)\d{2})[a-z]?(?![\d/]|-\d)"#)
    }

    private static func iso(year: Substring, month: Int, day: Substring) -> String? {
        guard let d = Int(day), (1...31).contains(d), (1...12).contains(month), let y = Int(year),
              (1800...2200).contains(y) else { return nil }
        return "\(y)-\(pad(month))-\(pad(d))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// "2019-06-13" written out as Dutch prose prints it: "13 juni 2019".
    public static func written(iso: String) -> String? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        return "\(parts[2]) \(DutchVocabulary.months[parts[1] - 1]) \(parts[0])"
    }
}
