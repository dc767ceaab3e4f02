import AdviesModel
import AdviesText

/// What the head of a document states about it before its text begins (GUIDE-wild §1–2):
/// letterhead and memo fields ("Datum   1 maart 2011", "Ons kenmerk" over its value,
/// "inzake   Juridische analyse …"), an address block ("Aan de Voorzitter van … / Postbus …"),
/// the masthead and dossier lines of a parliamentary paper and its "Nr. 4   TITLE". These
/// lines are facts, not text nor headings: they are claimed. A parliamentary paper's title
/// line stays, as the heading it also is, without its number label.
struct FrontMatter {
    var fields: [Field: String] = [:]
    var addressee: String?
    var masthead: String?
    /// The title of a numbered parliamentary paper ("Nr. 4").
    var paperTitle: String?
    /// Lines read as facts.
    var claimed: [Int] = []
    /// A line to keep with another text (its label taken off).
    var retitled: [(index: Int, text: String)] = []

    enum Field: String, CaseIterable {
        case date, subject, reference, addressee, sender
    }

    /// Reads the lines of the document's head: its first page, up to the first line of
    /// running text (full width, body type), and the letterhead beside it.
    init(_ body: Body, letterhead: [SourceLine], typography: Typography) {
        let firstPage = body.count > 0 ? body[0].location.page : 1
        let end = body.indices.first { index in
            let line = body[index]
            return line.location.page != firstPage
                || (!typography.isEmphasised(line.source) && line.text.count >= typography.fullLineLength * 7 / 10
                    && Self.label(of: line.text) == nil && !Self.opensAddress(line.text, body.texts(index + 1..<min(index + 5, body.count))))
        } ?? body.count
        let head = Array(0..<end)
        var index = 0
        let texts = head.map { body[$0].text } + letterhead.map(\.text)
        // The letterhead's lines are not in the body: only their facts are read.
        let inBody = head.count
        while index < texts.count {
            let text = texts[index]
            // A memo names its genre over its fields ("Notitie", then "voor", "datum", …): a label.
            if index < inBody, fields.isEmpty, Self.genreLabel.isMatch(text),
               (index + 1..<min(index + 4, inBody)).contains(where: { Self.label(of: texts[$0]) != nil }) {
                claimed.append(index)
                index += 1
                continue
            }
            // "Nota aan de Vlaamse Regering": the genre and the addressee in one label.
            if index < inBody, fields.isEmpty, addressee == nil, let match = Self.addressedGenre.firstMatch(in: text),
               let whom = match[1] {
                addressee = WrittenQuestionParser.caseTitle(String(whom)).collapsed
                claimed.append(index)
                index += 1
                continue
            }
            if let (field, value) = Self.label(of: text) {
                var found = value
                var used = [index]
                if found.isEmpty, index + 1 < texts.count, Self.label(of: texts[index + 1]) == nil {
                    found = texts[index + 1]
                    used.append(index + 1)
                }
                // A value that wraps: the next lines, set below it, until a label or a break.
                while let next = used.last.map({ $0 + 1 }), next < inBody, index < inBody, !found.isEmpty,
                      Self.label(of: texts[next]) == nil, !body[next].source.breakBefore,
                      body[next].text.first.map({ $0.isUppercase || $0.isNumber }) == false || field == .subject,
                      body[next].source.box.map({ $0.x0 > (body[index].source.box?.x0 ?? 0) + 20 }) ?? false {
                    found += " " + texts[next]
                    used.append(next)
                }
                if !found.isEmpty, fields[field] == nil { fields[field] = found.collapsed }
                claimed += used.filter { $0 < inBody }
                index = (used.last ?? index) + 1
                continue
            }
            if index < inBody, Self.opensAddress(text, Array(texts[index + 1..<min(index + 5, inBody)])) {
                var lines = [Self.addressOpening.replacing(in: text, with: "")]
                var next = index + 1
                while next < inBody, !Self.postalLine.isMatch(texts[next]), !Self.streetLine.isMatch(texts[next]),
                      next - index < 4, !body[next].source.breakBefore {
                    lines.append(texts[next])
                    next += 1
                }
                // The street and the postal line are where it goes, not whom.
                while next < inBody, Self.postalLine.isMatch(texts[next]) || Self.streetLine.isMatch(texts[next]),
                      next - index < 6 { next += 1 }
                addressee = lines.joined(separator: " ").collapsed
                claimed += Array(index..<next)
                index = next
                continue
            }
            if index < inBody, let match = Self.paperNumber.firstMatch(in: text), let rest = match[1] {
                var title = String(rest)
                var next = index + 1
                while next < inBody, body[next].source.bold == body[index].source.bold, !body[next].source.breakBefore,
                      typography.isShort(body[next].source) || body[next].text.uppercased() == body[next].text {
                    title += " " + texts[next]
                    next += 1
                }
                paperTitle = HeadingDetector.cleanTitle(title)
                retitled.append((index, paperTitle!))
                claimed += Array(index + 1..<next)
                index = next
                continue
            }
            if index < inBody, let through = masthead(at: index, body, typography: typography) {
                claimed += Array(index...through)
                index = through + 1
                continue
            }
            index += 1
        }
    }

