import AdviesCore
import Foundation

/// The gold annotations, decoded into the parser's own document type.
public enum Gold {
    public static func load(_ id: String) throws -> ParsedDocument {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(ParsedDocument.self, from: Data(contentsOf: Repository.gold(id)))
    }
}
