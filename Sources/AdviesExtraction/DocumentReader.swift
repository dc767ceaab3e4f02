import AdviesCore
import Foundation

/// Picks the reader for a file by its extension (or, without one, by its first bytes).
public struct DocumentReader: Sendable {
    public var password: String?

    public init(password: String? = nil) {
        self.password = password
    }

    /// File extensions the readers accept.
    public static let supportedExtensions: Set<String> = ["pdf", "txt"]

    public func read(_ url: URL) throws(FileError) -> LayoutDocument {
        do {
            switch try Self.format(of: url) {
            case .pdf: return try PDFExtractor(password: password).extract(url)
            case .text: return try TextExtractor().extract(url)
            }
        } catch {
            throw FileError(path: url.path, reason: error)
        }
    }

    public static func format(of url: URL) throws(ExtractionError) -> SourceFormat {
        switch url.pathExtension.lowercased() {
        case "pdf": return .pdf
        case "txt", "text": return .text
        case "":
            let data = try FileProbe.read(url)
            return PDFExtractor.hasPDFHeader(data) ? .pdf : .text
        case let other: throw .unsupportedType(other)
        }
    }
}
