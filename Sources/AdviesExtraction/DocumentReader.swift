import AdviesModel
import AdviesText
import Foundation

/// Picks the reader for a file by its extension (or, without one, by its first bytes).
public struct DocumentReader: Sendable {
    public var password: String?
    /// When PDF pages are read by OCR (default: pages without a text layer, in Dutch).
    public var ocr: OCRSettings
    /// Pages OCR has read so far.
    public var progress: (@Sendable (OCRProgress) -> Void)?

    public init(password: String? = nil, ocr: OCRSettings = OCRSettings(),
                progress: (@Sendable (OCRProgress) -> Void)? = nil) {
        self.password = password
        self.ocr = ocr
        self.progress = progress
    }

    /// File extensions the readers accept.
    public static let supportedExtensions: Set<String> = ["pdf", "txt"]

    /// The checked bytes of a file: present, regular, readable, not empty.
    public static func bytes(of url: URL) throws(FileError) -> Data {
        do { return try FileProbe.read(url) } catch { throw FileError(path: url.path, reason: error) }
    }

    /// Reads `url`, or the `bytes` already read from it (so that what is hashed is what is parsed).
    public func read(_ url: URL, bytes: Data? = nil) throws(FileError) -> LayoutDocument {
        do throws(ExtractionError) {
            let data = if let bytes { bytes } else { try FileProbe.read(url) }
            switch try Self.format(of: url, data: data) {
            case .pdf: return try PDFExtractor(password: password, ocr: ocr, progress: progress).extract(data, source: url.path)
            case .text: return try TextExtractor().extract(data, source: url.path)
            }
        } catch {
            throw FileError(path: url.path, reason: error)
        }
    }

    static func format(of url: URL, data: Data) throws(ExtractionError) -> SourceFormat {
        switch url.pathExtension.lowercased() {
        case "pdf": return .pdf
        case "txt", "text": return .text
        case "": return PDFExtractor.hasPDFHeader(data) ? .pdf : .text
        case let other: throw .unsupportedType(other)
        }
    }
}
