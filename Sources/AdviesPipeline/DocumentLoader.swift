import AdviesAnalysis
import AdviesExtraction
import AdviesModel
import AdviesParser
import Foundation

/// Reads and parses one file: extraction, the parser, the facts of a manifest, and the
/// cross-references to the other documents of the collection the manifest describes.
public struct DocumentLoader: Sendable {
    public var password: String?
    public var manifest: Manifest?
    /// When PDF pages are read by OCR.
    public var ocr: OCRSettings
    /// Pages OCR has read so far.
    public var progress: (@Sendable (OCRProgress) -> Void)?
    /// The manifest's documents as citations would describe them, indexed once.
    private let collection: DocumentResolver.Collection

    public init(password: String? = nil, manifest: Manifest? = nil, ocr: OCRSettings = OCRSettings(),
                progress: (@Sendable (OCRProgress) -> Void)? = nil) {
        self.password = password
        self.manifest = manifest
        self.ocr = ocr
        self.progress = progress
        collection = ManifestFacts.candidates(manifest)
    }

    public func load(_ url: URL) throws(FileError) -> ParsedDocument {
        try load(url, bytes: nil, id: nil).document
    }

    /// Pages counted in a file: all of them, and those with a text layer.
    public struct PageCount: Sendable {
        public var total: Int
        public var withText: Int
    }

    /// Loads a file (or the `bytes` already read from it) as the document `id` (default: the
    /// manifest's id for it, else its name).
    public func load(_ url: URL, bytes: Data?, id: String?) throws(FileError) -> (document: ParsedDocument, pages: PageCount) {
        let layout = try DocumentReader(password: password, ocr: ocr, progress: progress).read(url, bytes: bytes)
        var document = DocumentParser().parse(layout, id: id ?? manifestID(for: url))
        if let entry = manifest?.entry(for: document.id) { ManifestFacts.apply(entry, to: &document) }
        document.crossReferences = DocumentResolver.crossReferences(of: document, in: collection)
        return (document, PageCount(total: layout.pages.count, withText: layout.pages.count - layout.pagesWithoutText.count))
    }

    /// The id a manifest gives a file it lists by its path relative to the manifest
    /// ("pdf/x.pdf"), when the file's own name is not an id of the manifest.
    private func manifestID(for url: URL) -> String? {
        guard let manifest else { return nil }
        let stem = url.deletingPathExtension().lastPathComponent
        if manifest.entry(for: stem) != nil { return stem }
        return manifest.entry(forFile: url.pathComponents.suffix(2).joined(separator: "/"))?.id
    }
}
