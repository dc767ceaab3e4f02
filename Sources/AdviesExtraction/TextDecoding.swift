import AdviesModel
import AdviesText
import Foundation

/// Turns the bytes of a text file into a String: UTF-8 (with or without BOM), UTF-16 (with or
/// without BOM), else Windows-1252/Latin-1, decided by evidence (`UTF8Evidence`). Binary data
/// is refused; stray control characters (NUL and friends) are dropped and reported.
enum TextDecoding {
    struct Decoded {
        var text: String
        var encoding: String
        var diagnostics: [Diagnostic]
    }

    static func decode(_ data: Data) throws(ExtractionError) -> Decoded {
        var diagnostics: [Diagnostic] = []
        var bytes = [UInt8](data)
        let text: String
        let encoding: String
        var replaced = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            (text, encoding, replaced) = decodeUTF8OrLegacy(bytes, marked: true)
        } else if let utf16 = utf16Order(bytes) {
            text = decodeUTF16(bytes, littleEndian: utf16.littleEndian, skipBOM: utf16.hasBOM)
            encoding = utf16.littleEndian ? "utf-16le" : "utf-16be"
        } else {
            if looksBinary(bytes.prefix(65_536)) { throw .binary }
            (text, encoding, replaced) = decodeUTF8OrLegacy(bytes, marked: false)
        }
        if encoding != "utf-8" {
            diagnostics.append(Diagnostic(.info, .encodingConverted, "read as \(encoding) and converted to UTF-8"))
        }
        if replaced > 0 {
            // The schema's closed list of codes has no other for it: a repair of the encoding.
            diagnostics.append(Diagnostic(.warning, .encodingConverted,
                                          "\(replaced) byte(s) not valid in UTF-8 replaced by U+FFFD (the rest read as UTF-8)"))
        }
        let (clean, removed) = removeControlCharacters(text)
        if removed > 0 {
            diagnostics.append(Diagnostic(.warning, .controlCharactersRemoved,
                                          "\(removed) control character(s) (NUL and the like) removed"))
        }
        return Decoded(text: clean, encoding: encoding, diagnostics: diagnostics)
    }

    /// UTF-8 when the bytes are, or when the evidence says UTF-8 with a few bad bytes (which
    /// become U+FFFD, counted in `replaced`); Windows-1252 otherwise. A byte-order mark is UTF-8's
    /// own: such a file is never re-read as another encoding.
    private static func decodeUTF8OrLegacy(_ bytes: [UInt8], marked: Bool) -> (text: String, encoding: String, replaced: Int) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, "utf-8", 0) }
        let evidence = UTF8Evidence(bytes)
        if marked || evidence.isUTF8 { return (String(decoding: bytes, as: UTF8.self), "utf-8", evidence.invalidBytes) }
        return (decodeWindows1252(bytes), "windows-1252", 0)
    }

    /// Byte order of UTF-16 text, from a BOM or from the pattern of zero bytes ASCII leaves.
    private static func utf16Order(_ bytes: [UInt8]) -> (littleEndian: Bool, hasBOM: Bool)? {
        if bytes.starts(with: [0xFF, 0xFE]) { return (true, true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (false, true) }
        let sample = bytes.prefix(4096)
        guard sample.count >= 8 else { return nil }
        var zeroEven = 0, zeroOdd = 0
        for (i, b) in sample.enumerated() where b == 0 {
            if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
        }
        let half = sample.count / 2
        if zeroOdd * 10 > half * 6 && zeroEven * 10 < half { return (true, false) }
        if zeroEven * 10 > half * 6 && zeroOdd * 10 < half { return (false, false) }
        return nil
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool, skipBOM: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = skipBOM ? 2 : 0
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Bytes 0x80–0x9F in Windows-1252; the rest of the high half is Latin-1.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// True when more than a tenth of the bytes are control characters no text file holds.
    static func looksBinary<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard !bytes.isEmpty else { return false }
        var control = 0
        for b in bytes where (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F {
            control += 1
        }
        return control * 10 > bytes.count
    }

    /// Drops C0 control characters other than tab, newline, carriage return and form feed.
    private static func removeControlCharacters(_ text: String) -> (String, Int) {
        var removed = 0
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C) || v == 0x7F {
                removed += 1
            } else {
                scalars.append(s)
            }
        }
        return (removed == 0 ? text : String(scalars), removed)
    }
}
