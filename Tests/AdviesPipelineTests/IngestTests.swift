import AdviesKnowledgeBase
import AdviesModel
import AdviesPipeline
import Foundation
import Testing
import TestSupport

/// Ingest through the pipeline's API: what is skipped, replaced, merged and reported, and an
/// older knowledge base taken forward.
@Suite("Ingest")
struct IngestTests {
    /// The events of a run, gathered from whichever task reports them.
    private final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [Ingestor.Event] = []

        func add(_ event: Ingestor.Event) { lock.withLock { events.append(event) } }
        var all: [Ingestor.Event] { lock.withLock { events } }
    }

    private func ingest(_ paths: [String], into knowledgeBase: KnowledgeBase) async -> (Ingestor.Summary, [Ingestor.Event]) {
        let events = Events()
        let summary = await Ingestor(knowledgeBase: knowledgeBase, workers: 2).ingest(paths) { events.add($0) }
        return (summary, events.all)
    }

    private func newKnowledgeBase() throws -> KnowledgeBase {
        try KnowledgeBase(path: try Repository.scratchDirectory("advies-ingest").appendingPathComponent("kb.sqlite").path, access: .write)
    }

    @Test("A PDF and its text twin are one document: the PDF is kept, the text reported as a duplicate")
    func twins() async throws {
        let (summary, events) = await ingest([Repository.pdf("aanvullende-stagebonus").path, Repository.text("aanvullende-stagebonus").path],
                                             into: try newKnowledgeBase())
        #expect(summary.added == 1 && summary.duplicates == 1 && summary.failed == 0)
        #expect(events.first { $0.outcome == .duplicate }?.path.hasSuffix(".txt") == true)
        #expect(events.first { $0.outcome == .added }?.path.hasSuffix(".pdf") == true)
    }

    @Test("Again unchanged: skipped; a changed file replaces only its document; a bad file is reported while the rest goes in")
    func changesAndFailures() async throws {
        let folder = try Repository.scratchDirectory("advies-ingest-changes")
        for id in ["aanvullende-stagebonus", "duaal-leren-hoger-onderwijs"] {
            try FileManager.default.copyItem(at: Repository.text(id), to: folder.appendingPathComponent("\(id).txt"))
        }
        let knowledgeBase = try newKnowledgeBase()
        let (first, _) = await ingest([folder.path], into: knowledgeBase)
        #expect(first.added == 2 && first.failed == 0)
        let untouched = try knowledgeBase.document("duaal-leren-hoger-onderwijs")

        let (again, _) = await ingest([folder.path], into: knowledgeBase)
        #expect(again.unchanged == 2 && again.added == 0 && again.replaced == 0)

        let changed = folder.appendingPathComponent("aanvullende-stagebonus.txt")
        let text = try String(contentsOf: changed, encoding: .utf8)
        try text.replacingOccurrences(of: "We stellen dan ook voor", with: "We vragen dan ook").write(to: changed, atomically: true, encoding: .utf8)
        try Data([0x00, 0xFF, 0x13, 0x02, 0x00, 0x00, 0x07, 0x08]).write(to: folder.appendingPathComponent("broken.txt"))
        let (third, events) = await ingest([folder.path], into: knowledgeBase)
        #expect(third.replaced == 1 && third.unchanged == 1 && third.failed == 1)
        let failure = events.first { $0.outcome == .failed }
        #expect(failure?.path.hasSuffix("broken.txt") == true && failure?.message == "binary data, not text")
        #expect(try knowledgeBase.document("aanvullende-stagebonus").recommendations.contains { $0.text.hasPrefix("We vragen dan ook") })
        #expect(try knowledgeBase.document("duaal-leren-hoger-onderwijs").blocks == untouched.blocks)
        #expect(try knowledgeBase.documents().count == 2)
    }

    @Test("Into a knowledge base of the previous release: migrated, what it held kept, the new document added")
    func olderSchema() async throws {
        let path = try Repository.scratchDirectory("advies-ingest-v4").appendingPathComponent("kb.sqlite").path
        let fixture = Repository.root.appendingPathComponent("Tests/AdviesKnowledgeBaseTests/Fixtures/kb-v4.sql")
        let load = try Command.tool("sqlite3", [path, ".read \(fixture.path)"])
        try #require(load.status == 0, "\(load.stderr)")
        let counts = try Command.tool("sqlite3", [path, """
            SELECT id, (SELECT COUNT(*) FROM section WHERE document_id = d.id), (SELECT COUNT(*) FROM footnote WHERE document_id = d.id),
                   (SELECT COUNT(*) FROM recommendation WHERE document_id = d.id) FROM document d ORDER BY id
            """]).stdout.split(separator: "\n").map(String.init)
        #expect(counts.count == 5)

        let copy = try Repository.scratchDirectory("advies-ingest-new").appendingPathComponent("nieuw.txt")
        try FileManager.default.copyItem(at: Repository.text("aanvullende-stagebonus"), to: copy)
        let knowledgeBase = try KnowledgeBase(path: path, access: .write)
        let (summary, _) = await ingest([copy.path], into: knowledgeBase)
        #expect(summary.added == 1 && summary.failed == 0)
        #expect(try knowledgeBase.integrityProblems().isEmpty)
        let stored = try knowledgeBase.documents().filter { $0.id != "nieuw" }
            .map { "\($0.id)|\($0.sections)|\($0.footnotes)|\($0.recommendations)" }
        #expect(stored.sorted() == counts.sorted())
        var query = SearchQuery(text: "stagebonus")
        query.limit = 20
        #expect(Set(try knowledgeBase.search(query).map(\.documentId)).isSuperset(of: ["aanvullende-stagebonus", "nieuw"]))
    }
}
