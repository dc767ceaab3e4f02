import Foundation
import AdviesModel
import AdviesText

/// The formal citation styles of Dutch and Flemish official texts (docs/references.md), read
/// into the fields of GUIDE.md §6 and GUIDE-wild §4: an advice of a body ("advies van de
/// Afdeling advisering van de Raad van State van 21 november 2019, nr. W16.19.0159/II"), a
/// letter to parliament by its date, a document named by its noun and date ("juridische
/// analyse ... van 12 augustus 2020"), parliamentary papers ("Kamerstukken II 2019/20, 25295,
/// nr. 277"), gazettes, EU acts, an article of a law ("Artikel 6, eerste lid, AVG"), case
/// law (ECLI), a body with its acronym before a comma-separated citation, and a document's
/// short name with a pinpoint ("DPIA, p. 13"). Other citations are left to `CitationParser`.
enum OfficialCitation {
    /// The text opens a citation in one of the styles.
    static func recognises(_ text: String) -> Bool {
        read(withoutArticle(text)) != nil
    }

    /// The text opens with a parliamentary paper's identifier ("Kamerstukken II 2020/21, ..."):
    /// a sentence before it that cites nothing is the paper's title.
    static func opensWithPaper(_ text: String) -> Bool {
        ReferenceLexicon.houses.contains {
            Patterns.mayHold(text, prefix: $0.prefix)
                && Patterns.paper($0.prefix).firstMatch(in: text)?.range.lowerBound == text.startIndex
        }
    }

    static func parse(_ raw: String, site: CitationSite) -> Reference? {
        guard var reference = read(withoutArticle(raw)) else { return nil }
        reference.site = site
        reference.raw = raw
        reference.title = reference.title.map { $0.trimming(CharacterSet(charactersIn: " ,.;")) }
        reference.workKey = WorkKey.make(reference)
        return reference
    }

    /// "de het advies" (a slip) and "de Kamerbrief": the article is not part of the citation.
    static func withoutArticle(_ text: String) -> String {
        var text = text
        while let match = Patterns.article.firstMatch(in: text) { text = String(text[match.range.upperBound...]) }
        return text
    }

