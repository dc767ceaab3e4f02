import AdviesModel
import AdviesText

/// Finds the recommendations of an advisory (GUIDE.md §7). The unit is a sentence, or a
/// bullet when a lead-in sentence introduces a list of demands: then each bullet is one
/// recommendation, carries the lead-in, and the lead-in itself is not listed.
struct RecommendationDetector {
    let finder = CueFinder()

    func detect(in document: ParsedDocument) -> [Recommendation] {
        guard document.kind != .writtenQuestion else { return [] }
        let context = Addressees.Context(document: document)
        var found: [Recommendation] = []
        let blocks = document.blocks.filter { block in !isReferenceList(block.section, in: document) }
        /// The id of the next recommendation, after `count` found.
        func id(_ count: Int) -> RecommendationID { RecommendationID(document: document.id, number: count + 1) }
        for (index, block) in blocks.enumerated() {
            if block.kind == .bullet, let leadIn = block.leadIn, let leadCue = finder.cue(in: leadIn, leadIn: true) {
                found.append(listItem(block, id: id(found.count), leadIn: leadIn, leadCue: leadCue, context: context))
                continue
            }
            var sentences = SentenceSplitter.split(block.text)
            // The lead-in of a demand list that follows is not a recommendation of its own.
            if let next = blocks[safe: index + 1], next.kind == .bullet, let leadIn = next.leadIn,
               sentences.last == leadIn, finder.cue(in: leadIn, leadIn: true) != nil {
                sentences.removeLast()
            }
            for sentence in sentences {
                guard let cue = finder.cue(in: sentence) else { continue }
                let addressee = Addressees.find(in: sentence, cue: cue, context: context)
                found.append(Recommendation(id: id(found.count), section: block.section, text: sentence, cue: cue.label,
                                            strength: cue.strength, addressee: addressee?.name, addresseeText: addressee?.text,
                                            span: block.span))
            }
        }
        return found
    }

    /// A bullet under a lead-in of demands: its own cue (an imperative) or the lead-in's.
    private func listItem(_ block: Block, id: RecommendationID, leadIn: String, leadCue: CueFinder.Cue,
                          context: Addressees.Context) -> Recommendation {
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
