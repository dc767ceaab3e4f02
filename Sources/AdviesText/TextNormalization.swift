import Foundation

/// The comparison forms of GUIDE.md §9 and the whitespace rule of §2.
public enum TextNormalization {
    /// Lowercase, every character that is not a Unicode letter or digit deleted.
    public static func norm(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: asciiNormBytes(text), as: UTF8.self) }
        return String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter(isLetterOrDigit)))
    }

    /// `norm` of ASCII text as bytes: letters lower-cased, digits kept, the rest dropped.
    public static func asciiNormBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
            default: continue
            }
        }
        return bytes
    }

    /// Lowercase, split on every character that is not a letter or digit, empty tokens dropped.
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if isLetterOrDigit(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// Whitespace runs collapsed to one space, trimmed.
    public static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isSpace }).joined(separator: " ")
    }

    /// Jaccard overlap of two token sets.
    public static func jaccard(_ a: String, _ b: String) -> Double {
        let x = Set(tokens(a)), y = Set(tokens(b))
        if x.isEmpty && y.isEmpty { return 1 }
        return Double(x.intersection(y).count) / Double(x.union(y).count)
    }

    /// Letters (L*) and numbers (N*), as Python's `str.isalnum` sees them.
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// This string with whitespace runs collapsed and trimmed.
    public var collapsed: String { TextNormalization.collapseWhitespace(self) }
}
