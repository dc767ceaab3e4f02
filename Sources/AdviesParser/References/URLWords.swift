import AdviesModel
import AdviesText

/// Words of a URL, for telling which citation it belongs to.
enum URLWords {
    private static let noise: Set<String> = ["http", "https", "www", "be", "nl", "com", "org", "eu", "html", "htm", "php",
                                             "pdf", "aspx", "sites", "default", "files", "view", "file", "id",
                                             "van", "en", "de", "het", "naar", "voor", "in", "op", "over", "met", "aan", "een"]

    /// The distinct words of the URL's path (the host names the site, not the work).
    static func words(_ url: String) -> [String] {
        let path = url.replacingOccurrences(of: "://", with: "").split(separator: "/").dropFirst().joined(separator: "/")
        var seen = Set<String>()
        return TextNormalization.tokens(path).filter { !noise.contains($0) && !$0.allSatisfy(\.isNumber) && seen.insert($0).inserted }
    }

    struct Score {
        var matched: Int
        var share: Double
    }

    /// How many of the URL's words the text repeats, and what share (a word matches its longer
    /// or shorter form: "jaarrapport" / "jaarrapporten").
    static func score(url: String, words text: [String]) -> Score {
        let urlWords = words(url)
        guard !urlWords.isEmpty else { return Score(matched: 0, share: 0) }
        let matched = urlWords.filter { word in
            text.contains { $0 == word || (min($0.count, word.count) >= 5 && ($0.hasPrefix(word) || word.hasPrefix($0))) }
        }.count
        return Score(matched: matched, share: Double(matched) / Double(urlWords.count))
    }

    /// A body whose full name the URL spells ("jaarrapport-vlaams-partnerschap-duaal-leren").
    static func body(in url: String) -> String? {
        let joined = words(url).joined(separator: " ")
        return Organisations.bodies.first { body in
            let name = TextNormalization.tokens(body.name).joined(separator: " ")
            return name.split(separator: " ").count >= 2 && joined.contains(name)
        }?.name
    }
}
