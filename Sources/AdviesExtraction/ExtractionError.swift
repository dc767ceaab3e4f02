import Foundation

/// Why a file could not be read at all. The description is the one-line reason a user sees
/// after `advies: <path>: `.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing
    case isDirectory
    case notRegularFile
    case unreadable(String)
    case empty
    case unsupportedType(String)
    case notPDF(looksLike: String)
    case damaged(String)
    case encrypted
    case wrongPassword
    case binary
    case ocrUnavailable(String)
    /// No Tesseract data for an OCR language.
    case noOCRData(String)

    public var description: String {
        switch self {
        case .missing: "no such file"
        case .isDirectory: "is a directory, not a document"
        case .notRegularFile: "not a regular file (a pipe, socket or device)"
        case .unreadable(let why): "cannot be read (\(why))"
        case .empty: "empty file"
        case .unsupportedType(let ext): "unsupported file type '\(ext)' (expected .pdf or .txt)"
        case .notPDF(let kind): "not a PDF (the file holds \(kind))"
        case .damaged(let why): "damaged PDF (\(why))"
        case .encrypted: "encrypted PDF: give the password with --password"
        case .wrongPassword: "encrypted PDF: the password is wrong"
        case .binary: "binary data, not text"
        case .ocrUnavailable(let why): "OCR unavailable (\(why))"
        case .noOCRData(let language):
            "no OCR data for language \"\(language)\" (install tesseract-ocr-\(language.lowercased().replacingOccurrences(of: "_", with: "-")))"
        }
    }
}

/// An extraction failure tied to the file it happened on.
public struct FileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: ExtractionError

    public init(path: String, reason: ExtractionError) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
