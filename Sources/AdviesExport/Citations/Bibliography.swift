import AdviesModel
import AdviesText
import Foundation

/// Citation lists in the styles researchers paste or import: APA (Dutch), BibTeX, RIS and
/// CSL-JSON. Items are deduplicated by id and sorted by creator and date.
public enum Bibliography {
    public static func render(_ items: [CitableItem], style: CitationStyle) -> String {
        var seen = Set<String>()
        let unique = items.filter { seen.insert($0.id).inserted }.map(\.withoutControlCharacters).sorted { $0.sortKey < $1.sortKey }
        switch style {
        case .apa: return unique.map(apa).joined(separator: "\n")
        case .bibtex:
            // Keys must be unique: a second "vlor2018advies" becomes "vlor2018advies-b".
            var used: [String: Int] = [:]
            return unique.map { item in
                let key = bibtexKey(item)
                used[key, default: 0] += 1
                let count = used[key]!
                return bibtex(item, key: count == 1 ? key : key + "-" + String(UnicodeScalar(UInt8(96 + min(count, 26)))))
            }.joined(separator: "\n\n")
        case .ris: return unique.map(ris).joined(separator: "\n")
        case .cslJSON: return cslJSON(unique)
        }
    }

    // MARK: - APA (Dutch)

    /// "Vlaamse Onderwijsraad, Raad Secundair Onderwijs. (2019, 13 juni). *Title: Subtitle*. URL"
    public static func apa(_ item: CitableItem) -> String {
        var parts: [String] = []
        let creator: String
        if !item.authors.isEmpty {
            creator = apaAuthors(item.authors)
        } else if item.isParliamentary {
            creator = (item.organisation ?? "Vlaams Parlement") + "."
        } else {
            creator = (item.corporateAuthor ?? item.title) + "."
        }
        parts.append(creator)
        parts.append("(\(apaDate(item.dateParts))).")
        var title = "*\(fullTitle(item))*"
        if item.isWrittenQuestion {
            var label = "Schriftelijke vraag"
            if let number = item.number { label += " nr. \(number)" }
            if let asker = item.askedBy { label += " van \(asker)" }
            if let addressee = item.addressedTo { label += " aan \(addressee)" }
            title += " [\(label)]"
        } else if let series = item.series {
            title += " (\(series))"
        }
        parts.append(title + ".")
        if let publisher = item.publisher, publisher != item.organisation { parts.append(publisher + ".") }
        if let url = SafeURL.linkable(item.url) { parts.append(url) }
        return parts.joined(separator: " ")
    }

    private static func apaAuthors(_ authors: [String]) -> String {
        let names = authors.map { $0.hasSuffix(".") ? $0 : $0 + "." }
        guard names.count > 1 else { return names[0] }
        return names.dropLast().joined(separator: ", ") + ", & " + names.last!
    }

    private static func apaDate(_ parts: [Int]) -> String {
        switch parts.count {
        case 3: return "\(parts[0]), \(parts[2]) \(DutchVocabulary.months[parts[1] - 1])"
        case 2: return "\(parts[0]), \(DutchVocabulary.months[parts[1] - 1])"
        case 1: return "\(parts[0])"
        default: return "z.d."
        }
    }

    private static func fullTitle(_ item: CitableItem) -> String {
        guard let subtitle = item.subtitle, !subtitle.isEmpty else { return item.title }
        return item.title.hasSuffix("?") ? "\(item.title) \(subtitle)" : "\(item.title): \(subtitle)"
    }

    // MARK: - BibTeX

