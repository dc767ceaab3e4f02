import AdviesAnnotation
import AdviesModel

/// One part of a document on its own (`show --recommendations`, ...), as lines or as JSON in
/// the annotations' field names.
public enum DocumentPart: String, CaseIterable, Sendable {
    case outline, recommendations, footnotes, references, tables

    public func text(_ document: ParsedDocument) -> String {
        let names = Annotation.Document(document)
        switch self {
        case .outline:
            return OutlineRenderer.render(document)
        case .recommendations:
            return Listings.lines(names.recommendations.map { r in
                "\(r.id ?? "") [§\(r.section ?? "-")] \(r.strength?.rawValue ?? "") \(r.addressee.map { "→ \($0) " } ?? "")· \(r.text)"
            })
        case .footnotes:
            return Listings.lines(names.footnotes.map { "[\($0.number)] (§\($0.section ?? "-")) \($0.text)" })
        case .references:
            return Listings.lines(names.references.flatMap { ["\($0.source): \($0.workKey)", "   \($0.raw)"] })
        case .tables:
            return TableCSV.render(document)
        }
    }

    public func json(_ document: ParsedDocument) throws -> String {
        let names = Annotation.Document(document)
        switch self {
        case .outline: return try JSONRenderer.render(names)
        case .recommendations: return try JSONRenderer.render(names.recommendations)
        case .footnotes: return try JSONRenderer.render(names.footnotes)
        case .references: return try JSONRenderer.render(names.references)
        case .tables: return try JSONRenderer.render(names.answers.flatMap(\.tables))
        }
    }
}