    private static func read(_ text: String) -> Reference? {
        // Every style but a body named with its acronym carries a number or a year: a sentence
        // without a digit is spared the other patterns (each a scan of the whole text).
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return bodyWithAcronym(text) }
        return caseLaw(text) ?? advice(text) ?? letter(text) ?? euAct(text) ?? article(text) ?? namedDocument(text)
            ?? parliamentary(text) ?? gazette(text) ?? bodyWithAcronym(text) ?? shortName(text)
    }

    // MARK: - Styles

    /// "ECLI:NL:RVS:2020:1234", "ABRvS 12 mei 2020, ECLI:...": the identifier is the title.
    private static func caseLaw(_ text: String) -> Reference? {
        guard text.contains("ECLI:"), let id = Patterns.ecli.firstMatch(in: text), text.distance(from: text.startIndex, to: id.range.lowerBound) <= 40 else { return nil }
        var reference = blank(text, type: .caseLaw)
        reference.title = String(id[0]!).trimming(CharacterSet(charactersIn: ".,"))
        let before = String(text[..<id.range.lowerBound])
        reference.organisation = ReferenceLexicon.courts.first { before.hasPrefix($0.printed + " ") || before.hasPrefix($0.printed + ",") }?.name
        reference.date = dayDate(in: before)
        return reference
    }

    /// "advies van de AP van 7 augustus 2020, «Titel»" or "Advies van 6 april 2020 n.a.v. 63e OMT":
    /// the advice number, else the quoted title, else the words after the date, is the title.
    private static func advice(_ text: String) -> Reference? {
        guard let match = Patterns.advice.firstMatch(in: text), let date = DutchDate.all(in: String(match[0]!)).last else { return nil }
        var reference = blank(text, type: .advisory)
        reference.date = date.iso
        let author = match[1].map { String($0).trimming(.whitespaces) } ?? ""
        let after = String(text[match.range.upperBound...])
        if let number = Patterns.adviceNumber.firstMatch(in: after) {
            reference.title = String(number[0]!)
        } else if let quoted = quotedTitle(in: after) {
            reference.title = quoted
        } else {
            reference.title = "Advies " + (after.components(separatedBy: ", ").first ?? "").trimming(.whitespaces)
        }
        if let body = Organisations.body(named: author) {
            reference.organisation = body.name
        } else if author.first?.isUppercase == true {
            reference.organisation = author
        } else {
            // A body the title names ("n.a.v. 63e OMT COVID-19") gave the advice.
            reference.organisation = reference.title.flatMap { title in
                title.split(separator: " ").lazy.compactMap { Organisations.body(named: String($0)) }.first?.name
            }
        }
        if reference.organisation == "Vlaamse Onderwijsraad" { reference.type = .vlorAdvisory }
        reference.pages = pinpoints(after)
        return reference
    }

    /// "Kamerbrief van 3 maart 2021, «Planning van het schoolvervoer», kenmerk ..., p. 2".
    private static func letter(_ text: String) -> Reference? {
        guard let (_, house) = ReferenceLexicon.letters.first(where: { text.hasPrefix($0.word + " van ") }),
              let date = DutchDate.first(in: text), date.precision == .day,
              text.distance(from: text.startIndex, to: date.range.lowerBound) < 40 else { return nil }
        var reference = blank(text, type: .parliamentary)
        reference.organisation = house
        reference.date = date.iso
        let after = String(text[date.range.upperBound...])
        reference.title = quotedTitle(in: after)
        reference.pages = pinpoints(after)
        return reference
    }

    /// "Verordening (EU) Nr. 648/2012 van het Europees Parlement en de Raad van 4 juli 2012
    /// betreffende ...": the act up to its publication is the title.
    private static func euAct(_ text: String) -> Reference? {
        guard Patterns.euActAtStart.isMatch(text) else { return nil }
        var reference = blank(text, type: .euDocument)
        var title = (SentenceSplitter.split(text).first ?? text).trimming(CharacterSet(charactersIn: " ."))
        // "(PbEU 2010, L331)" publishes it; remarks after that ("(Comitologieverordening)") are no title.
        if let journal = Patterns.journalInParentheses.firstMatch(in: title) {
            reference.series = String(journal[1]!)
            title = String(title[..<journal.range.lowerBound])
        }
        reference.title = title
        reference.date = dayDate(in: title)
        return reference
    }

    /// "Artikel 6, eerste lid, onder c, Wpg.", "Artikel 10 Grondwet", "art. 7 AVG en overw. 32":
    /// the law is the title, the article the pinpoint.
    private static func article(_ text: String) -> Reference? {
        guard let head = Patterns.articleWithPartsAtStart.firstMatch(in: text) else { return nil }
        let after = text[head.range.upperBound...].drop { " ,".contains($0) }
        guard let lawMatch = Patterns.law.firstMatch(in: String(after)), var law = lawMatch[1].map(String.init) else { return nil }
        // A PDF that drops the space before "en artikel" glues them: "AVGen artikel 9".
        if law.hasSuffix("en"), law.dropLast(2).allSatisfy(\.isUppercase), law.count > 3, after.dropFirst(law.count).hasPrefix(" artikel") {
            law = String(law.dropLast(2))
        }
        var reference = blank(text, type: ReferenceLexicon.euLaws.contains(law) ? .euDocument : .legislation)
        reference.title = law
        reference.pages = String(head[0]!).trimming(CharacterSet(charactersIn: " ,"))
        return reference
    }

    /// "juridische analyse van het advies van de AP van 12 augustus 2020, ...", "«Ethische
    /// analyse ...» van 14 juli 2020": a document named by its noun or quoted title, and its date.
    private static func namedDocument(_ text: String) -> Reference? {
        guard let match = Patterns.namedDocument.firstMatch(in: text), let name = match[1],
              let date = DutchDate.first(in: String(match[2]!)), date.precision == .day else { return nil }
        var title = String(name).trimming(.whitespaces)
        if let quoted = quotedTitle(in: title) { title = quoted }
        guard isDocumentName(title) || name.hasPrefix("«") else { return nil }
        let lower = title.lowercased()
        var reference = blank(text, type: lower.containsBytes("advies") || lower.containsBytes("analyse") ? .advisory : .governmentDocument)
        reference.title = title
        reference.date = date.iso
        reference.pages = pinpoints(String(text[match.range.upperBound...]))
        return reference
    }

    /// "BNC-fiche ..., Kamerstukken II 2020/21, 22 112 nr. 2953": the identifier is the title,
    /// the house the organisation, what precedes it the subtitle. Papers an annex is printed in
    /// ("Bijlage ... bij Kamerstukken II ...") are its host, not the work.
    private static func parliamentary(_ text: String) -> Reference? {
        for (prefix, house) in ReferenceLexicon.houses {
            guard Patterns.mayHold(text, prefix: prefix), let match = Patterns.paper(prefix).firstMatch(in: text) else { continue }
            let before = String(text[..<match.range.lowerBound]).trimming(CharacterSet(charactersIn: " ,.;"))
            if before.lowercased().hasSuffix(" bij") || before.lowercased() == "bij" { return nil }
            var reference = blank(text, type: .parliamentary)
            reference.organisation = house
            reference.title = String(match[1]!).trimming(CharacterSet(charactersIn: " ,."))
            if !before.isEmpty { reference.subtitle = before }
            reference.date = dayDate(in: before)
            reference.pages = pinpoints(String(text[match.range.upperBound...]))
            return reference
        }
        return nil
    }

    /// "Stb. 2020, 118", "BS 12 maart 2019": the gazette publishes it; the number is the title.
    private static func gazette(_ text: String) -> Reference? {
        for (prefix, name) in ReferenceLexicon.gazettes {
            guard text.hasPrefix(Patterns.literalHead(prefix)), let match = Patterns.gazette(prefix).firstMatch(in: text),
                  match.range.lowerBound == text.startIndex else { continue }
            var reference = blank(text, type: .legislation)
            reference.organisation = name
            reference.title = String(match[1]!).trimming(CharacterSet(charactersIn: " ,."))
            reference.date = dayDate(in: reference.title ?? "")
            return reference
        }
        return nil
    }

    /// "Europees Comité voor gegevensbescherming (EDPB), Richtsnoeren 04/2020 ..., 21 april
    /// 2020, paragraaf 29.": a body as printed, then title, date, series and pinpoint by commas.
    private static func bodyWithAcronym(_ text: String) -> Reference? {
        let body: String
        let rest: String
        if let match = Patterns.bodyAcronym.firstMatch(in: text) {
            body = String(match[1]!)
            rest = String(text[match.range.upperBound...])
        } else if let (known, printed) = Organisations.leadingBody(in: text), known.defaultType == .euDocument,
                  text.dropFirst(printed.count).hasPrefix(", ") {
            body = known.name
            rest = String(text.dropFirst(printed.count + 2))
        } else {
            return nil
        }
        let parts = rest.components(separatedBy: ", ")
        guard let first = parts.first, first.first?.isUppercase == true else { return nil }
        var reference = blank(text, type: body.hasPrefix("Europe") ? .euDocument : Organisations.body(named: body)?.defaultType ?? .governmentDocument)
        reference.organisation = body
        // The title runs to the first part that is a date, a journal number or a pinpoint.
        var title: [String] = []
        for part in parts {
            if DutchDate.first(in: part)?.range.lowerBound == part.startIndex || Patterns.journal.isMatch(part)
                || Patterns.pinpoint.isMatch(part) { break }
            title.append(part)
        }
        reference.title = title.joined(separator: ", ")
        reference.date = dayDate(in: rest)
        reference.series = Patterns.journal.firstMatch(in: rest).map { String($0[0]!) }
        reference.pages = pinpoints(rest)
        return reference
    }

    /// "DPIA, p. 13.": a document cited before by its short name, with a pinpoint.
    private static func shortName(_ text: String) -> Reference? {
        guard let match = Patterns.shortName.firstMatch(in: text) else { return nil }
        var reference = blank(text, type: .governmentDocument)
        reference.title = String(match[1]!)
        reference.pages = pinpoints(String(text[match.range(1)!.upperBound...]))
        return reference
    }

    // MARK: - Parts

    private static func blank(_ text: String, type: ReferenceType) -> Reference {
        Reference(site: .body, type: type, raw: text, workKey: "")
    }

    private static func dayDate(in text: String) -> String? {
        DutchDate.all(in: text).first { $0.precision == .day }?.iso
    }

    /// «Titel» (the closing mark is sometimes lost: then up to the pinpoint or the annex).
    static func quotedTitle(in text: String) -> String? {
        Patterns.quoted.firstMatch(in: text).map { String($0[1]!).trimming(CharacterSet(charactersIn: " ,")) }
    }

    /// A name whose head noun names a document ("juridische analyse", "Gegevensbeschermingseffectbeoordeling").
    private static func isDocumentName(_ name: String) -> Bool {
        let words = name.split(separator: " ").prefix(3).map { $0.lowercased().trimming(.punctuationCharacters) }
        return words.contains { word in ReferenceLexicon.documentNouns.contains { word.hasSuffix($0) } }
    }

    /// The pinpoint parts of a citation's tail ("paragraaf 3.6, p. 8"), up to the annex it is in.
    static func pinpoints(_ tail: String) -> String? {
        var found: [String] = []
        for raw in tail.components(separatedBy: ", ") {
            let part = raw.trimming(CharacterSet(charactersIn: " .;"))
            if part.lowercased().hasPrefix("bijlage bij") { break }
            guard Patterns.pinpoint.isMatch(part) else {
                if !found.isEmpty { break } else { continue }
            }
            if let page = Patterns.page.firstMatch(in: part) { found.append(String(page[0]!)) } else { found.append(part) }
        }
        return found.isEmpty ? nil : found.joined(separator: ", ")
    }
}

