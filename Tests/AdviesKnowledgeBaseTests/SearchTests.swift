import AdviesCore
import AdviesKnowledgeBase
import Foundation
import Testing
import TestSupport

@Suite("Dutch full-text search")
struct SearchTests {
    let knowledgeBase: KnowledgeBase

    init() async throws {
        knowledgeBase = try await Fixtures.corpus()
    }

    private func search(_ text: String, in scope: SearchQuery.Scope = .all, limit: Int = 50) throws -> [SearchHit] {
        var query = SearchQuery(text: text)
        query.scope = scope
        query.limit = limit
        return try knowledgeBase.search(query)
    }

    @Test("leerwerkplek finds recommendations in at least two advisories")
    func leerwerkplek() throws {
        let hits = try search("leerwerkplek", in: .recommendations)
        #expect(Set(hits.map(\.documentId)).count >= 2)
        #expect(hits.allSatisfy { $0.recommendationId != nil })
    }

    @Test("adviezen finds advies; snippets show the words as written, hits marked")
    func stems() throws {
        let hits = try search("adviezen")
        #expect(hits.contains { $0.snippet.contains("[advies]") })
        #expect(hits.contains { $0.snippet.contains("[adviezen]") })
    }

    @Test("An OCR spelling finds the clean one, and back")
    func ocrSpelling() throws {
        let fromOCR = try search("creéert")
        #expect(fromOCR.contains { $0.documentId == "drempels-wegwerken-duaal-leren" && $0.snippet.contains("[creëert]") })
        let fromClean = try search("creëert")
        #expect(fromClean.contains { $0.documentId == "actieplan-duaal-leren" && $0.snippet.contains("[creéert]") })
        let council = try search("Vior", in: .footnotes)
        #expect(!council.isEmpty)
    }

    @Test("Phrases, OR, exclusion and prefixes")
    func queryLanguage() throws {
        let phrase = try search("\"kwalitatieve begeleiding\"")
        #expect(phrase.count == 1 && phrase[0].scope == "answers")
        let either = Set(try search("stagebonus OR premie").map(\.documentId))
        #expect(either.isSuperset(of: ["aanvullende-stagebonus", "actieplan-duaal-leren"]))
        let without = try search("stagebonus -aanvullende")
        #expect(!without.contains { $0.snippet.lowercased().contains("aanvullende") })
        #expect(try !search("leerwerk*").isEmpty)
    }

    @Test("Filters: council, kind, years, addressee")
    func filters() throws {
        var query = SearchQuery(text: "duaal")
        query.council = "RHO"
        query.limit = 100
        #expect(try knowledgeBase.search(query).allSatisfy { $0.documentId == "duaal-leren-hoger-onderwijs" })
        query = SearchQuery(text: "duaal")
        query.kind = .writtenQuestion
        query.limit = 100
        #expect(try knowledgeBase.search(query).allSatisfy { $0.documentId == "schriftelijke-vraag-677" })
        query = SearchQuery(text: "duaal")
        query.since = 2020
        query.until = 2023
        query.limit = 100
        #expect(try Set(knowledgeBase.search(query).map(\.documentId)) == ["aanvullende-stagebonus", "schriftelijke-vraag-677"])
        query = SearchQuery(text: "enveloppe")
        query.addressee = "Welzijn"
        let addressed = try knowledgeBase.search(query)
        #expect(addressed.count == 1)
        #expect(addressed.allSatisfy { $0.recommendationId?.hasPrefix("drempels-wegwerken-duaal-leren#rec-") == true })
    }

    @Test("Operators, quotes, parentheses and SQL in a query never reach FTS5 or SQL as syntax",
          arguments: ["\"", "(", ")", "NEAR", "NEAR(a b)", "*", ";--", "AND OR", "duaal AND OR", "^leren", "x'; DROP TABLE document; --",
                      "\u{0}\u{7}leren", "-", "OR", "leren)", "\"duaal", "col:leren", "{leren}", "duaal NOT leren"])
    func hostileQueries(query: String) throws {
        do {
            _ = try search(query)
        } catch let error as KnowledgeBaseError {
            guard case .badQuery = error else { Issue.record("unexpected \(error)"); return }
        }
        #expect(try knowledgeBase.documents().count == Repository.documentIDs.count)
    }
}
