/// The addresses a renderer writes as links: web pages (http, https) and DOIs. Anything else
/// a third-party PDF or manifest prints (`javascript:`, `file:`, `data:`) is no link: a
/// citation list, graph or page that followed it would run or open it.
public enum SafeURL {
    /// The address, trimmed, when it may be written as a link.
    public static func linkable(_ address: String?) -> String? {
        guard let address = address?.trimmingCharacters(in: .whitespaces), !address.isEmpty else { return nil }
        let lower = address.lowercased()
        guard ["http://", "https://", "doi:"].contains(where: lower.hasPrefix) else { return nil }
        // A URL holds no spaces, quotes or controls; one that does is text, not an address.
        guard !address.unicodeScalars.contains(where: { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" || $0.value == 0x7F })
        else { return nil }
        return address
    }
}
