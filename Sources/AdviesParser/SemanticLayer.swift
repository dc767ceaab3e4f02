import AdviesModel
import AdviesText

/// What a document asks and what it cites, added to its parsed tree. Public so that a caller
/// who corrects a document's metadata (its body, its requester) can derive them again.
public enum SemanticLayer {
    public static func apply(to document: inout ParsedDocument) {
        let (references, diagnostics) = ReferenceExtractor.extract(from: document)
        document.references = references
        document.diagnostics += diagnostics
        document.recommendations = RecommendationDetector().detect(in: document)
    }
}