    /// `@techreport` for advisories and reports (institution), `@misc` for written questions,
    /// legislation and web pages. Special characters are escaped so that every field's braces
    /// balance as BibTeX counts them; URLs (http, https, DOI only) are left as they are.
    public static func bibtex(_ item: CitableItem, key: String? = nil) -> String {
        let entryType = (item.isWrittenQuestion || item.type == .legislation || item.type == .web) ? "misc" : "techreport"
        var fields: [(String, String)] = []
        if !item.authors.isEmpty {
            fields.append(("author", item.authors.map(bibtexEscape).joined(separator: " and ")))
        } else if let corporate = item.isParliamentary ? item.organisation ?? "Vlaams Parlement" : item.corporateAuthor {
            fields.append(("author", "{" + bibtexEscape(corporate) + "}"))
        }
        fields.append(("title", "{" + bibtexEscape(fullTitle(item)) + "}"))
        if entryType == "techreport" {
            fields.append(("institution", bibtexEscape(item.publisher ?? item.organisation ?? item.corporateAuthor ?? "")))
            if let genre = item.genre { fields.append(("type", genre)) }
        } else if item.isWrittenQuestion {
            fields.append(("howpublished", bibtexEscape("Schriftelijke vraag" + (item.number.map { " nr. \($0)" } ?? ""))))
            fields.append(("organization", bibtexEscape(item.organisation ?? "Vlaams Parlement")))
        }
        if let series = item.series { fields.append(("series", bibtexEscape(series))) }
        let parts = item.dateParts
        if let year = parts.first { fields.append(("year", "\(year)")) }
        if parts.count >= 2 { fields.append(("month", "\(parts[1])")) }
        if let date = item.date { fields.append(("date", date)) }
        if let url = SafeURL.linkable(item.url) { fields.append(("url", url)) }
        let body = fields.filter { !$0.1.isEmpty }.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
        return "@\(entryType){\(key ?? bibtexKey(item)),\n\(body)\n}"
    }

    /// Escapes what BibTeX reads as markup; braces are escaped so that every field's braces
    /// balance.
    public static func bibtexEscape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\textbackslash{}"
            // BibTeX counts braces even after a backslash: a lone "}" would end the field.
            case "{": out += "\\textbraceleft{}"
            case "}": out += "\\textbraceright{}"
            case "%", "&", "#", "$", "_": out += "\\\(c)"
            case "~": out += "\\textasciitilde{}"
            case "^": out += "\\textasciicircum{}"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// "vlaamseonderwijsraad2019drempels": creator, year, first title word, ASCII only.
    public static func bibtexKey(_ item: CitableItem) -> String {
        let creator = item.authors.first.map { String($0.split(separator: ",").first ?? "") } ?? item.organisation ?? "anon"
        let word = TextNormalization.tokens(item.title).first { $0.count > 3 } ?? "werk"
        let year = item.dateParts.first.map(String.init) ?? "zd"
        let key = (TextNormalization.norm(creator) + year + word).folding(options: .diacriticInsensitive, locale: nil)
        return String(key.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }

    // MARK: - RIS

    /// `TY  - RPRT` for advisories and reports, `GOVDOC` for written questions and legislation,
    /// `ELEC` for web pages. One tag per line; a value never spans lines.
    public static func ris(_ item: CitableItem) -> String {
        let type = item.isParliamentary || item.type == .legislation ? "GOVDOC" : (item.type == .web ? "ELEC" : "RPRT")
        var lines = ["TY  - \(type)"]
        func add(_ tag: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("\(tag)  - " + value.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " "))
        }
        if item.authors.isEmpty {
            add("AU", item.isParliamentary ? item.organisation ?? "Vlaams Parlement" : item.corporateAuthor)
        } else {
            for author in item.authors { add("AU", author) }
        }
        add("TI", fullTitle(item))
        let parts = item.dateParts
        if let year = parts.first { add("PY", "\(year)") }
        if !parts.isEmpty {
            add("DA", parts.map { String(format: "%02d", $0) }.joined(separator: "/") + String(repeating: "/", count: 4 - parts.count))
        }
        add("PB", item.publisher ?? item.organisation)
        add("T3", item.series)
        if item.isWrittenQuestion { add("M1", item.number.map { "Schriftelijke vraag nr. \($0)" }) }
        add("UR", SafeURL.linkable(item.url))
        add("ID", item.id)
        lines.append("ER  - ")
        return lines.joined(separator: "\n")
    }

