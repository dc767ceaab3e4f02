/// Text from documents, manifests and queries made safe for HTML: the one place the web app's
/// pages and the SVG renderers escape. Every value goes through `escape` (text and quoted
/// attributes alike); an address from a document becomes a link only through `SafeURL`.
public enum HTML {
    /// `&`, `<`, `>`, both quotes as entities; control characters (which HTML forbids and a
    /// terminal would obey) as U+FFFD. Line breaks and tabs are kept.
    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where TerminalText.needsEscape(scalar): out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A link to an address a document or manifest printed: `<a>` for web addresses and DOIs
    /// (`SafeURL`), the escaped text otherwise (a `javascript:` target is never a link).
    public static func externalLink(_ address: String?, text: String? = nil) -> String {
        guard let address else { return text.map(escape) ?? "" }
        let shown = escape(text ?? address)
        guard let safe = SafeURL.linkable(address) else { return shown }
        let target = safe.lowercased().hasPrefix("doi:") ? "https://doi.org/" + safe.dropFirst(4) : safe
        return "<a class=\"external\" href=\"\(escape(target))\" rel=\"noopener noreferrer nofollow\">\(shown)</a>"
    }

    /// A search snippet with its matched words (between `TerminalText.matchOpen` and
    /// `matchClose`) in `<mark>`, everything else escaped.
    public static func snippet(_ snippet: String) -> String {
        escape(snippet)
            .replacingOccurrences(of: TerminalText.matchOpen, with: "<mark>")
            .replacingOccurrences(of: TerminalText.matchClose, with: "</mark>")
    }

    /// A path segment or query value percent-encoded: everything but unreserved characters.
    public static func urlComponent(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
