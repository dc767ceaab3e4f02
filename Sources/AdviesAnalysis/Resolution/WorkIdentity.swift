import AdviesModel
import AdviesText
import Foundation

/// When two citations name one work, and the stable id of a work. Citations with the same
/// work key are one work; citations whose keys differ are one work when they have the same
/// creator and date and their titles agree.
public enum WorkIdentity {
    /// The creator part of a work key (`who|date|title`).
    public static func creator(ofKey key: String) -> String {
        key.split(separator: "|", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }

    /// Titles agree when, with function words left out, one holds the other's words or they
    /// share most of them ("... voor huidige doelgroep ..." / "... voor de huidige doelgroep van ...").
    public static func sameTitle(_ title: String?, _ subtitle: String?, _ otherTitle: String?, _ otherSubtitle: String?) -> Bool {
        let a = titleWords(title, subtitle), b = titleWords(otherTitle, otherSubtitle)
        return shareMost(a.count, b.count, shared: a.intersection(b).count)
    }

    /// `sameTitle` on title words given as sorted distinct ids.
    public static func agree(_ a: [Int], _ b: [Int]) -> Bool {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shareMost(a.count, b.count, shared: shared)
    }

    /// Two titles of `a` and `b` content words sharing `shared` of them agree.
    public static func shareMost(_ a: Int, _ b: Int, shared: Int) -> Bool {
        guard a >= 2, b >= 2 else { return false }
        return Double(shared) / Double(min(a, b)) >= 0.8
    }

    /// The distinct content words of a title and subtitle.
    public static func titleWords(_ title: String?, _ subtitle: String?) -> Set<String> {
        Set([title, subtitle].compactMap { $0 }.flatMap { TextNormalization.tokens($0) }
            .filter { !DutchVocabulary.functionWords.contains($0) })
    }

    /// "work:vlaamse-onderwijsraad-2017-10-12-advies-over-het-voorontwerp": creator, date and
    /// the first four title words (or the URL's last segment), folded to ASCII.
    public static func stableID(who: String, date: String?, title: String?, url: String?) -> String {
        var tokens = TextNormalization.tokens(who.folding(options: .diacriticInsensitive, locale: nil))
        if let date { tokens.append(date) }
        let titleSource = title ?? url.map { String($0.split(separator: "/").last ?? "") } ?? ""
        tokens += TextNormalization.tokens(titleSource.folding(options: .diacriticInsensitive, locale: nil)).prefix(4)
        let slug = tokens.joined(separator: "-").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        return "work:" + (slug.isEmpty ? "unnamed" : slug)
    }
}
