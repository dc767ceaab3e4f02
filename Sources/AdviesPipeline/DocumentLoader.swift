import AdviesCore
import AdviesExtraction
import Foundation

/// Reads and parses one file: extraction, the parser, and the facts of a manifest.
public struct DocumentLoader: Sendable {
    public var password: String?
    public var manifest: Manifest?

    public init(password: String? = nil, manifest: Manifest? = nil) {
        self.password = password
        self.manifest = manifest
    }

    public func load(_ url: URL) throws(FileError) -> ParsedDocument {
        let layout = try DocumentReader(password: password).read(url)
        var document = DocumentParser().parse(layout)
        if let manifest {
            manifest.apply(to: &document)
            document.crossReferences = CrossReferencer.link(document, to: manifest.known)
        }
        return document
    }
}
