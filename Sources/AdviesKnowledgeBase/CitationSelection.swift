import AdviesModel

/// Which documents and works a citation list holds: the one question `advies cite` and the
/// web app's downloads both ask.
public enum CitationSelection: Sendable, Equatable {
    /// Documents or works by id.
    case items([String])
    /// The works a document cites.
    case referencesOf(String)
    /// The documents citing a document or work.
    case citedBy(String)
    /// The documents a search finds (its best `searchLimit` hits).
    case query(String)

    public static let searchLimit = 200
}

extension KnowledgeBase {
    public func citableItems(_ selection: CitationSelection) throws -> [CitableItem] {
        switch selection {
        case .items(let ids): return try citableItems(ids)
        case .referencesOf(let id): return try referenceItems(of: id)
        case .citedBy(let id): return try citingItems(of: id)
        case .query(let text):
            var search = SearchQuery(text: text)
            search.limit = CitationSelection.searchLimit
            return try searchItems(search)
        }
    }
}
