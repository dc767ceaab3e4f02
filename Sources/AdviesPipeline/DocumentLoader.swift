import AdviesCore
import AdviesExtraction
import Foundation

/// Reads and parses one file: extraction, the parser, and the facts of a manifest.
public struct DocumentLoader: Sendable {
    public var password: String?
    public var manifest: Manifest?
    /// When PDF pages are read by OCR.
    public var ocr: OCRSettings
    /// Pages OCR has read so far.
    public var progress: (@Sendable (OCRProgress) -> Void)?

    public init(password: String? = nil, manifest: Manifest? = nil, ocr: OCRSettings = OCRSettings(),
                progress: (@Sendable (OCRProgress) -> Void)? = nil) {
        self.password = password
        self.manifest = manifest
        self.ocr = ocr
        self.progress = progress
    }

    public func load(_ url: URL) throws(FileError) -> ParsedDocument {
        try loadWithLayout(url, bytes: nil, id: nil, collection: CrossReferencer.Collection(manifest?.known ?? [])).document
    }

    /// Pages counted in a file: all of them, and those with a text layer.
    public struct PageCount: Sendable {
        public var total: Int
        public var withText: Int
    }

    /// Loads a file (or the `bytes` already read from it) as the document `id` (default: from
    /// its name), with cross-references to the documents of `collection`.
    public func loadWithLayout(_ url: URL, bytes: Data?, id: String?, collection: CrossReferencer.Collection) throws(FileError)
        -> (document: ParsedDocument, pages: PageCount) {
        let layout = try DocumentReader(password: password, ocr: ocr, progress: progress).read(url, bytes: bytes)
        var document = DocumentParser().parse(layout, id: id)
        manifest?.apply(to: &document)
        document.crossReferences = CrossReferencer.link(document, to: collection)
        return (document, PageCount(total: layout.pages.count, withText: layout.pages.count - layout.pagesWithoutText.count))
    }
}