    /// The lines a masthead holds from `index` on, to the last: the body's name set large, a
    /// session ("Vergaderjaar 2019–2020"), a chamber's number, a dossier's number and title
    /// with the lines it wraps onto. Nil when the line is none of them.
    private mutating func masthead(at index: Int, _ body: Body, typography: Typography) -> Int? {
        let line = body[index]
        // Without typography (a text export), a line among the first that is a body's name.
        let large = typography.isLarge(line.source) || (typography.bodySize == nil && index < 6)
        if large, let name = Masthead.body([line.text]) {
            masthead = masthead ?? name
            return index
        }
        if Self.sessionLine.isMatch(line.text) || (large && line.text.allSatisfy(\.isNumber)) { return index }
        guard large, Self.dossier.isMatch(line.text) else { return nil }
        var last = index
        while last + 1 < body.count, !body[last + 1].source.breakBefore,
              abs((body[last + 1].source.size ?? 0) - (line.source.size ?? 0)) < 0.5 { last += 1 }
        return last
    }

    /// The field a line opens with, and the value on the line (empty when it stands below).
    static func label(of text: String) -> (Field, String)? {
        guard let match = fieldPattern.firstMatch(in: text), let name = match[1] else { return nil }
        let value = String(text[match.range.upperBound...]).trimming(.whitespaces)
        // A memo's short labels ("voor", "van", "aan") are labels only set apart from their value.
        let short = ["voor", "van", "aan", "cc"].contains(name.lowercased())
        if short && !value.isEmpty && !(match[2].map { $0.count >= 3 || $0.contains(":") } ?? false) { return nil }
        guard let field = field(named: name.lowercased()) else { return short && value.isEmpty ? (.sender, "") : nil }
        return (field, value)
    }

    private static func field(named name: String) -> Field? {
        switch name {
        case "datum": .date
        case "onderwerp", "betreft", "inzake": .subject
        case "ons kenmerk", "kenmerk", "zaaknr", "zaaknummer", "referentie", "nummer": .reference
        case "aan", "voor": .addressee
        case "van": .sender
        default: nil
        }
    }

    /// "Datum", "Onderwerp", "Ons kenmerk", "inzake", "zaaknr", "voor", … and what separates the
    /// label from its value (a colon, a tab's gap).
    private static let fieldPattern = TextPattern(#"(?i)^(datum|onderwerp|betreft|inzake|ons kenmerk|uw kenmerk|kenmerk|zaaknr|zaaknummer|referentie|nummer|contactpersoon|telefoon|e-mail|bijlagen?|bijlage\(n\)|voor|aan|van|cc)(\s*:\s*|\s{2,}|\s|$)"#)
    private static let genreLabel = TextPattern(#"(?i)^(?:notitie|memo|memorandum|nota|brief|advies|fiche|verslag|mededeling)$"#)
    private static let addressedGenre = TextPattern(#"(?i)^(?:nota|notitie|memo|memorandum)\s+aan\s+(?:de|het)\s+(\p{L}.{2,80})$"#)
    private static let addressOpening = TextPattern(#"^Aan (?:de|het)\s+"#)

    /// "Aan de Voorzitter van …", or "Aan de leden …" over a postal line: an address, not a
    /// sentence ("Aan de hand van de cijfers …").
    private static func opensAddress(_ text: String, _ following: [String]) -> Bool {
        guard let match = addressOpening.firstMatch(in: text) else { return false }
        return text[match.range.upperBound...].first?.isUppercase == true || following.contains { postalLine.isMatch($0) }
    }
    /// A postal line ends an address block: "Postbus 20018", "2500 EA DEN HAAG", "1210 Brussel",
    /// "B-9000 Gent".
    private static let postalLine = TextPattern(#"(?i)^(?:postbus\b|\d{4}\s?[a-z]{2}\b|(?:B-)?\d{4}\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$)"#)
    /// A street and its number: "Kunstlaan 6", "Koning Albert II-laan 15 bus 3".
    private static let streetLine = TextPattern(#"^\p{Lu}[\p{L}.'’ -]{2,40}\s\d{1,4}[a-zA-Z]?(?:\s?(?:bus|/)\s?\d{1,4})?$"#)
    private static let paperNumber = TextPattern(#"^Nr\.\s*\d+\s{2,}(\S.+)$"#)
    private static let sessionLine = TextPattern(#"(?i)^(?:vergaderjaar|zitting)\s+\d{4}"#)
    /// A parliamentary dossier's number before its title: "35 538   Tijdelijke bepalingen …".
    private static let dossier = TextPattern(#"^\d{2}\s?\d{3}(?:\s[A-Z]{1,4})?\s{2,}\S"#)
}
