import Foundation
import AdviesModel
import AdviesText

/// Cuts a footnote or a reference-list item into the citations it holds (GUIDE.md §6): one
/// per cited work, without lead-ins ("O.a.", "Zie", "En", a sentence ending in ":"),
/// separators (";") or explanations and quotations that follow the citation.
///
/// A new citation starts where a sentence opens with a creator: a known body ("Vlor, Raad
/// ..."), an author ("Verhaest, D."), a piece of legislation ("Decreet ...") or a URL, once the
/// citation before it is complete (it has a date, a year or a URL). Text that cites nothing
/// ("tot 31/8/2019", "Actie 5: ...", figures credited to a department) gives no citation.
enum CitationSplitter {
    /// Words that introduce a citation without being part of it.
    static let leadIn = TextPattern(#"(?i)^(?:o\.a\.|oa\.|onder meer|zie ook|zie|vergelijk|cfr\.?|cf\.|vgl\.|bv\.|bijvoorbeeld|meer bepaald|en|ook)\s+"#)

    /// The kinds of legislation a citation may open with (capitalised: "Het decreet ... werd"
    /// is prose, not a citation).
    static let legislation = TextPattern(#"^(?:Programmadecreet|Decreet|Besluit|Codex|Wet|Omzendbrief|Voorontwerp van decreet|Ontwerp van decreet|Ministerieel besluit)\b"#)
    private static let mention = TextPattern(#"(?i)\b(?:het |de )?(?:(?:voor)?ontwerp van decreet|programmadecreet|decreet|codex)\b[^.()]*(?:\([^)]*\))?"#)
    private static let action = TextPattern(#"(?i)^actie\s+\d"#)

    /// Citations in a footnote (`inList` false) or in a reference-list item (every item of a
    /// list is a citation even without a date).
    static func split(_ text: String, inList: Bool = false) -> [String] {
        var text = stripLeadIns(text.collapsed)
        text = dropColonLeadIn(text)
        var citations: [String] = []
        // Most notes hold one citation: no need to ask Foundation to split them.
        for part in text.containsBytes("; ") ? text.components(separatedBy: "; ") : [text] {
            for (citation, isMention) in splitSentences(stripLeadIns(part)) {
                let cleaned = clean(citation)
                if !cleaned.isEmpty && (inList || isMention || citesSomething(cleaned)) { citations.append(cleaned) }
            }
        }
        return citations
    }

    // MARK: - Steps

    static func stripLeadIns(_ text: String) -> String {
        var text = text.trimming(.whitespaces)
        while let match = leadIn.firstMatch(in: text), match.range.upperBound < text.endIndex {
            text = String(text[match.range.upperBound...])
        }
        // "Zie ook de Kamerbrief van ...": the article belongs to the prose, not the citation.
        if text.hasPrefix("de ") || text.hasPrefix("het ") {
            let bare = OfficialCitation.withoutArticle(text)
            if OfficialCitation.recognises(bare) { text = bare }
        }
        return text
    }

    /// "Het decreet ... werd ook goedgekeurd: Decreet betreffende ..." keeps what follows the
    /// colon when only that part cites something.
    private static func dropColonLeadIn(_ text: String) -> String {
        guard text.containsBytes(": "), let colon = text.range(of: ": ") else { return text }
        let before = String(text[..<colon.lowerBound]), after = String(text[colon.upperBound...])
        guard !startsCitation(before), before.split(separator: " ").count >= 5, !hasEvidence(before),
              startsCitation(after) else { return text }
        return after
    }

    /// Sentences joined back into citations; a new one begins at a creator once the current
    /// one is complete. An explanatory sentence after a complete citation (or anything after
    /// its URL) ends it, and legislation that sentence mentions is cited on its own.
    private static func splitSentences(_ text: String) -> [(text: String, isMention: Bool)] {
        var citations: [(text: String, isMention: Bool)] = []
        var current: [String] = []
        var closed = false
        func flush() {
            if !current.isEmpty { citations.append((current.joined(separator: " "), false)) }
            current = []
        }
        // The first sentence of the current citation is asked again at every sentence: asked once.
        var opens: [String: Bool] = [:]
        func starts(_ sentence: String) -> Bool {
            if let known = opens[sentence] { return known }
            let found = startsCitation(sentence)
            opens[sentence] = found
            return found
        }
        // Once complete a citation stays complete: it is re-read only while it is not.
        var complete = false
        var hasURL = false
        for sentence in SentenceSplitter.split(text) {
            let stripped = stripLeadIns(sentence)
            // (Twenty sentences without a date are no citation waiting to complete: stop re-reading.)
            if !current.isEmpty && !complete { complete = current.count > 20 || isComplete(current.joined(separator: " ")) }
            let isURL = stripped.hasPrefix("http") || stripped.hasPrefix("www.")
            if current.isEmpty && !closed {
                current = [stripped]
            } else if isURL && !closed && !current.isEmpty && !hasURL {
                // A URL after a citation is that citation's.
                current.append(sentence)
            } else if !current.isEmpty && !complete && !starts(current[0]) && OfficialCitation.opensWithPaper(stripped) {
                // "BNC-fiche Mededeling .... Kamerstukken II 2020/21, 22 112 nr. 2953.": the title, then the paper.
                current.append(stripped)
            } else if starts(stripped) && (current.isEmpty || complete || !starts(current[0])) {
                flush()
                current = [stripped]
                closed = false
            } else if closed || opensWithDemonstrative(sentence) || (complete && explains(sentence)) {
                flush()
                closed = true
                citations += mentionedLegislation(in: sentence).map { ($0, true) }
            } else {
                current.append(sentence)
            }
            if let last = current.last, !URLCollector.urls(in: last).isEmpty { closed = true; hasURL = true }
            if current.count <= 1 { complete = false; hasURL = current.first.map { !URLCollector.urls(in: $0).isEmpty } ?? false }
        }
        flush()
        return citations
    }

    /// "het voorontwerp van decreet over de graduaatsopleidingen (in de Codex ... artikel I.3)"
    /// inside an explanatory sentence of a note.
    private static func mentionedLegislation(in sentence: String) -> [String] {
        guard let match = mention.firstMatch(in: sentence) else { return [] }
        let found = String(match[0]!).trimming(.whitespaces)
        return found.split(separator: " ").count >= 3 ? [found] : []
    }

    /// Removes separators and stray punctuation around a citation, keeping its final period.
    private static func clean(_ citation: String) -> String {
        var text = citation.trimming(.whitespaces)
        while let last = text.last, ";,".contains(last) { text.removeLast() }
        while let first = text.first, "-–•¬".contains(first) { text = String(text.dropFirst()).trimming(.whitespaces) }
        return text
    }

    // MARK: - Tests on text

    /// The text opens like a citation: a body, an author, legislation or a URL.
    static func startsCitation(_ text: String) -> Bool {
        let text = stripLeadIns(text)
        if text.hasPrefix("http") || text.hasPrefix("www.") { return true }
        if OfficialCitation.recognises(text) { return true }
        if let (_, printed) = Organisations.leadingBody(in: text) {
            let next = text.dropFirst(printed.count).first
            return next == "," || next == "." || next == " " && text.dropFirst(printed.count + 1).first == "("
        }
        if AuthorList.parse(text) != nil { return true }
        return text.first?.isUppercase == true && legislation.isMatch(text)
    }

    /// A citation is complete once it has a title and carries a date, a year or a URL (or is
    /// a bare URL).
    static func isComplete(_ text: String) -> Bool {
        if text.hasPrefix("http") || text.hasPrefix("www.") { return true }
        // A formal citation is whole in its first sentence: its identifier stands for a date.
        if OfficialCitation.recognises(text) { return true }
        guard hasEvidence(text) else { return false }
        let reference = CitationParser.parse(text, site: .body)
        return (reference.title?.split(separator: " ").count ?? 0) >= 1
    }

    static func hasEvidence(_ text: String) -> Bool {
        !DutchDate.all(in: text).filter { $0.precision == .day }.isEmpty || !DutchDate.years(in: text).isEmpty
            || !URLCollector.urls(in: text).isEmpty
    }

    /// A note's text cites a work when it names a creator, legislation or a URL.
    private static func citesSomething(_ citation: String) -> Bool {
        guard !action.isMatch(citation) else { return false }
        return startsCitation(citation)
    }

    /// "Deze definitie werd ...": a sentence about the citation, not part of it.
    private static func opensWithDemonstrative(_ sentence: String) -> Bool {
        let first = sentence.split(separator: " ").first?.lowercased() ?? ""
        return ["deze", "dit", "die", "dat", "hier", "daar", "hierin", "daarin"].contains(first)
    }

    /// A sentence that explains rather than cites: it carries a finite verb of running prose.
    private static func explains(_ sentence: String) -> Bool {
        let words = sentence.split(separator: " ").map { $0.lowercased().trimming(.punctuationCharacters) }
        let verbs: Set<String> = ["werd", "werden", "wordt", "worden", "gaat", "gaan", "heeft", "hebben", "zit", "zitten",
                                  "kan", "kunnen", "moet", "moeten", "zal", "zullen", "blijkt", "geeft", "staat", "stelt"]
        return words.dropFirst().contains(where: verbs.contains) && !words.contains("vraag")
    }
}
