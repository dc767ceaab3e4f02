import Foundation
import AdviesModel
import AdviesText

/// Reads the fields of one citation (GUIDE.md §6): who made it (body, council, authors), the
/// date as precise as printed, the title (up to the first sentence end after the author part)
/// and subtitle (the sentences after it, up to the date or publisher), pinpoint pages, series,
/// URL, type, and the work key.
enum CitationParser {
    static func parse(_ raw: String, site: CitationSite) -> Reference {
        if let official = OfficialCitation.parse(raw, site: site) { return official }
        var reference = Reference(site: site, type: nil, raw: raw, workKey: "")
        var rest = Substring(raw)

        // Who: a body (with the council), or an author list.
        if let (body, printed) = Organisations.leadingBody(in: raw) {
            reference.organisation = body.name
            rest = rest.dropFirst(printed.count)
            let after = String(rest)
            if let comma = Patterns.council.firstMatch(in: after), let named = comma[1], let council = Organisations.council(in: String(named)) {
                reference.council = council
                rest = Substring(after[comma.range.upperBound...])
            }
        } else if let (authors, after) = AuthorList.parse(raw) {
            reference.authors = authors
            rest = after
        }

        // When: "(2018)", "(26 juni 2025)", "(2018a)" right after the creator, or a date anywhere.
        rest = rest.drop { " .,".contains($0) }
        let afterCreator = String(rest)
        if let parenthesised = Patterns.parenthesised.firstMatch(in: afterCreator) {
            let inside = String(parenthesised[1] ?? "")
            if let date = DutchDate.first(in: inside) { reference.date = date.iso } else if let year = DutchDate.years(in: inside).first { reference.date = year.iso }
            rest = Substring(afterCreator[parenthesised.range.upperBound...])
        }
        if reference.date == nil, let date = DutchDate.all(in: String(rest)).first(where: { $0.precision == .day }) {
            reference.date = date.iso
        }

        // URL and pinpoint pages come out of the text before title and subtitle are read; so
        // does the label of a hyperlink ("...: pfile (vlaamsparlement.be)").
        var body = String(rest)
        if let label = Patterns.linkLabel.firstMatch(in: body) {
            body = String(body[..<label.range.lowerBound])
        }
        if let url = URLCollector.urls(in: body).first {
            reference.url = url
            body = body.replacingOccurrences(of: url, with: " ")
        }
        if let (pages, without) = Pinpoint.extract(from: body) {
            reference.pages = pages
            body = without
        }
        body = removeDates(from: body, keeping: reference.date)
        if raw.hasPrefix("http") || raw.hasPrefix("www.") { body = "" }

        // What: title, subtitle, series, publisher.
        var sentences = SentenceSplitter.split(body.collapsed).map(trimSentence).filter { !$0.isEmpty }
        if let first = sentences.first {
            let title = mentionTitle(first)
            let (mainTitle, series) = splitTrailingSeries(title)
            reference.title = mainTitle
            reference.series = series
            sentences.removeFirst()
        }
        var subtitle: [String] = []
        for sentence in sentences {
            if let publisher = publisher(in: sentence) {
                if reference.organisation == nil { reference.organisation = publisher.name }
                if let series = publisher.series, reference.series == nil { reference.series = series }
                break
            }
            if isSeries(sentence) {
                reference.series = reference.series ?? sentence
                break
            }
            subtitle.append(sentence)
        }
        if !subtitle.isEmpty { reference.subtitle = subtitle.joined(separator: ". ") }

        // Title "schriftelijke vraag 278 van 28 januari 2022": the date is not part of it.
        if let title = reference.title, let match = Patterns.trailingVan.firstMatch(in: title) {
            reference.title = String(title[..<match.range.lowerBound])
        }
        // OCR damage is repaired in the parsed fields; `raw` keeps what was printed.
        reference.title = reference.title.map(Organisations.correctingOCR)
        reference.subtitle = reference.subtitle.map(Organisations.correctingOCR)
        reference.series = reference.series.map(Organisations.correctingOCR)
        reference.type = type(of: reference)
        if reference.organisation == nil, reference.type == .parliamentary, !raw.lowercased().hasPrefix("decreet") {
            reference.organisation = Organisations.body(named: "Vlaams Parlement")?.name
        }
        if reference.organisation == nil, reference.type == .web, let url = reference.url {
            reference.organisation = Organisations.body(forURL: url)?.name
        }
        reference.workKey = WorkKey.make(reference)
        return reference
    }

    /// Takes every date out of the text except as separators (", 13 juni 2019." -> "").
    private static func removeDates(from text: String, keeping date: String?) -> String {
        var result = text
        for found in DutchDate.all(in: text).reversed() where found.precision == .day {
            result.replaceSubrange(found.range, with: " ")
        }
        return result
    }

