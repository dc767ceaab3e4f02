import Foundation

extension StringProtocol {
    /// The text without the scalars of `set` at either end: what Foundation's
    /// `trimmingCharacters(in:)` gives, without the trip through NSString and UTF-16 that
    /// made it a sixth of the parser's time.
    public func trimming(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard set.contains(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }
}
