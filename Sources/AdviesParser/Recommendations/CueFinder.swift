import Foundation
import AdviesModel
import AdviesText

/// Finds the strongest cue in a sentence (see `CueLexicon`), with the checks the lexicon
/// cannot express: the council as speaker, the clause a modal stands in, tense, questions.
struct CueFinder {
    /// In a letter, note or report a "moet" often describes; there the modal and "nodig"
    /// cues count only when the speaker's judgement is in the sentence ("naar het oordeel
    /// van het kabinet zou ... moeten").
    var modalNeedsSpeaker = false
    /// The body that wrote the document, when known: another body named by its acronym is
    /// one the document reports on ("De AP is van oordeel ..." in an analysis of the AP's advice).
    var ownBody: String?

    struct Cue: Equatable {
        var strength: RecommendationStrength
        var label: String
        /// Character range of the trigger words in the sentence.
        var range: Range<String.Index>
    }

    /// Compiled once.
    private static let compiled: [(CueLexicon.Pattern, NSRegularExpression)] = CueLexicon.patterns.compactMap {
        guard let regex = try? NSRegularExpression(pattern: $0.regex) else { return nil }
        return ($0, regex)
    }
    private static let council = try! NSRegularExpression(pattern: CueLexicon.councilSubject)
    private static let modalWord = TextPattern(#"\b(moet|moeten|mag|mogen|dient|dienen)\b"#)
    private static let teWord = TextPattern(#"\bte\b"#)
    private static let servesAs = TextPattern(#"^\s*(?:als|ter|tot|voor)\b"#)
    private static let negation = TextPattern(#"^((?:\s+\S+){0,8}?)\s+(niet|geen)\b"#)
    private static let passive = TextPattern(#"^((?:\s+\S+){0,12}?)\s+(\S+)\s+(worden|wordt)\b"#)
    private static let needPattern = TextPattern(#"\b(is|zijn|heeft|hebben)\b((?:\s+[^\s.;:]+){0,10}?)\s+nodig\b(?!\s+(?:zullen|zal|zou|zouden|waren|was)\b)"#)
    private static let resource = try! NSRegularExpression(pattern: CueLexicon.resources)
    private static let premise = TextPattern(CueLexicon.premise)
    private static let paraphrase = TextPattern(CueLexicon.paraphrase)
    /// "De AP", "Het OMT", "De NZa": an advising body by its acronym, in the printed case.
    private static let acronymSubject = TextPattern(#"(?:^(?:\d+(?:\.\d+)*\.?\s+)?|,\s+)(?:\p{Lu}\p{Ll}+\s+)?(?:De|de|Het|het)\s+(\p{Lu}(?:\p{Ll}?\p{Lu}){1,5}\p{Ll}?)\s+\p{Ll}"#)
    private static let endorsement = TextPattern(CueLexicon.endorsement)
    /// The speaker named, not a pronoun: what a report's "moet" needs to be a demand.
    private static let pronounOnly: Set<String> = ["zij", "ze"]
    private static let speakerJudges = TextPattern(#"\b(?:naar het oordeel van|volgens|naar de mening van)\s+(?:de|het)\s+\p{L}+"#)

    /// The cue of a sentence, or nil. `leadIn` allows the cues that only introduce lists.
    func cue(in sentence: String, leadIn: Bool = false) -> Cue? {
        let text = sentence.trimming(.whitespaces)
        guard let first = text.first, !"‘“\"'".contains(first) else { return nil }
        if text.hasSuffix("?") && !leadIn { return nil }
        let lower = text.lowercased()
        // The law stated, or another text paraphrased, is not the speaker asking.
        if Self.premise.isMatch(lower) || Self.paraphrase.isMatch(lower) { return nil }
        // Another body as the subject: the document reports what that body holds.
        let acronym = acronymSpeaker(text)
        if acronym == false { return nil }
        let acronymSpeaks = acronym == true
        let speaks = councilSpeaks(lower) || acronymSpeaks
        var found: [Cue] = []
        for (pattern, regex) in Self.compiled where !pattern.leadInOnly || leadIn {
            guard pattern.triggers.contains(where: { lower.containsBytes($0) }), let range = Self.firstMatch(regex, in: lower) else { continue }
            if pattern.councilSpeaks && !speaks { continue }
            if pattern.mainClause && inSubordinateClause(lower, at: range.lowerBound) { continue }
            if let endorsed = Self.endorsement.firstMatch(in: lower), endorsed.range.upperBound <= range.lowerBound { continue }
            found.append(Cue(strength: pattern.strength, label: label(pattern, match: String(lower[range]), in: lower, at: range),
                             range: range))
        }
        if let imperative = imperative(text) { found.append(imperative) }
        if !modalNeedsSpeaker || namedSpeaker(lower) || acronymSpeaks || Self.speakerJudges.isMatch(lower) {
            if let modal = modal(lower, leadIn: leadIn) { found.append(modal) }
            if let need = need(lower) { found.append(need) }
        }
        guard var best = found.min(by: { $0.strength > $1.strength || ($0.strength == $1.strength && $0.range.lowerBound < $1.range.lowerBound) })
        else { return nil }
        // "Het kabinet zal bij de onderhandelingen aandacht vragen voor": the stance it will take.
        if best.label != "imperative", !best.label.hasPrefix("zal") {
            let clauseStart = lower[..<best.range.lowerBound].lastIndex(where: { ",;:(".contains($0) }) ?? lower.startIndex
            let words = lower[clauseStart..<best.range.lowerBound].split(whereSeparator: { !$0.isLetter })
            // Only with the cue as its infinitive ("zal ... vragen"; not "... zal brengen en vraagt").
            let verb = String(lower[best.range].split(separator: " ").first ?? "")
            if verb.hasSuffix("en"), let future = words.last(where: { $0 == "zal" || $0 == "zullen" }) {
                best.label = "\(future)" + (words.last == future ? " " : " ... ") + best.label
            }
        }
        return best
    }

    // MARK: - Speaker and clause

    /// A named speaker anywhere; a pronoun only as the subject ("Zij acht het raadzaam",
    /// "Tot slot adviseert ze"): "scholen vragen hulp omdat ze ..." is not the body speaking.
    private func councilSpeaks(_ lower: String) -> Bool {
        namedSpeaker(lower) || Self.pronounSubject.isMatch(lower)
    }
    private static let pronounSubject = TextPattern(#"^(?:\p{L}+\s+){0,2}?(?:zij|ze)\s+\p{L}+|\b(?:acht|adviseert|vraagt|stelt|beveelt|meent|pleit|bepleit|verzoekt|dringt|verwacht|is|wijst)\s+(?:zij|ze)\b"#)

    /// "De AP beveelt aan": a body by its acronym speaks (true), unless the document is another
    /// body's (false); nil when no body is the subject.
    private func acronymSpeaker(_ text: String) -> Bool? {
        guard let match = Self.acronymSubject.firstMatch(in: text), let acronym = match[1].map(String.init) else { return nil }
        guard let ownBody, !ownBody.isEmpty else { return true }
        let initials = String(ownBody.split(separator: " ").compactMap { $0.first }.filter(\.isUppercase))
        return initials == acronym || Organisations.body(named: acronym)?.name == ownBody
            || ownBody.localizedCaseInsensitiveContains(acronym)
    }

    private func namedSpeaker(_ lower: String) -> Bool {
        let range = NSRange(lower.startIndex..., in: lower)
        return Self.council.matches(in: lower, range: range).contains { match in
            Range(match.range, in: lower).map { !Self.pronounOnly.contains(String(lower[$0])) } ?? false
        }
    }

    /// A cue word at `index` stands in a subordinate clause when a relative pronoun or
    /// subordinating conjunction opens its clause before it (a clause starts at the sentence
    /// start or after , ; : ( or a dash).
    private func inSubordinateClause(_ lower: String, at index: String.Index) -> Bool {
        let before = lower[..<index]
        let boundary = before.lastIndex(where: { ",;:(–".contains($0) })
        let clause = boundary.map { before[before.index(after: $0)...] } ?? before
        let words = clause.split(whereSeparator: { !$0.isLetter }).map(String.init)
        let opensAfterColon = boundary.map { ":;".contains(before[$0]) } ?? true
        let prepositions: Set<String> = ["van", "voor", "met", "in", "op", "aan", "bij", "uit", "over", "naar", "door", "tot",
                                         "om", "zonder", "tussen", "onder", "via", "rond", "na"]
        for (offset, word) in words.enumerated() {
            // "die kwaliteit moet ..." after a colon or at the start points back, not forward;
            // "van die extra ondersteuning" is a determiner.
            if offset == 0 && opensAfterColon && (word == "die" || word == "dat") { continue }
            if word == "die", offset > 0, prepositions.contains(words[offset - 1]) { continue }
            // "Dat betekent dat ..." opens a complement; "het aantal leerlingen dat ..." a relative clause.
            if word == "dat", offset > 0, !CueLexicon.complementTakers.contains(words[offset - 1]) { return true }
            if CueLexicon.subordinators.contains(word) { return true }
            // "bekeken kan worden of ... moet": an indirect question.
            if word == "of", offset > 0, CueLexicon.questionVerbs.contains(words[offset - 1]) { return true }
        }
        // "jongeren die ... zijn, maar ... moeten": a coordinated clause shares the status of
        // the clause it continues.
        if let boundary, before[boundary] == ",", let first = words.first, ["maar", "en", "of"].contains(first) {
            return inSubordinateClause(lower, at: boundary)
        }
        // After a comma "dat", "als", "of" and "wat" open a subordinate clause; at the start of
        // a sentence "Dat" and "Wat" point back instead.
        if boundary != nil, let first = words.first, ["dat", "als", "of", "wat"].contains(first) { return true }
        return false
    }

    // MARK: - Modal and "nodig" cues

    /// "moet/moeten", "mag/mogen niet/geen" in a main clause, not future ("zal moeten") or
    /// conditional, and not the descriptive "moet ... nog beslissen". In a lead-in the passive
    /// it governs is part of the cue ("moeten ... weggewerkt worden").
    private func modal(_ lower: String, leadIn: Bool) -> Cue? {
        var prohibition: (label: String, range: Range<String.Index>)?
        var obligation: (label: String, range: Range<String.Index>)?
        guard lower.containsBytes("moet") || lower.containsBytes("mag") || lower.containsBytes("mog") || lower.containsBytes("dien") else { return nil }
        for match in Self.modalWord.matches(in: lower) {
            let word = String(match[1]!)
            let before = lower[..<match.range.lowerBound].split(separator: " ")
            if let last = before.last, ["zal", "zullen", "zou", "zouden", "zult"].contains(String(last)) { continue }
            // "zal ... moeten worden gewijzigd" foretells, in the clause it shares with "zal".
            let clauseStart = lower[..<match.range.lowerBound].lastIndex(where: { ",;:(–".contains($0) }) ?? lower.startIndex
            let clauseWords = lower[clauseStart..<match.range.lowerBound].split(whereSeparator: { !$0.isLetter })
            if clauseWords.contains(where: { $0 == "zal" || $0 == "zullen" }) { continue }
            // "nog (verder) moeten ontwikkelen" describes what is still to happen.
            if before.suffix(3).contains("nog") { continue }
            if inSubordinateClause(lower, at: match.range.lowerBound) { continue }
            let clauseEnd = lower[match.range.upperBound...].firstIndex(where: { ",;:(".contains($0) }) ?? lower.endIndex
            let rest = String(lower[match.range.upperBound..<clauseEnd])
            // "dient ... te": deontic; "dient als/ter/tot" is "serves as".
            if word == "dient" || word == "dienen" {
                guard obligation == nil, Self.teWord.isMatch(rest), !Self.servesAs.isMatch(rest) else { continue }
                obligation = (word, match.range)
                continue
            }
            if word == "mag" || word == "mogen" {
                guard prohibition == nil, let negation = Self.negation.firstMatch(in: rest) else { continue }
                let gap = (negation[1] ?? "").isEmpty ? " " : " ... "
                prohibition = ("\(word)\(gap)\(negation[2]!)", match.range)
                continue
            }
            // "moet ... nog beslissen": "nog" with at most one word after it, ending the clause.
            let restWords = rest.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "!" })
            if let last = restWords.lastIndex(of: "nog"), restWords.count - last <= 2 { continue }
            guard obligation == nil else { continue }
            var label = word
            if before.contains(where: { $0 == "zou" || $0 == "zouden" }) { label = "zou ... \(word)" }
            if leadIn, let passive = Self.passive.firstMatch(in: rest) {
                label += ((passive[1] ?? "").isEmpty ? " " : " ... ") + "\(passive[2]!) \(passive[3]!)"
            }
            obligation = (label, match.range)
        }
        switch (prohibition, obligation) {
        case let (.some(no), .some(must)): return Cue(strength: .normative, label: "\(no.label) ... \(must.label)", range: no.range)
        case let (.some(no), nil): return Cue(strength: .normative, label: no.label, range: no.range)
        case let (nil, .some(must)): return Cue(strength: .normative, label: must.label, range: must.range)
        default: return nil
        }
    }

    /// "X is nodig" (a measure), "hebben voldoende financiering nodig" (a resource).
    private func need(_ lower: String) -> Cue? {
        guard lower.containsBytes("nodig"), let match = Self.needPattern.firstMatch(in: lower) else { return nil }
        let verb = String(match[1]!)
        let between = String(match[2] ?? "")
        if lower.containsBytes("indien nodig") || lower.containsBytes("waar nodig") || lower.containsBytes("zo nodig") { return nil }
        // "De verwachting is dat ... nodig": the need belongs to another clause.
        if between.split(separator: " ").contains(where: { $0 == "dat" || CueLexicon.subordinators.contains(String($0)) }) { return nil }
        // "is het niet nodig om ...", "is geen ... nodig": no need, no demand.
        if between.split(separator: " ").contains(where: { $0 == "niet" || $0 == "geen" }) { return nil }
        if inSubordinateClause(lower, at: match.range.lowerBound) { return nil }
        if verb == "heeft" || verb == "hebben" {
            guard Self.firstMatch(Self.resource, in: between) != nil else { return nil }
            return Cue(strength: .normative, label: "\(verb) ... nodig", range: match.range)
        }
        return Cue(strength: .normative, label: "\(verb) ... nodig", range: match.range)
    }

    /// A sentence that opens with an imperative ("Definieer heel duidelijk de doelgroep.").
    /// "Denk maar aan ..." is rhetorical, not a demand.
    private func imperative(_ text: String) -> Cue? {
        guard let word = text.split(separator: " ").first, let first = word.first, first.isUppercase else { return nil }
        let lower = word.lowercased().trimming(.punctuationCharacters)
        let listed = CueLexicon.imperatives.contains(lower)
        let eren = lower.count >= 6 && lower.hasSuffix("eer") && !lower.hasSuffix("meer")
        guard listed || eren else { return nil }
        if text.lowercased().hasPrefix("denk maar") { return nil }
        let second = text.split(separator: " ").dropFirst().first?.lowercased() ?? ""
        // "Stem" followed by a verb or a comma is not an imperative.
        if ["is", "zijn", "wordt", "worden", "kan", "moet", ","].contains(second) { return nil }
        // "Stel dat ...", "Stel je voor": a supposition.
        if lower == "stel", ["dat", "je", "u"].contains(second) { return nil }
        return Cue(strength: .asks, label: "imperative", range: text.startIndex..<text.index(text.startIndex, offsetBy: word.count))
    }

    // MARK: - Helpers

    /// The cue as printed: its first word and the pattern's closing words, "..." for the
    /// words in between ("stellen ... voor", "pleiten ervoor", "vindt het belangrijk dat").
    private func label(_ pattern: CueLexicon.Pattern, match: String, in lower: String, at range: Range<String.Index>) -> String {
        var words = match.split(separator: " ").map(String.init)
        if words.first == "het", !pattern.label.hasPrefix("het") { words.removeFirst() }
        // Carry "dat"/"om" after "belangrijk", "we" after "vragen".
        let after = lower[range.upperBound...].split(separator: " ").first.map { $0.trimming(.punctuationCharacters) } ?? ""
        if ["dat", "om"].contains(after), pattern.strength == .soft { words.append(after) }
        if ["we", "wij"].contains(after), words.count == 1 { words.append(after) }
        guard words.count > 1 else { return words.first ?? pattern.label }
        let closing = pattern.label.split(separator: " ").last.map(String.init) ?? ""
        let patternWords = Set(pattern.label.split(separator: " ").map(String.init))
        // Keep the words the pattern names, in printed order; elide the rest.
        var kept: [String] = []
        var elided = false
        for (index, word) in words.enumerated() {
            let keep = index == 0 || index == words.count - 1 || patternWords.contains(word) || word == closing
            if keep {
                if elided && !kept.isEmpty { kept.append("...") }
                kept.append(word)
                elided = false
            } else {
                elided = true
            }
        }
        // "acht het kabinet het van belang": a word kept twice is reported where it closes.
        for (index, word) in kept.enumerated().reversed() where word != "..." && kept[..<index].contains(word) {
            if let earlier = kept[..<index].lastIndex(of: word) {
                kept.remove(at: earlier)
                if earlier < kept.count, kept[earlier] == "...", earlier > 0, kept[earlier - 1] == "..." { kept.remove(at: earlier) }
            }
            break
        }
        return kept.joined(separator: " ")
    }

    private static func firstMatch(_ regex: NSRegularExpression, in text: String) -> Range<String.Index>? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        return Range(match.range, in: text)
    }
}
