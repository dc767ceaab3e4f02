import AdviesKnowledgeBase
import AdviesModel
import Foundation
import Testing

@Suite("Dutch full-text search")
struct SearchTests {
    let knowledgeBase = Corpus.shared

    private func search(_ text: String, in scope: SearchScope = .all, limit: Int = 50) throws -> [SearchHit] {
        var query = SearchQuery(text: text)
        query.scope = scope
        query.limit = limit
        return try knowledgeBase.search(query)
    }

    @Test("leerwerkplek finds recommendations in at least two advisories")
    func leerwerkplek() throws {
        let hits = try search("leerwerkplek", in: .recommendations)
        #expect(Set(hits.map(\.documentId)).count >= 2)
        #expect(hits.allSatisfy { $0.recommendationId?.document == $0.documentId && $0.scope == .recommendations })
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
        #expect(try !search("Vior", in: .footnotes).isEmpty)
    }

    @Test("Phrases, OR, exclusion and prefixes")
    func queryLanguage() throws {
        let phrase = try search("\"kwalitatieve begeleiding\"")
        #expect(phrase.count == 1 && phrase[0].scope == .answers)
        let either = Set(try search("stagebonus OR premie").map(\.documentId))
        #expect(either.isSuperset(of: ["aanvullende-stagebonus", "actieplan-duaal-leren"]))
        let without = try search("stagebonus -aanvullende")
        #expect(!without.contains { $0.snippet.lowercased().contains("aanvullende") })
        #expect(try !search("leerwerk*").isEmpty)
    }

    @Test("Answers are the paragraphs of a written question's answers; sections the others; both name their section")
    func scopes() throws {
        let answers = try search("ondernemingen", in: .answers)
        #expect(!answers.isEmpty && answers.allSatisfy { $0.documentId == "schriftelijke-vraag-677" && $0.section?.hasPrefix("A.") == true })
        let sections = try search("ondernemingen", in: .sections)
        #expect(sections.allSatisfy { $0.scope == .sections && $0.section?.hasPrefix("A.") != true })
        let all = try search("ondernemingen", limit: 200)
        #expect(Set(all.map(\.scope)).isSubset(of: [.sections, .answers, .recommendations, .footnotes]))
        let titled = try search("leerwerkplek", in: .sections)
        #expect(titled.contains { $0.sectionTitle != nil && $0.section != nil })
        let footnotes = try search("Vlor", in: .footnotes)
        #expect(footnotes.allSatisfy { $0.footnote != nil })
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
        #expect(addressed.allSatisfy { $0.recommendationId?.document == "drempels-wegwerken-duaal-leren" })
    }

    @Test("Operators, quotes, parentheses and SQL in a query never reach FTS5 or SQL as syntax",
          arguments: ["\"", "(", ")", "NEAR", "NEAR(a b)", "*", ";--", "AND OR", "duaal AND OR", "^leren",
                      "x'; DROP TABLE document; --", "\u{0}\u{7}leren", "-", "OR", "leren)", "\"duaal", "col:leren", "{leren}",
                      "duaal NOT leren"])
    func hostileQueries(query: String) throws {
        do {
            _ = try search(query)
        } catch let error as KnowledgeBaseError {
            guard case .badQuery = error else { Issue.record("unexpected \(error)"); return }
        }
        #expect(try knowledgeBase.documents().count == Repository.documentIDs.count)
    }

    @Test("Listings: documents with their counts, recommendations with their section, statistics")
    func listings() throws {
        let summaries = try knowledgeBase.documents()
        #expect(summaries.map(\.id).sorted() == Repository.documentIDs)
        for summary in summaries {
            let document = try knowledgeBase.document(summary.id)
            #expect(summary.sections == document.sections.count && summary.footnotes == document.footnotes.count
                    && summary.recommendations == document.recommendations.count && summary.references == document.references.count)
        }
        #expect(summaries.first { $0.id == "aanvullende-stagebonus" }?.datePrecision == .year)
        let recommendations = try knowledgeBase.recommendations(RecommendationFilter(document: "actieplan-duaal-leren"))
        let document = try knowledgeBase.document("actieplan-duaal-leren")
        #expect(recommendations.map(\.id) == document.recommendations.map(\.id))
        for (hit, recommendation) in zip(recommendations, document.recommendations) {
            let section = recommendation.section.flatMap { document[section: $0] }
            #expect(hit.section == section?.label && hit.sectionTitle == section?.title && hit.strength == recommendation.strength)
        }
        #expect(try knowledgeBase.recommendations(RecommendationFilter(council: "RSO", limit: 3)).count == 3)
        let strong = try knowledgeBase.recommendations(RecommendationFilter(strength: .urges))
        #expect(strong.allSatisfy { $0.strength == .urges })
        #expect(throws: KnowledgeBaseError.unknownDocument(id: "drempels-wegwerken", suggestions: ["drempels-wegwerken-duaal-leren"])) {
            try knowledgeBase.recommendations(RecommendationFilter(document: "drempels-wegwerken"))
        }
        let statistics = try knowledgeBase.statistics()
        #expect(statistics.documents == 5 && statistics.byKind[.writtenQuestion] == 1)
        #expect(statistics.recommendations == summaries.map(\.recommendations).reduce(0, +))
        #expect(statistics.recommendationsByStrength.values.reduce(0, +) <= statistics.recommendations)
        #expect(statistics.tableCells > 0 && statistics.fileBytes > 0 && statistics.distinctWorks > 0)
        let years = summaries.compactMap { $0.date.flatMap { Int($0.prefix(4)) } }
        #expect(statistics.firstYear == years.min() && statistics.lastYear == years.max())
    }
}
