import Foundation

/// A regular expression compiled once and safe to share between threads (ICU syntax, as
/// NSRegularExpression reads it). Swift regex literals are parsed again each time they are
/// evaluated, which the parser's per-line patterns cannot afford.
public struct TextPattern: Sendable {
    private let regex: NSRegularExpression

    /// `pattern` in ICU syntax; anchor it with ^ and $ where the whole text must match.
    public init(_ pattern: String) {
        do {
            regex = try NSRegularExpression(pattern: pattern)
        } catch {
            preconditionFailure("invalid pattern \(pattern): \(error)")
        }
    }

    public struct Match {
        public let text: String
        public let range: Range<String.Index>
        private let groups: [Range<String.Index>?]

        init(_ result: NSTextCheckingResult, in text: String) {
            self.text = text
            range = Range(result.range, in: text)!
            groups = (0..<result.numberOfRanges).map { Range(result.range(at: $0), in: text) }
        }

        /// The text of capture group `index` (0 = the whole match), nil when it did not take part.
        public subscript(_ index: Int) -> Substring? {
            guard index < groups.count, let range = groups[index] else { return nil }
            return text[range]
        }

        public func range(_ index: Int) -> Range<String.Index>? {
            index < groups.count ? groups[index] : nil
        }
    }

    public func firstMatch(in text: String) -> Match? {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).map { Match($0, in: text) }
    }

    public func matches(in text: String) -> [Match] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { Match($0, in: text) }
    }

    public func isMatch(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Every match replaced by `template` (literal text: no group references).
    public func replacing(in text: String, with template: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                       withTemplate: NSRegularExpression.escapedTemplate(for: template))
    }
}
