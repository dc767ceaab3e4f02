import AdviesKnowledgeBase
import AdviesModel
import Foundation
import Testing

/// A query's cost follows its distinct terms: repetitions collapse, and past the bounds the
/// query is refused in one line before FTS5 sees it.
@Suite("Query bounds")
struct QueryBoundsTests {
    @Test("Repeated words, phrases, alternatives and exclusions collapse to one of each")
    func repetitionsCollapse() throws {
        #expect(try SearchQueryParser.matchExpression("duaal duaal leren duaal") == #""duaal" AND "leren""#)
        #expect(try SearchQueryParser.matchExpression("\"duaal leren\" \"duaal leren\"") == #""duaal leren""#)
        #expect(try SearchQueryParser.matchExpression("a OR b b OR a") == #"("a" OR "b")"#)
        #expect(try SearchQueryParser.matchExpression("a OR a") == #""a""#)
        #expect(try SearchQueryParser.matchExpression("leren -duaal -duaal") == #"("leren") NOT "duaal""#)
    }

    @Test("At most 64 distinct words (phrases count theirs) and 16 KB; beyond, a refusal saying so")
    func bounds() throws {
        let words = (0..<64).map { "woord\($0)" }
        _ = try SearchQueryParser.matchExpression(words.joined(separator: " "))
        #expect(throws: KnowledgeBaseError.badQuery("too many words (65 distinct; at most 64): search for fewer")) {
            try SearchQueryParser.matchExpression((words + ["nog"]).joined(separator: " "))
        }
        #expect(throws: KnowledgeBaseError.badQuery("too many words (65 distinct; at most 64): search for fewer")) {
            try SearchQueryParser.matchExpression("\"" + (words + ["nog"]).joined(separator: " ") + "\"")
        }
        let long = String(repeating: "x", count: SearchQueryParser.maxLength + 1)
        #expect(throws: KnowledgeBaseError.badQuery("too long (16385 bytes; at most 16384)")) {
            try SearchQueryParser.matchExpression(long)
        }
    }

    @Test("A word repeated 1,000 times is searched as once, in well under 5 s (it took 40 s)")
    func repeatedSearch() throws {
        let knowledgeBase = Corpus.shared   // made before the clock starts
        var query = SearchQuery(text: Array(repeating: "stagebonus", count: 1_000).joined(separator: " "))
        let started = Date()
        let hits = try knowledgeBase.search(query)
        #expect(Date().timeIntervalSince(started) < 5)
        query.text = "stagebonus"
        #expect(hits.map(\.snippet) == (try knowledgeBase.search(query)).map(\.snippet))
        #expect(!hits.isEmpty)
    }
}