    // MARK: - CSL-JSON

    /// CSL-JSON: type `report` (with a genre) for advisories, reports and written questions,
    /// `legislation` for legislation, `webpage` for web pages; `issued` as precise as known.
    public static func cslJSON(_ items: [CitableItem]) -> String {
        let objects: [[String: Any]] = items.map { item in
            var object: [String: Any] = ["id": item.id, "title": fullTitle(item)]
            object["type"] = item.type == .legislation ? "legislation" : (item.type == .web ? "webpage" : "report")
            if item.isWrittenQuestion {
                object["genre"] = "Schriftelijke vraag"
                if let number = item.number { object["number"] = number }
            } else if let genre = item.genre {
                object["genre"] = genre
            }
            if item.authors.isEmpty {
                let corporate = item.isParliamentary ? item.organisation ?? "Vlaams Parlement" : item.corporateAuthor
                if let corporate { object["author"] = [["literal": corporate]] }
            } else {
                object["author"] = item.authors.map { author -> [String: String] in
                    let parts = author.split(separator: ",", maxSplits: 1).map { $0.trimming(.whitespaces) }
                    return parts.count == 2 ? ["family": parts[0], "given": parts[1]] : ["literal": author]
                }
            }
            if !item.dateParts.isEmpty { object["issued"] = ["date-parts": [item.dateParts]] }
            if let publisher = item.publisher ?? item.organisation { object["publisher"] = publisher }
            if let series = item.series { object["collection-title"] = series }
            if let url = SafeURL.linkable(item.url) { object["URL"] = url }
            return object
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// What the styles ask of an item.
extension CitableItem {
    /// The corporate author: "Vlaamse Onderwijsraad, Raad Secundair Onderwijs".
    var corporateAuthor: String? {
        guard let organisation else { return nil }
        guard let council, council != organisation else { return organisation }
        return "\(organisation), \(council)"
    }

    /// Year, month and day as far as known.
    var dateParts: [Int] {
        (date ?? "").split(separator: "-").compactMap { Int($0) }
    }

    /// The key citation lists sort by: creator, then date, then title.
    var sortKey: String {
        let creator = authors.first ?? corporateAuthor ?? title
        return [TextNormalization.norm(creator), date ?? "9999", TextNormalization.norm(title)].joined(separator: "|")
    }

    var isWrittenQuestion: Bool { documentKind == .writtenQuestion }

    var isParliamentary: Bool { isWrittenQuestion || type == .parliamentary }

    /// The genre a citation names: "Advies", "Brief", ...; nil for works of no such kind.
    var genre: String? {
        switch documentKind {
        case .advisory?: "Advies"
        case .writtenQuestion?: "Schriftelijke vraag"
        case .letter?: "Brief"
        case .note?: "Nota"
        case .report?: "Rapport"
        case .unknown?, nil: type == .vlorAdvisory || type == .advisory ? "Advies" : nil
        }
    }

    /// The item with control characters (a line break, an ESC from a PDF) as spaces: no
    /// style has a place for them, and a terminal or reference manager would act on them.
    var withoutControlCharacters: CitableItem {
        func clean(_ text: String) -> String {
            guard text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return text }
            return String(String.UnicodeScalarView(text.unicodeScalars.map {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : $0
            }))
        }
        var item = self
        item.authors = authors.map(clean)
        item.organisation = organisation.map(clean)
        item.council = council.map(clean)
        item.title = clean(title)
        item.subtitle = subtitle.map(clean)
        item.publisher = publisher.map(clean)
        item.series = series.map(clean)
        item.number = number.map(clean)
        item.askedBy = askedBy.map(clean)
        item.addressedTo = addressedTo.map(clean)
        item.url = url.map(clean)
        return item
    }
}
