import AdviesModel
import Foundation

/// One source advisory taken apart for the generator: its sections with their units of
/// paragraphs and bullets, footnote markers re-attached to the words they followed (the
/// parser's blocks carry no markers; a note's `markerContext` says where it stood), and its
/// notes put into the shared pool.
struct ScaleTemplate: Sendable {
    var id: String
    var parts: [ScalePart]

    /// Takes `document` apart; its notes are appended to `pool` and markers point into it.
    init(_ document: ParsedDocument, pool: inout [String]) {
        id = document.id
        var parts: [ScalePart] = []
        var partOfSection: [SectionID: Int] = [:]
        if document.blocks.contains(where: { $0.section == nil }) { parts.append(ScalePart(heading: nil, units: [])) }
        for section in document.sections {
            partOfSection[section.id] = parts.count
            parts.append(ScalePart(heading: ScaleHeading(number: section.number, title: ScaleWord.words(section.title),
                                                         level: section.level), units: []))
        }
        // Blocks as words, grouped into units: a bullet joins the unit before it.
        var blockWords: [[ScaleWord]] = document.blocks.map { ScaleWord.words($0.text) }
        var headingWords = parts.map { $0.heading?.title ?? [] }
        for note in document.footnotes {
            let index = pool.count
            pool.append(note.text)
            guard let context = note.markerContext, !context.isEmpty else { continue }
            let inSection = document.blocks.indices.filter { document.blocks[$0].section == note.section }
            if let block = (inSection + Array(document.blocks.indices)).first(where: { document.blocks[$0].text.contains(context) }),
               Self.attach(index, after: context, in: document.blocks[block].text, to: &blockWords[block]) {
                continue
            }
            if let section = note.section, let part = partOfSection[section], !headingWords[part].isEmpty,
               parts[part].heading.map({ $0.title.map(\.text).joined(separator: " ") }) == context {
                let last = headingWords[part].count - 1
                headingWords[part][last].marker = (headingWords[part][last].text.count, index)
            }
        }
        for part in parts.indices where parts[part].heading != nil { parts[part].heading!.title = headingWords[part] }
        for (block, words) in zip(document.blocks, blockWords) where !words.isEmpty {
            let part = block.section.flatMap { partOfSection[$0] } ?? 0
            guard part < parts.count else { continue }
            let scaleBlock = ScaleBlock(words: words, bulletDepth: block.kind == .bullet ? max(1, block.depth ?? 1) : nil)
            if scaleBlock.bulletDepth != nil, !parts[part].units.isEmpty {
                parts[part].units[parts[part].units.count - 1].append(scaleBlock)
            } else {
                parts[part].units.append([scaleBlock])
            }
        }
        self.parts = parts.filter { $0.heading != nil || !$0.units.isEmpty }
    }

    /// Puts the marker of note `index` where `context` ends in `text`, on the word holding that spot.
    private static func attach(_ index: Int, after context: String, in text: String, to words: inout [ScaleWord]) -> Bool {
        guard let range = text.range(of: context) else { return false }
        let end = text.distance(from: text.startIndex, to: range.upperBound)
        var start = 0
        for i in words.indices {
            // Words are separated by single spaces in the parser's text.
            let length = words[i].text.count
            if end >= start && end <= start + length, words[i].marker == nil {
                words[i].marker = (end - start, index)
                return true
            }
            start += length + 1
        }
        return false
    }
}
