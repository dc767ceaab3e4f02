import AdviesModel
import AdviesText

/// Finds the recommendations of an advisory (GUIDE.md §7). The unit is a sentence, or a
/// bullet when a lead-in sentence introduces a list of demands: then each bullet is one
/// recommendation, carries the lead-in, and the lead-in itself is not listed.
struct RecommendationDetector {
    var finder = CueFinder()

    func detect(in document: ParsedDocument) -> [Recommendation] {
        guard document.kind != .writtenQuestion else { return [] }
        var finder = finder
        finder.modalNeedsSpeaker = [.letter, .note, .report].contains(document.kind)
        finder.ownBody = document.metadata.body
        let context = Addressees.Context(document: document)
        var found: [Recommendation] = []
        let blocks = Self.withoutReplies(document.blocks.filter { block in !isReferenceList(block.section, in: document) })
        /// The id of the next recommendation, after `count` found.
        func id(_ count: Int) -> RecommendationID { RecommendationID(document: document.id, number: count + 1) }
        var labelled: SectionID?? = nil  // the section of an "Aanbeveling:" label still open
        var replyingIn: SectionID?? = nil  // the section of a reply begun inside a block
        for (index, block) in blocks.enumerated() {
            if let section = replyingIn {
                if section == block.section, !Self.numberedParagraph.isMatch(block.text) { continue }
                replyingIn = nil
            }
            // "Aanbeveling:" makes what follows it recommendations, one per sentence or bullet;
            // the label is no lead-in.
            let label = Self.label.firstMatch(in: block.text)
            if let label {
                labelled = .some(block.section)
                let rest = String(block.text[label.range.upperBound...])
                for sentence in SentenceSplitter.split(rest) where !sentence.isEmpty {
                    found.append(labelledItem(sentence, block: block, id: id(found.count), finder: finder, context: context))
                }
                continue
            }
            if let open = labelled {
                if open == block.section, block.kind == .bullet || Self.listItem.isMatch(block.text)
                    || blocks[safe: index - 1].map({ Self.label.isMatch($0.text) }) == true {
                    let units = block.kind == .bullet ? [block.text] : SentenceSplitter.split(block.text)
                    for unit in units {
                        found.append(labelledItem(unit, block: block, id: id(found.count), finder: finder, context: context))
                    }
                    continue
                }
                labelled = nil
            }
            // A bullet under the label itself.
            if block.kind == .bullet, let leadIn = block.leadIn, Self.label.isMatch(leadIn) {
                found.append(labelledItem(block.text, block: block, id: id(found.count), finder: finder, context: context))
                continue
            }
            if block.kind == .bullet, let leadIn = block.leadIn, let leadCue = finder.cue(in: leadIn, leadIn: true) {
                found.append(listItem(block, id: id(found.count), leadIn: leadIn, leadCue: leadCue, finder: finder, context: context))
                continue
            }
            var sentences = SentenceSplitter.split(block.text)
            // The lead-in of a demand list that follows is not a recommendation of its own.
            if let next = blocks[safe: index + 1], next.kind == .bullet, let leadIn = next.leadIn,
               sentences.last == leadIn, finder.cue(in: leadIn, leadIn: true) != nil {
                sentences.removeLast()
            }
            var underLabel = false, pendingItem = false
            for sentence in sentences {
                // A reply starting inside a block silences the rest of its section.
                let afterNumber = pendingItem
                pendingItem = Self.paragraphNumber.isMatch(sentence)
                if Self.reply.isMatch(sentence) { replyingIn = .some(block.section); continue }
                if replyingIn != nil {
                    // The advice's next numbered paragraph ends the reply ("8." may stand alone).
                    guard Self.numberedParagraph.isMatch(sentence) || Self.paragraphNumber.isMatch(sentence) else { continue }
                    replyingIn = nil
                    if Self.paragraphNumber.isMatch(sentence) { continue }
                }
                // A label inside a block: its item, and the numbered items after it ("1." may
                // stand alone as a sentence of its own).
                if let label = Self.label.firstMatch(in: sentence) {
                    var rest = String(sentence[label.range.upperBound...])
                    underLabel = true
                    if Self.paragraphNumber.isMatch(rest) { rest = ""; pendingItem = true }
                    if !rest.isEmpty { found.append(labelledItem(rest, block: block, id: id(found.count), finder: finder, context: context)) }
                    continue
                }
                if underLabel {
                    if Self.paragraphNumber.isMatch(sentence) { continue }
                    if afterNumber || Self.listItem.isMatch(sentence) {
                        found.append(labelledItem(sentence, block: block, id: id(found.count), finder: finder, context: context))
                        continue
                    }
                    underLabel = false
                }
                guard let cue = finder.cue(in: sentence) else { continue }
                let addressee = Addressees.find(in: sentence, cue: cue, context: context)
                found.append(Recommendation(id: id(found.count), section: block.section, text: sentence, cue: cue.label,
                                            strength: cue.strength, addressee: addressee?.name, addresseeText: addressee?.text,
                                            span: block.span))
            }
        }
        return found
    }

    /// One sentence or bullet under an "Aanbeveling:" label: its own cue, else the label.
    private func labelledItem(_ text: String, block: Block, id: RecommendationID, finder: CueFinder,
                              context: Addressees.Context) -> Recommendation {
        let cue = finder.cue(in: text, leadIn: true)
        let addressee = Addressees.find(in: text, cue: cue, context: context)
        return Recommendation(id: id, section: block.section, text: text, cue: cue?.label ?? "aanbeveling",
                              strength: cue?.strength ?? .asks, addressee: addressee?.name, addresseeText: addressee?.text,
                              span: block.span)
    }

    private static let label = TextPattern("(?i)" + CueLexicon.label)
    private static let listItem = TextPattern(CueLexicon.listItem)
    private static let reply = TextPattern(CueLexicon.reply)
    private static let numberedParagraph = TextPattern(#"^\d{1,2}\.\s+\p{Lu}"#)
    private static let paragraphNumber = TextPattern(#"^\d{1,2}\.$"#)

    /// The blocks without the replies to the advice printed inside it ("Reactie:" up to the
    /// next section, or up to the advice's next numbered paragraph "8. De Afdeling ..."): the
    /// government answering is not the body advising.
    static func withoutReplies(_ blocks: [Block]) -> [Block] {
        var replying: SectionID?? = nil
        return blocks.filter { block in
            if reply.isMatch(block.text) { replying = .some(block.section); return false }
            if let section = replying, section == block.section, !numberedParagraph.isMatch(block.text) { return false }
            replying = nil
            return true
        }
    }

    /// A bullet under a lead-in of demands: its own cue (an imperative) or the lead-in's.
    private func listItem(_ block: Block, id: RecommendationID, leadIn: String, leadCue: CueFinder.Cue,
                          finder: CueFinder, context: Addressees.Context) -> Recommendation {
        let own = SentenceSplitter.split(block.text).lazy.compactMap { finder.cue(in: $0, leadIn: true) }
            .first { $0.label == "imperative" }
        let cue = own ?? leadCue
        let addressee = Addressees.find(in: block.text, cue: own, context: context)
            ?? Addressees.find(in: leadIn, cue: leadCue, context: context)
        return Recommendation(id: id, section: block.section, text: block.text, cue: cue.label, strength: cue.strength,
                              addressee: addressee?.name, addresseeText: addressee?.text, leadIn: leadIn, span: block.span)
    }

    private func isReferenceList(_ id: SectionID?, in document: ParsedDocument) -> Bool {
        guard let id, let section = document[section: id] else { return false }
        return ReferenceExtractor.isReferenceList(section)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
