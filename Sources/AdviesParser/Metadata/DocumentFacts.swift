import AdviesModel
import AdviesText

/// Facts the running text states about its own document, in the formulas of the genre:
/// "Dit advies, gedateerd 19 augustus 2020, no. W13.20.0254/III", "advies … d.d. <date>",
/// "heeft <requester>, …, bij de Afdeling … aanhangig gemaakt", "U heeft ons gevraagd …"; and
/// the place and day on a line of their own at the head or the foot ("Brussel, 12 maart 2024").
enum DocumentFacts {
    struct Found {
        var date: String?
        var referenceNumber: String?
        var requester: String?
        /// The text says the addressee asked for it ("U heeft ons gevraagd").
        var askedByAddressee = false
    }

    /// Reads the first `limit` lines' text.
    static func read(_ texts: [String], limit: Int = 80) -> Found {
        let text = texts.prefix(limit).joined(separator: " ").collapsed
        var found = Found()
        if let match = dated.firstMatch(in: text), let date = match[1] {
            found.date = DutchDate.first(in: String(date))?.iso
            found.referenceNumber = match[2].map(String.init)
        } else if let match = dayDated.firstMatch(in: text), let date = match[1] {
            found.date = DutchDate.first(in: String(date))?.iso
        } else if let line = (texts.prefix(limit) + texts.suffix(40)).first(where: placeDated.isMatch) {
            found.date = DutchDate.first(in: line)?.iso
        }
        found.requester = pending.firstMatch(in: text).flatMap { $0[1] }.map { String($0).trimming(.whitespaces) }
        found.askedByAddressee = askedByYou.isMatch(text)
        return found
    }

    private static let date = #"(\d{1,2}\s+\p{Ll}+\s+\d{4})"#
    private static let dated = TextPattern(#"(?:advies|brief|nota|rapport),?\s+gedateerd\s+"# + date + #"(?:,?\s+(?:no\.|nr\.)\s?([A-Z]{0,4}[\w./-]*\d[\w./-]*\w))?"#)
    private static let dayDated = TextPattern(#"(?:advies|brief|nota)\b[^.]{0,80}?\bd\.d\.\s+"# + date)
    /// "Brussel, 12 maart 2024", "Den Haag, 3 maart 2021": a town, a comma, the day.
    private static let placeDated = TextPattern(#"^\p{Lu}[\p{L}'’. -]{1,30},\s+(?:(?:de|op)\s+)?\d{1,2}\s+\p{Ll}+\s+\d{4}\.?$"#)
    private static let pending = TextPattern(#"\bheeft\s+(\p{Lu}[^.]{3,160}?),?\s+bij\s+(?:de|het)\s+[^.]{3,80}?\s(?:ter overweging\s+)?aanhangig gemaakt"#)
    private static let askedByYou = TextPattern(#"\b(?:U heeft (?:ons|mij) gevraagd|Op uw verzoek|U vroeg (?:ons|mij))\b"#)
}
