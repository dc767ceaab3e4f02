@testable import AdviesKnowledgeBase
import AdviesExtraction
import AdviesModel
import AdviesParser
import Foundation
import GRDB

/// The repository's files, found from this source file's path.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus")
    static let annotations = root.appendingPathComponent("Annotations")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let documentIDs = ["aanvullende-stagebonus", "actieplan-duaal-leren", "drempels-wegwerken-duaal-leren",
                              "duaal-leren-hoger-onderwijs", "schriftelijke-vraag-677"]

    static func pdf(_ id: String) -> URL { corpus.appendingPathComponent("pdf/\(id).pdf") }
    static func text(_ id: String) -> URL { corpus.appendingPathComponent("text/\(id).txt") }

    /// A fresh scratch folder.
    static func scratch(_ name: String = "advies-kb") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path for a knowledge base not yet made.
    static func newPath() throws -> String { try scratch().appendingPathComponent("kb.sqlite").path }
}

/// The corpus as the parser reads it, with the manifest's facts (the pipeline's job, done
/// here in its simplest form so these tests do not depend on the pipeline).
enum Corpus {
    enum Format: CaseIterable { case pdf, text }

    private struct Manifest: Decodable {
        struct Entry: Decodable {
            var id: String
            var kind: DocumentKind?
            var organisation, council, title, subject, date, url: String?
            var datePrecision: DatePrecision?
        }
        var documents: [Entry]
    }

    private static let manifest: [String: Manifest.Entry] = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let data = try! Data(contentsOf: Repository.corpus.appendingPathComponent("manifest.json"))
        return Dictionary(uniqueKeysWithValues: try! decoder.decode(Manifest.self, from: data).documents.map { ($0.id, $0) })
    }()

    /// A corpus document parsed from one of its files, with or without the manifest's facts.
    static func parse(_ id: String, _ format: Format = .pdf, manifest withManifest: Bool = true) throws -> (ParsedDocument, KnowledgeBase.Source) {
        let url = format == .pdf ? Repository.pdf(id) : Repository.text(id)
        let layout = try DocumentReader().read(url)
        var document = DocumentParser().parse(layout)
        if withManifest, let entry = manifest[id] { apply(entry, to: &document) }
        let bytes = try Data(contentsOf: url)
        let source = KnowledgeBase.Source(path: url.path, format: format == .pdf ? .pdf : .text,
                                          contentHash: "\(bytes.count)-\(bytes.hashValue)-\(withManifest)", pageCount: layout.pages.count)
        return (document, source)
    }

    private static func apply(_ entry: Manifest.Entry, to document: inout ParsedDocument) {
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
        document.metadata.fromManifest += filled
    }

    /// A knowledge base holding `ids` (stored in that order) from their PDFs.
    static func knowledgeBase(_ ids: [String] = Repository.documentIDs, at path: String? = nil) throws -> KnowledgeBase {
        let knowledgeBase = try KnowledgeBase(path: path ?? Repository.newPath(), access: .write)
        for id in ids {
            let (document, source) = try parse(id)
            try knowledgeBase.store(document, source: source)
        }
        return knowledgeBase
    }

    /// The corpus stored once per test process, opened for reading as the commands do.
    static let shared: KnowledgeBase = {
        let path = try! Repository.newPath()
        _ = try! knowledgeBase(at: path)
        return try! KnowledgeBase(path: path, access: .read)
    }()
}

/// A file's bytes and modification time, and what stands beside it.
struct FileSnapshot: Equatable {
    var bytes: Data
    var modified: Date?
    var neighbours: [String]

    init(_ path: String) throws {
        bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        modified = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let folder = (path as NSString).deletingLastPathComponent
        neighbours = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }
}

/// Raw SQL on a file, as another program (or damage) would change it.
func tamper(_ path: String, _ sql: String) throws {
    var configuration = Configuration()
    configuration.prepareDatabase { db in db.add(tokenizer: DutchTokenizer.self) }
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
    try queue.close()
}
