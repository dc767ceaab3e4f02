import Foundation
import AdviesModel
import AdviesText

/// Who a recommendation asks to act, when the sentence names the actor: the object of the
/// cue ("roept beleid én onderwijsinstellingen op", "een oproep aan bedrijven", "adviseert
/// de overheid"), the subject of the demanded action ("dat het beleidsdomein Welzijn ...
/// verhoogt", "De instelling moet ..."), or the agent of a passive ("door de overheid
/// gefinancierd"). Impersonal passives name nobody. Names are normalised to a small
/// vocabulary; `text` keeps them as written.
public enum Addressees {
    public struct Entry: Sendable {
        /// The normalised name.
        public var name: String
        /// Matched against lower-cased text.
        public var pattern: String
    }

    /// The vocabulary, most specific first. Extend it here.
    public static let vocabulary: [Entry] = [
        Entry(name: "Vlaamse Regering", pattern: #"\bvlaamse regering\b"#),
        Entry(name: "minister", pattern: #"\b(?:de )?minister\b"#),
        Entry(name: "overheid", pattern: #"\b(?:de )?overheid\b"#),
        Entry(name: "Vlaams Parlement", pattern: #"\bvlaams parlement\b"#),
        Entry(name: "regering", pattern: #"\bregering\b"#),
        Entry(name: "Commissie", pattern: #"\b(?:de |europese )commissie\b(?! voor\b)"#),
        Entry(name: "beleidsdomein $1", pattern: #"\bbeleidsdomein (\p{L}+)\b"#),
        Entry(name: "beleidsdomeinen $1", pattern: #"\bbeleidsdomeinen (\p{L}+ en \p{L}+)\b"#),
        Entry(name: "bevoegde beleidsdomeinen", pattern: #"\bbevoegde beleidsdomeinen\b"#),
        Entry(name: "instellingen hoger onderwijs", pattern: #"\binstelling(?:en)? hoger onderwijs\b|\bhogeronderwijsinstelling(?:en)?\b|\bhogescholen\b|\buniversiteiten\b"#),
        Entry(name: "ondernemingen of organisaties", pattern: #"\bonderneming(?:en)?(?: of |\/)organisatie(?:s)?\b|\borganisatie(?:s)?(?: of |\/)onderneming(?:en)?\b"#),
        Entry(name: "onderwijsinstellingen", pattern: #"\bonderwijsinstellingen\b"#),
        Entry(name: "scholen", pattern: #"\bscholen\b"#),
        Entry(name: "bedrijven", pattern: #"\bbedrijven\b"#),
        Entry(name: "ondernemingen", pattern: #"\bondernemingen\b"#),
        Entry(name: "sectoren", pattern: #"\bsectoren\b|\bsectorale partners\b"#),
        Entry(name: "VDAB", pattern: #"\bvdab\b"#),
        Entry(name: "CLB's", pattern: #"\bclb[’']?s\b"#),
        Entry(name: "pedagogische begeleidingsdiensten", pattern: #"\bpedagogische begeleidingsdiensten\b"#),
        Entry(name: "beleid", pattern: #"\bbeleid\b"#),
    ]

    private static let compiled: [(Entry, NSRegularExpression)] = vocabulary.compactMap { entry in
        (try? NSRegularExpression(pattern: entry.pattern)).map { (entry, $0) }
    }

    /// The vocabulary names a phrase holds, in order ("beleid én onderwijsinstellingen" ->
    /// ["beleid", "onderwijsinstellingen"]).
    static func names(in phrase: String) -> [String] {
        let lower = phrase.lowercased()
        var found: [(Int, String)] = []
        var covered: [NSRange] = []
        for (entry, regex) in compiled {
            for match in regex.matches(in: lower, range: NSRange(lower.startIndex..., in: lower)) {
                guard !covered.contains(where: { NSIntersectionRange($0, match.range).length > 0 }) else { continue }
                covered.append(match.range)
                var name = entry.name
                if match.numberOfRanges > 1, let group = Range(match.range(at: 1), in: phrase) {
                    name = name.replacingOccurrences(of: "$1", with: String(phrase[group]))
                }
                found.append((match.range.location, name))
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// The addressee of a recommendation sentence, normalised, and the phrase it was read from.
    static func find(in sentence: String, cue: CueFinder.Cue?, context: Context) -> (name: String, text: String)? {
        for phrase in candidatePhrases(sentence, cue: cue) {
            var found = names(in: phrase)
            if found.isEmpty, Self.institution.isMatch(phrase.lowercased()), let institution = context.institution() {
                found = [institution]
            }
            guard !found.isEmpty else { continue }
            let unique = found.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            return (unique.joined(separator: " en "), phrase.trimming(.whitespaces))
        }
        // "U wordt geadviseerd ...": the reader the note or letter is addressed to.
        if let you = context.you, formalYou.isMatch(sentence) { return (you, "U") }
        if let cue, let advised = context.advised, addressesAdvised(sentence, cue: cue) { return (advised, "") }
        return nil
    }

    /// The advising body tells the advised one what to do, with an infinitive and no actor
    /// named: "De Afdeling adviseert het voorstel aan te passen", "acht het raadzaam ... te
    /// expliciteren", "Benoem ...". A "dat"-clause names its own actor, or none.
    private static func addressesAdvised(_ sentence: String, cue: CueFinder.Cue) -> Bool {
        if cue.label == "imperative" || cue.label.hasPrefix("advise") { return true }
        let asks = ["vraagt", "vragen", "stelt", "stellen", "beveelt", "bevelen", "verzoekt", "verzoeken"]
        let infinitive = Self.infinitiveClause.isMatch(sentence)
        if asks.contains(where: { cue.label.hasPrefix($0) }) { return true }
        if cue.label.hasPrefix("zou"), cue.label.contains("beter") { return infinitive }
        guard cue.label.hasPrefix("acht") || cue.label.hasPrefix("ligt") else { return false }
        let after = sentence[cue.range.upperBound...].split(separator: " ").prefix(3).map { $0.trimming(.punctuationCharacters) }
        return !after.contains("dat") && Self.teInfinitive.isMatch(sentence)
    }

    private static let infinitiveClause = TextPattern(#"\b(?:om|te)\s+(?:\p{L}+\s+){0,8}?te\s+\p{L}+|\bom\s+"#)
    private static let teInfinitive = TextPattern(#"\bte\s+\p{L}+"#)

    /// What the document is about, for names it leaves implicit ("de instelling" in an advice
    /// on higher education is an institution of higher education).
    struct Context {
        var higherEducation: Bool
        /// Who the advice goes to when the advisor leaves it implied: an advice asked for on
        /// behalf of the Crown or the government advises the government.
        var advised: String?
        /// Who "U" is: the addressee the document names ("Aan de minister van ...").
        var you: String?

        init(document: ParsedDocument) {
            let text = ([document.metadata.title ?? ""] + document.sections.map(\.title)).joined(separator: " ").lowercased()
            higherEducation = text.containsBytes("hoger onderwijs")
            you = document.metadata.addressedTo.flatMap { Addressees.names(in: $0).first }
            let requester = (document.metadata.requester ?? "").lowercased()
            if requester.containsBytes("majesteit") || requester.containsBytes("regering") {
                advised = "regering"
            } else if requester.hasPrefix("minister") || requester.hasPrefix("de minister") {
                advised = "minister"
            } else {
                // "Op 12 februari keurde de Vlaamse Regering het voorontwerp ... goed": the
                // author of the draft advised on.
                let opening = document.blocks.prefix(3).map(\.text).joined(separator: " ")
                if let match = Self.draftAuthor.firstMatch(in: opening) ?? Self.draftAgent.firstMatch(in: opening), let author = match[1] {
                    advised = Addressees.names(in: String(author)).first
                }
            }
        }

        private static let draftAuthor = TextPattern(#"\b(?:keurde|keurt|heeft)\s+(de\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+(?:op\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+)?(?:het|een|de)\s+(?:voorontwerp|ontwerp|conceptnota|voorstel|actieplan|nota)\b"#)
        /// "het actieplan ..., dat op 18 juli door minister X meegedeeld werd".
        private static let draftAgent = TextPattern(#"\b(?:voorontwerp|ontwerp|conceptnota|voorstel|actieplan|nota)\b[^.]{0,80}?\bdoor\s+((?:de\s+)?(?:minister|Vlaamse Regering|regering)\b)"#)

        /// A bare "instelling(en)" as the actor.
        func institution() -> String? { higherEducation ? "instellingen hoger onderwijs" : nil }
    }

    /// Where the actor of a demand stands, most telling first; group 1 of each holds it.
    private static let places: [(pattern: TextPattern, all: Bool)] = [
        // The object between a cue verb and its particle: "roept de Vlor beleid én ... op".
        (TextPattern(#"(?i)\b(?:roept|roepen|vraagt|vragen|adviseert|adviseren)\s+(?:de vlor|de raad|we|wij)?\s*(.{1,120}?)\s+(?:op|om)\b"#), false),
        (TextPattern(#"(?i)\boproep\s+aan\s+(.{1,80}?)(?:\s+om\b|[,.]|$)"#), false),
        (TextPattern(#"(?i)\bbij\s+((?:de|het)\s+[^,.;]{3,40}?)\s+(?:op\s+)?aan\b"#), false),
        // The subject of the demanded action: "gevraagd dat X ... verhoogt", "belangrijk dat X ...".
        (TextPattern(#"(?i)\b(?:gevraagd|belangrijk|voor|rede|hand|wenselijk|aangewezen|raadzaam|oordeel|mening)\s+dat\s+(.{1,80}?)\s+(?:de|het|een|ook|hiervoor|\p{Ll}+t)\b"#), false),
        // The subject before a modal: "De instelling moet", "Elke instelling beslist".
        (TextPattern(#"^(?:(?:Daarbij|Daarom|Ook|Verder|Tegelijk|Uiteraard|Voor de Vlor)\s+)?(.{2,60}?)\s+(?:moet|moeten|beslist|beslissen)\b"#), false),
        // The council advising someone in a subordinate clause: "dat de raad de overheid adviseert".
        (TextPattern(#"(?i)\b(?:de raad|de vlor|we|wij)\s+((?:de|het)\s+\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:adviseert|adviseren|vraagt|vragen|oproept)\b"#), false),
        // Agents and beneficiaries of what is asked: "door de overheid gefinancierd", "vanuit het
        // beleid", "een engagement nodig van X", "samen met de bevoegde beleidsdomeinen".
        (TextPattern(#"(?i)\b(?:door|vanuit|nodig van|samen met(?: de andere)?)\s+((?:de|het|beide)?\s*[^,.;]{3,60})"#), true),
        // A clause opening with an actor: "..., de overheid ook in de toekomst ... voorziet".
        (TextPattern(#",\s+((?:de|het)\s+\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:ook|zelf|\p{Ll}+t)\b"#), true),
        // Whom an expectation is set for: "verwacht van de minister een ...".
        (TextPattern(#"(?i)\bverwacht(?:en)?\s+(?:\S+\s+){0,2}?van\s+(.{1,60}?)(?:\s+(?:een|dat|om|meer)\b|[,.]|$)"#), false),
    ]
    /// The subject right after a modal: "moet het beleidsdomein Werk bekijken".
    private static let afterModal = TextPattern(#"\b(?:moet|moeten)\s+((?:het|de)\s+\S+(?:\s+\p{Lu}\p{L}+)?|\p{Ll}+en)\s+(?:steeds|ook|bekijken|\p{Ll}+en)\b"#)
    private static let passiveAuxiliary = TextPattern(#"\b(?:worden|wordt)\b"#)
    static let institution = TextPattern(#"\binstelling(?:en)?\b"#)
    private static let formalYou = TextPattern(#"(?:^|[\s,(])U\s+(?:wordt|worden|kunt|kan|wordt|heeft|moet|zou)\b|\b(?:adviseren|vragen|verzoeken)\s+(?:wij|we|ik)\s+[Uu]\b"#)

    private static func candidatePhrases(_ sentence: String, cue: CueFinder.Cue?) -> [String] {
        var phrases: [String] = []
        for (index, place) in places.enumerated() {
            let found = place.all ? place.pattern.matches(in: sentence) : place.pattern.firstMatch(in: sentence).map { [$0] } ?? []
            phrases += found.compactMap { $0[1].map(String.init) }
            // After the subject before a modal comes the subject after it.
            if index == 4, let match = afterModal.firstMatch(in: sentence), let subject = match[1] {
                // Not the patient of a passive ("moeten de bedrijven geïnformeerd worden").
                let clause = sentence[match.range.upperBound...].prefix { $0 != "," }
                let ownClause = clause.components(separatedBy: " of ").first ?? String(clause)
                if !passiveAuxiliary.isMatch(ownClause) { phrases.append(String(subject)) }
            }
        }
        return phrases
    }
}
