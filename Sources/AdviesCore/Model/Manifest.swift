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

    public static func load(_ url: URL) throws -> Manifest {
        let data = try Data(contentsOf: url)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Manifest.self, from: data)
    }

    /// The documents as citations would describe them, for cross-references.
    public var known: [CrossReferencer.Known] {
        documents.map { CrossReferencer.Known(id: $0.id, title: $0.title, date: $0.date, url: $0.url) }
    }

    /// The entry for a document id.
    public func entry(for id: String) -> Entry? {
        index.byID[id].map { documents[$0] }
    }

    /// The entry listing a file by its path relative to the manifest ("pdf/x.pdf").
    public func entry(forFile path: String) -> Entry? {
        index.byFile[path].map { documents[$0] }
    }

    /// Fills in what the document does not state, and records which fields came from here.
    public func apply(to document: inout ParsedDocument) {
        guard let entry = entry(for: document.id) else { return }
        var filled: [String] = []
        func fill(_ keyPath: WritableKeyPath<Metadata, String?>, _ value: String?, _ name: String) {
            guard document.metadata[keyPath: keyPath] == nil, let value else { return }
            document.metadata[keyPath: keyPath] = value
            filled.append(name)
        }
        fill(\.title, entry.title, "title")
        fill(\.subject, entry.subject, "subject")
        fill(\.council, entry.council, "council")
        fill(\.organisation, entry.organisation, "organisation")
        fill(\.url, entry.url, "url")
        if document.metadata.date == nil, let date = entry.date {
            document.metadata.date = date
            document.metadata.datePrecision = entry.datePrecision ?? DatePrecision(isoDate: date)
            filled += ["date", "date_precision"]
        }
        if document.kind == .unknown, let kind = entry.kind {
            document.kind = kind
            filled.append("kind")
        }
        if !filled.isEmpty {
            document.metadata.fromManifest = (document.metadata.fromManifest ?? []) + filled
            document.diagnostics.append(Diagnostic(.info, .manifestFact, "from the manifest: " + filled.joined(separator: ", ")))
        }
    }
}
