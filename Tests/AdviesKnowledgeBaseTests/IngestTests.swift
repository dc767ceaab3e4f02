import AdviesCore
@testable import AdviesKnowledgeBase
import AdviesPipeline
import Foundation
import Testing
import TestSupport

@Suite("Ingest into the knowledge base")
struct IngestTests {
    @Test("The stored corpus holds what the parser found, document by document")
    func countsMatchParser() async throws {
        let knowledgeBase = try await Fixtures.corpus()
        let manifest = try Manifest.load(Repository.corpus.appendingPathComponent("manifest.json"))
        let summaries = try knowledgeBase.documents()
        #expect(summaries.count == Repository.documentIDs.count)
        for id in Repository.documentIDs {
            let parsed = try DocumentLoader(manifest: manifest).load(Repository.pdf(id))
            let stored = try knowledgeBase.document(id)
            #expect(stored.sections == parsed.sections, "\(id) sections")
            #expect(stored.footnotes.map(\.text) == parsed.footnotes.map(\.text), "\(id) footnotes")
            #expect(stored.recommendations.map(\.text) == parsed.recommendations.map(\.text), "\(id) recommendations")
            #expect(stored.references.map(\.workKey) == parsed.references.map(\.workKey), "\(id) references")
            #expect(stored.blocks.count == parsed.blocks.count, "\(id) blocks")
            #expect(stored.answers.flatMap(\.tables) == parsed.answers.flatMap(\.tables), "\(id) tables")
            #expect(stored.metadata == parsed.metadata, "\(id) metadata")
        }
    }

    @Test("A PDF and its text twin are one document: the PDF is kept, the text reported as a duplicate")
    func duplicates() async throws {
        let (summary, events) = await Fixtures.ingest([Repository.pdf("aanvullende-stagebonus").path,
                                                       Repository.text("aanvullende-stagebonus").path],
                                                      into: try Fixtures.emptyKnowledgeBase())
        #expect(summary.added == 1 && summary.duplicates == 1)
        #expect(events.first { $0.outcome == .duplicate }?.path.hasSuffix(".txt") == true)
    }

    @Test("Re-ingest changes nothing; a changed file replaces only its document; a bad file leaves the rest in")
    func changesAndFailures() async throws {
        let folder = try Repository.scratchDirectory("advies-ingest")
        for id in ["aanvullende-stagebonus", "duaal-leren-hoger-onderwijs"] {
            try FileManager.default.copyItem(at: Repository.text(id), to: folder.appendingPathComponent("\(id).txt"))
        }
        let knowledgeBase = try Fixtures.emptyKnowledgeBase()
        let (first, _) = await Fixtures.ingest([folder.path], into: knowledgeBase)
        #expect(first.added == 2 && first.failed == 0)
        let before = try knowledgeBase.document("duaal-leren-hoger-onderwijs")

        let (again, _) = await Fixtures.ingest([folder.path], into: knowledgeBase)
        #expect(again.unchanged == 2 && again.added == 0 && again.replaced == 0)

        let changed = folder.appendingPathComponent("aanvullende-stagebonus.txt")
        var text = try String(contentsOf: changed, encoding: .utf8)
        text = text.replacingOccurrences(of: "We stellen dan ook voor", with: "We vragen dan ook")
        try text.write(to: changed, atomically: true, encoding: .utf8)
        try Data([0x00, 0xFF, 0x13, 0x02, 0x00, 0x00, 0x07, 0x08]).write(to: folder.appendingPathComponent("broken.txt"))
        let (third, events) = await Fixtures.ingest([folder.path], into: knowledgeBase)
        #expect(third.replaced == 1 && third.unchanged == 1 && third.failed == 1)
        #expect(events.first { $0.outcome == .failed }?.message == "binary data, not text")
        let replaced = try knowledgeBase.document("aanvullende-stagebonus")
        #expect(replaced.recommendations.contains { $0.text.hasPrefix("We vragen dan ook") })
        #expect(try knowledgeBase.document("duaal-leren-hoger-onderwijs").blocks == before.blocks)
        #expect(try knowledgeBase.documents().count == 2)
    }

    @Test("An unknown id is one clear error with the closest ids")
    func unknownID() async throws {
        let knowledgeBase = try await Fixtures.corpus()
        #expect(throws: KnowledgeBaseError.unknownDocument(id: "drempels-wegwerken", suggestions: ["drempels-wegwerken-duaal-leren"])) {
            try knowledgeBase.document("drempels-wegwerken")
        }
    }

    @Test("A file that is not SQLite, and a knowledge base from a newer advies, are refused")
    func refusedFiles() throws {
        let folder = try Repository.scratchDirectory("advies-kb-files")
        let text = folder.appendingPathComponent("notes.sqlite")
        try String(repeating: "geen database\n", count: 200).write(to: text, atomically: true, encoding: .utf8)
        #expect(throws: KnowledgeBaseError.notADatabase(path: text.path)) { try KnowledgeBase(path: text.path) }

        let newer = folder.appendingPathComponent("newer.sqlite").path
        _ = try KnowledgeBase(path: newer)
        let sqlite = try Command.tool("sqlite3", [newer, "INSERT INTO grdb_migrations VALUES ('v99: from the future')"])
        try #require(sqlite.status == 0, "sqlite3: \(sqlite.stderr)")
        #expect(throws: KnowledgeBaseError.newerSchema(path: newer)) { try KnowledgeBase(path: newer) }
    }

    @Test("A knowledge base from an older advies is migrated: what it holds stays, citations are built")
    func olderSchema() async throws {
        let path = try Repository.scratchDirectory("advies-kb-old").appendingPathComponent("old.sqlite").path
        let ids = Repository.documentIDs
        let current = try KnowledgeBase(path: path)
        _ = await Fixtures.ingest(ids.map { Repository.text($0).path }, into: current)
        let cites = try ids.map { try current.cites($0).map { "\($0)" } }
        #expect(cites.joined().count > 10, "the corpus cites works")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let documents = try ids.map { try encoder.encode(current.document($0)) }
        // Take the file back to the first schema, as the first advies wrote it.
        try await current.pool.write { db in
            try db.execute(sql: """
                DROP TABLE citation; DROP TABLE work; DROP INDEX document_on_url_key;
                ALTER TABLE document DROP COLUMN url_key; DROP TABLE paragraph_vocab; DROP TABLE recommendation_vocab;
                DELETE FROM grdb_migrations WHERE identifier NOT LIKE 'v1:%';
                """)
        }

        let migrated = try KnowledgeBase(path: path)
        #expect(try ids.map { try encoder.encode(migrated.document($0)) } == documents)
        #expect(try ids.map { try migrated.cites($0).map { "\($0)" } } == cites)
        #expect(try migrated.integrityProblems().isEmpty)
        #expect(try !migrated.search(SearchQuery(text: "stagebonus")).isEmpty)
    }
}
