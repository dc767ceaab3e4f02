import Foundation

/// A collection's manifest: per document, the facts its text may not state (the cover page
/// was lost): title, date and its precision, council, URL.
public struct Manifest: Codable, Sendable {
    public var documents: [Entry] {
        didSet { index = Index(documents) }
    }
    /// Entries by id and by file, so that a collection of thousands is not read whole per document.
    private var index: Index

    private enum CodingKeys: String, CodingKey {
        case documents
    }

    private struct Index: Sendable {
        var byID: [String: Int] = [:]
        var byFile: [String: Int] = [:]

        init(_ documents: [Entry]) {
            // The first entry wins, as a linear search would find it.
            for (position, entry) in documents.enumerated().reversed() {
                byID[entry.id] = position
                for file in [entry.text, entry.pdf, entry.scanned].compactMap({ $0 }) { byFile[file] = position }
            }
        }
    }

    public struct Entry: Codable, Sendable {
        public var id: String
        public var kind: DocumentKind?
        public var organisation: String?
        public var council: String?
        public var title: String?
        public var subject: String?
        public var date: String?
        public var datePrecision: DatePrecision?
        public var url: String?
        public var text: String?
        public var pdf: String?
        public var scanned: String?
    }

    public init(documents: [Entry]) {
        self.documents = documents
        index = Index(documents)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(documents: try container.decode([Entry].self, forKey: .documents))
    }

    /// The entry for a document id.
    public func entry(for id: String) -> Entry? {
        index.byID[id].map { documents[$0] }
    }

    /// The entry listing a file by its path relative to the manifest ("pdf/x.pdf").
    public func entry(forFile path: String) -> Entry? {
        index.byFile[path].map { documents[$0] }
    }
}
