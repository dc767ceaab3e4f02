import AdviesModel
import AdviesText

/// Whether two parses are one document in two renderings (a PDF and its text export, a scan
/// and its original): most of their distinct words are shared. Two documents of one body on
/// one subject share their vocabulary's common part, far from most of it.
enum Renderings {
    /// Share of distinct words (Jaccard) from which two texts are one document. A text export
    /// and its PDF share nearly all; an OCR'd scan loses some to misreadings.
    static let agreement = 0.5

    static func agree(_ a: ParsedDocument, _ b: ParsedDocument) -> Bool {
        let x = words(a), y = words(b)
        guard !x.isEmpty || !y.isEmpty else { return true }
        return Double(x.intersection(y).count) / Double(x.union(y).count) >= agreement
    }

    private static func words(_ document: ParsedDocument) -> Set<String> {
        Set((document.blocks.map(\.text) + document.footnotes.map(\.text)).flatMap(TextNormalization.tokens))
    }
}

extension ParsedDocument {
    /// The same document under another id (its recommendations' ids follow).
    func renamed(to id: String) -> ParsedDocument {
        var copy = self
        copy.id = id
        for index in copy.recommendations.indices { copy.recommendations[index].id.document = id }
        return copy
    }
}
