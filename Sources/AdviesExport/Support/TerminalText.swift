/// Text from documents, file names and manifests made safe for a terminal: control
/// characters (ESC, BEL, a stray line break in a one-line message) are shown, not obeyed.
public enum TerminalText {
    /// Control characters as visible escapes ("\u{1B}" becomes "\e", a line break "\n").
    /// `keepingLineBreaks` leaves line breaks of multi-line output alone.
    public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if keepingLineBreaks && scalar == "\n" { out.unicodeScalars.append(scalar); continue }
            guard needsEscape(scalar) else { out.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{1B}": out += "\\e"
            default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the bidirectional overrides that reorder what is shown.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Where a search snippet marks the words it matched: characters of the private use area
    /// that no document prints, turned into the terminal's bold (or nothing) after escaping.
    public static let matchOpen = "\u{E000}", matchClose = "\u{E001}"

    /// A snippet's match marks as bold on a terminal, or as brackets elsewhere.
    public static func highlighted(_ snippet: String, terminal: Bool) -> String {
        visible(snippet)
            .replacingOccurrences(of: matchOpen, with: terminal ? "\u{1B}[1m" : "[")
            .replacingOccurrences(of: matchClose, with: terminal ? "\u{1B}[0m" : "]")
    }
}
