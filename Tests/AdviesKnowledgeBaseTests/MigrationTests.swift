@testable import AdviesKnowledgeBase
import AdviesModel
import Foundation
import GRDB
import Testing

@Suite("Migrations")
struct MigrationTests {
    /// A copy of a knowledge base the previous release (schema v4) wrote of the corpus texts.
    static func v4Copy() throws -> String {
        let path = try Repository.newPath()
        try tamper(path, try String(contentsOf: Repository.fixtures.appendingPathComponent("kb-v4.sql"), encoding: .utf8))
        return path
    }

    /// What the v4 file holds per document, counted in its own tables.
    static func v4Counts(_ path: String) throws -> [String: [Int]] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            var counts: [String: [Int]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT id, (SELECT COUNT(*) FROM section WHERE document_id = d.id), (SELECT COUNT(*) FROM footnote WHERE document_id = d.id),
                       (SELECT COUNT(*) FROM recommendation WHERE document_id = d.id), (SELECT COUNT(*) FROM reference WHERE document_id = d.id)
                FROM document d
                """) { counts[row[0]] = [row[1], row[2], row[3], row[4]] }
            return counts
        }
    }

    /// The work each reference cites, by document and reference position.
    static func citedWorks(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT r.document_id || '|' || r.position || '|' || c.work_id FROM citation c JOIN reference r ON r.id = c.reference_id
                ORDER BY r.document_id, r.position
                """)
        }
    }

    @Test("A v4 knowledge base of the corpus: refused for reading, migrated by a writer, everything it held kept")
    func fromV4() throws {
        let path = try Self.v4Copy()
        let counts = try Self.v4Counts(path)
        let citations = try Self.citedWorks(path)
        #expect(counts.count == 5 && citations.count == 55)
        let before = try FileSnapshot(path)
        #expect(throws: KnowledgeBaseError.olderSchema(path: path)) { try KnowledgeBase(path: path, access: .read) }
        #expect(try FileSnapshot(path) == before, "a reader migrated nothing")

        do {
            let knowledgeBase = try KnowledgeBase(path: path, access: .write)
            #expect(try knowledgeBase.integrityProblems().isEmpty)
        }
        #expect(try Self.citedWorks(path) == citations, "the v4 citations, kept")
        let knowledgeBase = try KnowledgeBase(path: path, access: .read)
        let summaries = try knowledgeBase.documents()
        #expect(Dictionary(uniqueKeysWithValues: summaries.map { ($0.id, [$0.sections, $0.footnotes, $0.recommendations, $0.references]) }) == counts)
        for id in Repository.documentIDs {
            let document = try knowledgeBase.document(id)
            #expect(try knowledgeBase.cites(id).count == document.references.count, "\(id): every reference cites a work")
            // Labels placed by position: every element points at an existing section.
            let sections = Set(document.sections.map(\.id))
            #expect(document.blocks.compactMap(\.section).allSatisfy(sections.contains), "\(id)")
            #expect(document.footnotes.compactMap(\.section).allSatisfy(sections.contains), "\(id)")
            #expect(document.recommendations.compactMap(\.section).allSatisfy(sections.contains), "\(id)")
            #expect(document.sections.compactMap(\.parent).allSatisfy { sections.contains($0) }, "\(id)")
        }

        let question = try knowledgeBase.document("schriftelijke-vraag-677")
        #expect(question.blocks.first?.turn == .question(nil))
        #expect(question.blocks.filter { $0.turn == .answer(2) }.count == 6)
        #expect(question.blocks.filter { $0.turn?.isAnswer == true }.compactMap(\.section).allSatisfy {
            question[section: $0]?.label.hasPrefix("A.") == true
        })
        #expect(question.answers.count == 7 && question.answers[1].text.hasPrefix("Net als in de leerlingenaantallen"))
        let tables = question.answers[0].tables
        #expect(tables.map(\.label) == ["a", "b", "c", "d"])
        #expect(tables.allSatisfy { $0.section.flatMap { question[section: $0]?.label } == "A.1.\($0.label)" })
        #expect(tables[0].rows.first?.label == "Brussels H. Gewest" && tables[0].rows.first?.values.first == 63)
        #expect(tables[0].notes.count == 2 && tables[0].columns.first == "2019-2020")
        #expect(question.metadata.askedBy == "Allessia Claes" && question.metadata.signatories.count == 1)

        let actieplan = try knowledgeBase.document("actieplan-duaal-leren")
        let lists = Set(actieplan.references.compactMap { reference -> String? in
            if case .list = reference.site { return actieplan.name(of: reference.site) }
            return nil
        })
        #expect(lists == ["Bronnen", "Eerdere adviezen Vlaamse Onderwijsraad"])
        #expect(actieplan.references.contains { $0.site == .footnote(9) })

        var query = SearchQuery(text: "stagebonus")
        query.limit = 50
        #expect(try !knowledgeBase.search(query).isEmpty)
        query = SearchQuery(text: "ondernemingen")
        query.scope = .answers
        #expect(try knowledgeBase.search(query).allSatisfy { $0.documentId == "schriftelijke-vraag-677" })
        let thread = try knowledgeBase.trace(subject: "premie")
        #expect(thread.items.contains { $0.kind == .answer && $0.documentId == "schriftelijke-vraag-677" })
        #expect(try knowledgeBase.integrityProblems().isEmpty)
    }

    @Test("A knowledge base of the first schema: its citations, which no migration can build, are built after migrating")
    func fromV1() throws {
        let migrated = try Self.v4Copy()
        _ = try KnowledgeBase(path: migrated, access: .write)
        let path = try Self.v4Copy()
        // Back to what the first advies wrote: no works, no citations, no addresses, no term tables.
        try tamper(path, """
            DROP TABLE citation; DROP TABLE work; DROP INDEX document_on_url_key; ALTER TABLE document DROP COLUMN url_key;
            DROP TABLE paragraph_vocab; DROP TABLE recommendation_vocab;
            DELETE FROM grdb_migrations WHERE identifier NOT LIKE 'v1:%';
            """)
        let knowledgeBase = try KnowledgeBase(path: path, access: .write)
        #expect(try knowledgeBase.integrityProblems().isEmpty)
        for id in Repository.documentIDs {
            #expect(try knowledgeBase.cites(id).count == knowledgeBase.document(id).references.count, "\(id)")
        }
        #expect(try Self.citedWorks(path) == Self.citedWorks(migrated), "the works the releases that stored them found")
    }

    @Test("A knowledge base from a newer advies is refused for reading and writing, and left as it was")
    func newer() throws {
        let path = try Repository.newPath()
        _ = try Corpus.knowledgeBase(["aanvullende-stagebonus"], at: path)
        try tamper(path, "INSERT INTO grdb_migrations VALUES ('v99: from the future')")
        let before = try FileSnapshot(path)
        #expect(throws: KnowledgeBaseError.newerSchema(path: path)) { try KnowledgeBase(path: path, access: .read) }
        #expect(throws: KnowledgeBaseError.newerSchema(path: path)) { try KnowledgeBase(path: path, access: .write) }
        #expect(try FileSnapshot(path) == before)
    }

    @Test("The file is marked as advies's (application id 'ADVS'), every migration recorded by its frozen identifier")
    func marker() throws {
        let path = try Repository.newPath()
        _ = try KnowledgeBase(path: path, access: .write)
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == 0x4144_5653)
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
                == ["v1: documents, structure, search", "v2: works and citations", "v3: term statistics",
                    "v4: no index a unique key already covers", "v5: typed columns, positions not labels, lossless",
                    "v6: the issuing body and the answer date"])
    }
}