private enum Patterns {
    static let article = TextPattern(#"^(?:de|het)\s+(?=\S)"#)
    static let ecli = TextPattern(ReferenceLexicon.ecli)
    static let advice = TextPattern(#"^[Aa]dvies\s+(?:van\s+(?:de\s+|het\s+)?((?:(?!\s+van\s+\d).){2,80}?)\s+)?van\s+\d{1,2}\s+\p{L}+\s+\d{4}"#)
    static let adviceNumber = TextPattern(ReferenceLexicon.adviceNumber)
    static let journal = TextPattern(ReferenceLexicon.journal)
    static let journalInParentheses = TextPattern(#"\s*\((PbEU\s+\d{4},\s*[LC]\s?\d+)\)"#)
    /// Styles that must open the text, anchored: no scan of the whole text.
    static let articleWithPartsAtStart = TextPattern("^(?:" + ReferenceLexicon.articleHead + #")(?:(?:,\s*|\s+)"# + ReferenceLexicon.articlePart + ")*")
    static let euActAtStart = TextPattern("^(?:" + ReferenceLexicon.euActs + ")")
    /// A law's name: "AVG", "Grondwet", "Aanwijzingen voor de regelgeving", "Uitvoeringswet AVG".
    static let law = TextPattern(#"^(\p{Lu}[\p{L}\-]*(?:(?:\s+(?:voor|van|op|de|het|der))+\s+[\p{L}\-]+)*(?:\s+\p{Lu}{2,}\b)?)"#)
    static let namedDocument = TextPattern(#"^((?:«[^»]{3,200}»?|\p{L}[^,«]{2,120}?))\s+van\s+(\d{1,2}\s+\p{L}+\s+\d{4})"#)
    /// Compiled once per house and gazette: compiling an ICU pattern costs more than matching it.
    private static let papers: [String: TextPattern] = Dictionary(uniqueKeysWithValues: ReferenceLexicon.houses.map { house in
        (house.prefix, TextPattern(#"(?:^|[\s,.(])"# + house.prefix + #"\s+(\d{4}[/-]\d{2,4},?\s*(?:[\d ]+[\d](?:\s*\([^)]*\))?,?\s*)?(?:nr\.?\s*[\w/-]+)?)"#))
    })
    private static let gazettes: [String: TextPattern] = Dictionary(uniqueKeysWithValues: ReferenceLexicon.gazettes.map { gazette in
        (gazette.prefix, TextPattern("^" + gazette.prefix + #"\s+((?:\d{1,2}\s+\p{L}+\s+)?\d{4}(?:,\s*(?:nr\.\s*)?\d+)?)"#))
    })
    static func paper(_ prefix: String) -> TextPattern { papers[prefix]! }
    static func gazette(_ prefix: String) -> TextPattern { gazettes[prefix]! }
    /// The letters a prefix pattern opens with ("Kamerstukken", "Parl", "Stb"): a text without
    /// them cannot match it, and a substring test is far cheaper than the scan.
    static func mayHold(_ text: String, prefix: String) -> Bool {
        text.contains(literalHead(prefix))
    }
    static func literalHead(_ prefix: String) -> String {
        String(prefix.prefix(while: \.isLetter))
    }
    static let bodyAcronym = TextPattern(#"^(\p{Lu}[\p{L}'’ ]{3,80}?)\s+\(\p{Lu}{2,8}\),\s+"#)
    static let pinpoint = TextPattern("(?i)" + ReferenceLexicon.pinpoint)
    static let page = TextPattern(#"^(?:p\.|pp\.|blz\.|pagina)\s*\d+(?:\s?[-–]\s?\d+)?"#)
    static let shortName = TextPattern(#"^(\p{Lu}{2,}[\p{Lu}\d\-]*),\s+(?:p\.|pp\.|blz\.|pagina|paragraaf|par\.)\s*\d"#)
    static let quoted = TextPattern(#"«([^»]+?)(?:»|(?=,\s+(?:p\.|blz\.|kenmerk|bijlage))|$)"#)
}
