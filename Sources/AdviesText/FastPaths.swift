import Foundation

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte in UTF-8 (`memchr` for the first byte, `memcmp` for the rest).
    /// Foundation's `contains` goes through NSString and CFStringFind, which was the parser's
    /// hot spot: it asks many small questions of every sentence. For the words the parser
    /// looks for (already lower-cased or folded alike on both sides) the answers are the same.
    public func containsBytes(_ needle: some StringProtocol) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { n in Self.search(h, n) }
        }
        if let found, let found { return found }
        return Array(utf8).withUnsafeBufferPointer { h in Array(needle.utf8).withUnsafeBufferPointer { n in Self.search(h, n) } }
    }

    private static func search(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        guard let h = haystack.baseAddress, let n = needle.baseAddress else { return false }
        let first = Int32(n.pointee), last = haystack.count - needle.count
        var offset = 0
        while offset <= last {
            guard let hit = memchr(h + offset, first, last - offset + 1) else { return false }
            let at = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(h + at, n, needle.count) == 0 { return true }
            offset = at + 1
        }
        return false
    }
}

extension Character {
    /// `isWhitespace`, with ASCII answered without the Unicode property tables (a lookup per
    /// character that showed up in every profile of the parser).
    @inlinable public var isSpace: Bool {
        if let ascii = asciiValue { return ascii == 32 || (9...13).contains(ascii) }
        return isWhitespace
    }
}
