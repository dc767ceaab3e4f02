import AdviesAnnotation
import AdviesModel
import Foundation

/// Any result as JSON: keys in snake_case and sorted, slashes unescaped, pretty-printed. A
/// document is written in the shape of the gold annotations.
public enum JSONRenderer {
    public static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static func render(_ document: ParsedDocument) throws -> String {
        try render(Annotation.Document(document))
    }
}