    /// A sentence without trailing separators and periods; a title's "?" stays.
    private static func trimSentence(_ sentence: String) -> String {
        var text = sentence.trimming(.whitespaces)
        while let last = text.last, " .,;:".contains(last) { text.removeLast() }
        while let first = text.first, " .,;:".contains(first) { text.removeFirst() }
        return text.collapsed
    }

    /// A work mentioned in prose ("het voorontwerp van decreet over X (in de Codex ...)") is
    /// titled without its article and the remark in parentheses.
    private static func mentionTitle(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        let title = Patterns.leadingArticle.replacing(in: text, with: "")
        return Patterns.trailingRemark.replacing(in: title, with: "")
    }

    /// "Voorbij de aanloopfase van duaal leren, Leuvense Economische Standpunten 2025/226": a
    /// series named after a comma, with its number.
    private static func splitTrailingSeries(_ title: String) -> (String, String?) {
        guard let match = Patterns.trailingSeries.firstMatch(in: title), let series = match[1] else { return (title, nil) }
        return (String(title[..<match.range.lowerBound]), String(series))
    }

    /// "Antwerpen: Universiteit Antwerpen" or "SONO Research Paper, Steunpunt Onderwijsonderzoek, Gent":
    /// the publisher, and a series named before it.
    private static func publisher(in sentence: String) -> (name: String, series: String?)? {
        if let match = Patterns.placePublisher.firstMatch(in: sentence), let publisher = match[1] {
            let name = String(publisher).trimming(.whitespaces)
            return (Organisations.body(named: name)?.name ?? name, nil)
        }
        // A known body closing the sentence, perhaps with its place: "..., Steunpunt Onderwijsonderzoek, Gent".
        for body in Organisations.bodies {
            for form in [body.name] + body.aliases where form.count > 4 {
                guard let range = sentence.range(of: form, options: .backwards) else { continue }
                let after = sentence[range.upperBound...].trimming(.whitespaces)
                guard after.isEmpty || Patterns.place.isMatch(after) else { continue }
                let before = sentence[..<range.lowerBound].trimming(CharacterSet(charactersIn: " ,"))
                return (body.name, before.isEmpty ? nil : before)
            }
        }
        return nil
    }

    /// A sentence naming where a paper was presented or the series it belongs to.
    private static func isSeries(_ sentence: String) -> Bool {
        Patterns.seriesSentence.isMatch(sentence)
    }

    /// The kind of work, from what the citation says about itself.
    static func type(of reference: Reference) -> ReferenceType? {
        let text = [reference.title, reference.subtitle].compactMap { $0 }.joined(separator: " ").lowercased()
        let raw = reference.raw.lowercased()
        if reference.title == nil, reference.url != nil { return .web }
        if text.containsBytes("memorie van toelichting") || raw.containsBytes("memorie van toelichting") { return .parliamentary }
        if Patterns.parliamentary.isMatch(text) {
            return .parliamentary
        }
        if reference.organisation == "Vlaamse Onderwijsraad" { return .vlorAdvisory }
        if Patterns.legislation.isMatch(text) {
            return .legislation
        }
        if !reference.authors.isEmpty { return .research }
        if let organisation = reference.organisation, let body = Organisations.body(named: organisation) { return body.defaultType }
        if text.containsBytes("jaarrapport") || text.containsBytes("conceptnota") || text.containsBytes("rapport") { return .governmentDocument }
        return reference.organisation == nil ? nil : .governmentDocument
    }
}

/// The patterns a citation is read with.
private enum Patterns {
    static let council = TextPattern(#"^,\s*([^.(]+?)(?=\.\s|\s\(|\.$)"#)
    static let parenthesised = TextPattern(#"^\(([^)]*)\)\.?\s*"#)
    static let linkLabel = TextPattern(#":\s+[^:]*(?:\([\w.-]+\.(?:be|nl|eu|com|org)\)|\s\|\s)[^:]*$"#)
    static let trailingVan = TextPattern(#"\s+van\s*$"#)
    static let leadingArticle = TextPattern(#"^(?:het|de)\s+"#)
    static let trailingRemark = TextPattern(#"\s*\([^)]*\)\s*$"#)
    static let trailingSeries = TextPattern(#",\s+(\p{Lu}[\p{L} ]+\s\d{1,4}(?:/\d{1,4})?)$"#)
    static let placePublisher = TextPattern(#"^\p{Lu}[\p{L}\- ]{1,30}:\s+(.+)$"#)
    static let place = TextPattern(#"^,\s*\p{Lu}[\p{L}\- ]{1,30}$"#)
    static let seriesSentence = TextPattern(#"(?i)^(?:paper presented at|presented at|presentatie op|lezing op|in:|reeks|working paper|research paper)\b"#)
    static let parliamentary = TextPattern(#"^(?:schriftelijke vraag|vraag om uitleg|verslag van de (?:parlementaire )?commissie|handelingen|parlementair)"#)
    static let legislation = TextPattern(#"^(?:programmadecreet|decreet|codex|besluit|wet |omzendbrief|(?:voor)?ontwerp van decreet)"#)
}
