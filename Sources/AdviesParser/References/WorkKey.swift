import AdviesModel
import AdviesText

/// `who|date|t` (GUIDE.md §6): first author's surname or the organisation, lowercased; the
/// date or ""; the first six title tokens, or without a title the tokens of the URL's last
/// path segment.
public enum WorkKey {
    public static func make(_ reference: Reference) -> String {
        let who: String
        if let author = reference.authors.first {
            who = String(author.split(separator: ",").first ?? "").lowercased()
        } else {
            who = reference.organisation?.lowercased() ?? ""
        }
        let titleTokens: [String]
        if let title = reference.title {
            titleTokens = TextNormalization.tokens(title)
        } else if let url = reference.url {
            let path = url.split(separator: "?").first.map(String.init) ?? url
            titleTokens = TextNormalization.tokens(String(path.split(separator: "/").last ?? ""))
        } else {
            titleTokens = []
        }
        return "\(who)|\(reference.date ?? "")|\(titleTokens.prefix(6).joined(separator: " "))"
    }
}
