@testable import AdviesKnowledgeBase
import AdviesModel
import Foundation
import GRDB
import Testing

@Suite("Storing documents")
struct StoreTests {
    @Test("The same content is left alone; changed content replaces only its document")
    func outcomes() throws {
        let knowledgeBase = try Corpus.knowledgeBase(["aanvullende-stagebonus", "duaal-leren-hoger-onderwijs"])
        let untouched = try knowledgeBase.document("duaal-leren-hoger-onderwijs")
        var (document, source) = try Corpus.parse("aanvullende-stagebonus")
        #expect(try knowledgeBase.store(document, source: source) == .unchanged)
        document.recommendations[0].text = "We vragen dan ook een andere bonus."
        source.contentHash += "-edited"
        #expect(try knowledgeBase.store(document, source: source) == .replaced)
        #expect(try knowledgeBase.document("aanvullende-stagebonus").recommendations[0].text == "We vragen dan ook een andere bonus.")
        #expect(try knowledgeBase.source(of: "aanvullende-stagebonus") == source)
        #expect(try knowledgeBase.document("duaal-leren-hoger-onderwijs") == untouched)
        #expect(try knowledgeBase.documents().count == 2)
        #expect(try knowledgeBase.integrityProblems().isEmpty)
    }

    @Test("A document whose parts do not fit together is refused whole, and what was stored stays")
    func allOrNothing() throws {
        let knowledgeBase = try Corpus.knowledgeBase(["aanvullende-stagebonus"])
        let before = try knowledgeBase.document("aanvullende-stagebonus")
        var (stray, source) = try Corpus.parse("aanvullende-stagebonus")
        source.contentHash += "-stray"
        stray.blocks[0].section = SectionID(99)
        #expect {
            try knowledgeBase.store(stray, source: source)
        } throws: { error in
            guard case .invalidDocument(let id, _) = error as? KnowledgeBaseError else { return false }
            return id == "aanvullende-stagebonus"
        }
        var (foreign, _) = try Corpus.parse("actieplan-duaal-leren")
        foreign.recommendations[0].id = RecommendationID(document: "elsewhere", number: 1)
        #expect(throws: KnowledgeBaseError.self) { try knowledgeBase.store(foreign, source: source) }
        #expect(try knowledgeBase.document("aanvullende-stagebonus") == before)
        #expect(try knowledgeBase.documents().map(\.id) == ["aanvullende-stagebonus"])
        #expect(try knowledgeBase.integrityProblems().isEmpty)
    }

    @Test("An unknown id is one clear error with the closest ids")
    func unknownID() throws {
        #expect(throws: KnowledgeBaseError.unknownDocument(id: "drempels-wegwerken", suggestions: ["drempels-wegwerken-duaal-leren"])) {
            try Corpus.shared.document("drempels-wegwerken")
        }
        #expect(throws: KnowledgeBaseError.self) { try Corpus.shared.cites("drempels-wegwerken") }
    }

    @Test("A stored value this version does not know is an error naming the column, never a default",
          arguments: [("document", "kind", "pamphlet"), ("recommendation", "strength", "pleads"), ("diagnostic", "code", "new-code"),
                      ("reference", "type", "podcast"), ("paragraph", "turn_kind", "aside")])
    func unknownValue(table: String, column: String, value: String) throws {
        let path = try Repository.newPath()
        _ = try Corpus.knowledgeBase(["actieplan-duaal-leren"], at: path)
        // As a newer release, or damage, would leave it: past the CHECK constraint.
        try tamper(path, """
            PRAGMA ignore_check_constraints = ON;
            UPDATE \(table) SET \(column) = '\(value)';
            """)
        let knowledgeBase = try KnowledgeBase(path: path, access: .read)
        #expect(throws: KnowledgeBaseError.unknownValue(path: path, column: column, value: value)) {
            try knowledgeBase.document("actieplan-duaal-leren")
        }
    }

    @Test("A reader is not held up by a writer in the middle of a long transaction")
    func readerBesideWriter() throws {
        let path = try Repository.newPath()
        let writer = try Corpus.knowledgeBase(["aanvullende-stagebonus"], at: path)
        let started = DispatchSemaphore(value: 0), finish = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? writer.database.write { db in
                try db.execute(sql: "UPDATE document SET title = 'bezig' WHERE id = 'aanvullende-stagebonus'")
                started.signal()
                finish.wait()
            }
            done.signal()
        }
        started.wait()
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let reader = try KnowledgeBase(path: path, access: .read)
            #expect(try reader.documents().first?.title == nil, "the last committed state")
        }
        finish.signal()
        done.wait()
        #expect(elapsed < .seconds(5))
    }
}
