import AdviesAnnotation
import Foundation

/// The gold annotations, in their own shape (GUIDE.md); a parse compares with them through
/// `Annotation.Document(parsed)`.
public enum Gold {
    public static func load(_ id: String) throws -> Annotation.Document {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Annotation.Document.self, from: Data(contentsOf: Repository.gold(id)))
    }
}
