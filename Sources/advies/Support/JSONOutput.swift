import Foundation

enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    static func print<T: Encodable>(_ value: T) throws {
        let data = try encoder().encode(value)
        Console.out(String(decoding: data, as: UTF8.self))
    }
}
