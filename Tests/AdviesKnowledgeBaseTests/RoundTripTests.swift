@testable import AdviesKnowledgeBase
import AdviesModel
import Foundation
import Testing

@Suite("Lossless storage")
struct RoundTripTests {
    @Test("Every corpus document, from PDF and from text, reads back equal to what was parsed", arguments: Corpus.Format.allCases)
    func roundTrip(format: Corpus.Format) throws {
        let knowledgeBase = try KnowledgeBase(path: try Repository.newPath(), access: .write)
        var parsed: [String: ParsedDocument] = [:]
        for id in Repository.documentIDs {
            let (document, source) = try Corpus.parse(id, format)
            #expect(try knowledgeBase.store(document, source: source) == .added)
            parsed[id] = document
            #expect(try knowledgeBase.source(of: id) == source)
        }
        for id in Repository.documentIDs {
            var stored = try knowledgeBase.document(id)
            var original = try #require(parsed[id])
            // Derived from the citations, not stored: compared in CitationTests.
            stored.crossReferences = []
            original.crossReferences = []
            #expect(stored.sections == original.sections, "\(id)")
            #expect(stored.blocks == original.blocks, "\(id)")
            #expect(stored.footnotes == original.footnotes, "\(id)")
            #expect(stored.references == original.references, "\(id)")
            #expect(stored == original, "\(id)")
        }
        #expect(try knowledgeBase.integrityProblems().isEmpty)
        #expect(try knowledgeBase.source(of: "no-such-document") == nil)
    }
}
