import AdviesCore
import AdviesKnowledgeBase
import Foundation
import Testing
import TestSupport

@Suite("Works, citations and tracing")
struct CitationTests {
    let knowledgeBase: KnowledgeBase

    init() async throws {
        knowledgeBase = try await Fixtures.corpus()
    }

    @Test("Cited-by of the 2019 drempels advisory: exactly the two documents that cite it, and where")
    func citedByDrempels() throws {
        let entries = try knowledgeBase.citedBy("drempels-wegwerken-duaal-leren")
        #expect(entries.map(\.citingDocument) == ["aanvullende-stagebonus", "actieplan-duaal-leren"])
        #expect(entries.map(\.source) == ["footnote 1", "Eerdere adviezen Vlaamse Onderwijsraad"])
        #expect(entries.first?.context?.hasPrefix("De Vlor wijst ook op zijn eerdere adviezen") == true)
    }

    @Test("The 2017 voorontwerp advisory is one work cited by three documents")
    func voorontwerp() throws {
        let works = try knowledgeBase.works().filter { $0.date == "2017-10-12" }
        #expect(works.count == 1)
        let work = try #require(works.first)
        #expect(work.id == "work:vlaamse-onderwijsraad-2017-10-12-advies-over-het-voorontwerp")
        #expect(work.documentId == nil)
        #expect(Set(try knowledgeBase.citedBy(work.id).map(\.citingDocument)) ==
                ["aanvullende-stagebonus", "drempels-wegwerken-duaal-leren", "actieplan-duaal-leren"])
    }

    @Test("No document links to itself")
    func noSelfLinks() throws {
        for summary in try knowledgeBase.documents() {
            #expect(!(try knowledgeBase.cites(summary.id)).contains { $0.work.documentId == summary.id })
            #expect(!(try knowledgeBase.citedBy(summary.id)).contains { $0.citingDocument == summary.id })
        }
        #expect(try knowledgeBase.citationGraph().edges.allSatisfy { $0.from != $0.to })
    }

    @Test("Resolved citations against the gold cross-references: precision and recall")
    func linkQuality() throws {
        var predicted = Set<String>(), gold = Set<String>()
        for id in Repository.documentIDs {
            for entry in try knowledgeBase.cites(id) {
                if let target = entry.work.documentId { predicted.insert("\(id)|\(target)|\(entry.source)") }
            }
            for link in try Gold.load(id).crossReferences { gold.insert("\(id)|\(link.target)|\(link.via)") }
        }
        let correct = predicted.intersection(gold).count
        let precision = predicted.isEmpty ? 1 : Double(correct) / Double(predicted.count)
        let recall = gold.isEmpty ? 1 : Double(correct) / Double(gold.count)
        print(String(format: "citation links: precision %.3f recall %.3f (%d predicted, %d gold)", precision, recall, predicted.count, gold.count))
        #expect(precision == 1, "wrong links: \(predicted.subtracting(gold))")
        #expect(recall >= 0.5)
    }

    @Test("The premie/stagebonus thread: the 2021 advice, the 2023 answer, the 2025 advice, linked", arguments: ["premie", "stagebonus"])
    func premieThread(subject: String) throws {
        let thread = try knowledgeBase.trace(subject: subject)
        let documents = thread.items.map(\.documentId).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        #expect(documents == ["aanvullende-stagebonus", "schriftelijke-vraag-677", "actieplan-duaal-leren"])
        let answer = try #require(thread.items.first { $0.kind == .answer })
        #expect(answer.text.contains("premie kwalificerend werkplekleren") && answer.text.contains("1 september 2023"))
        #expect(thread.items.contains { $0.documentId == "aanvullende-stagebonus" && $0.text.contains("differentiatie naar grootte van de bonus") })
        #expect(thread.items.contains { $0.documentId == "actieplan-duaal-leren" && $0.text.contains("premie werkplekleren uit te breiden") })
        #expect(thread.items.first { $0.documentId == "aanvullende-stagebonus" }?.datePrecision == "year")
        let reasons = Set(thread.links.map(\.reason))
        #expect(reasons.contains(.reportsMeasure))
        #expect(thread.links.contains { $0.reason == .reportsMeasure && $0.to == answer.id && $0.from.hasPrefix("aanvullende-stagebonus#") })
        #expect(thread.links.contains { $0.reason == .similarRecommendation && $0.to.hasPrefix("actieplan-duaal-leren#") })
        #expect(thread.links.allSatisfy { !$0.from.isEmpty && $0.from != $0.to })
    }

    @Test("A thread keeps the documents most about its subject and says how many it left out")
    func threadLimit() throws {
        let whole = try knowledgeBase.trace(subject: "premie")
        #expect(whole.omittedDocuments == 0)
        let limited = try knowledgeBase.trace(subject: "premie", documentLimit: 2)
        let counts = Dictionary(whole.items.map { ($0.documentId, 1) }, uniquingKeysWith: +)
        let kept = Set(limited.items.map(\.documentId))
        #expect(kept.count == 2)
        let fewestKept = kept.map { counts[$0] ?? 0 }.min() ?? 0
        #expect(Set(counts.keys).subtracting(kept).allSatisfy { counts[$0]! <= fewestKept })
        #expect(limited.omittedDocuments == counts.count - 2)
        #expect(limited.links.allSatisfy { link in limited.items.contains { $0.id == link.to } })
    }

    @Test("A thread from one recommendation, and the time order of a thread")
    func recommendationThread() throws {
        let thread = try knowledgeBase.trace(subject: nil, recommendation: "aanvullende-stagebonus#rec-1")
        #expect(thread.items.contains { $0.id == "aanvullende-stagebonus#rec-1" })
        let years = thread.items.compactMap { $0.date.flatMap { Int($0.prefix(4)) } }
        #expect(years == years.sorted())
        #expect(throws: KnowledgeBaseError.self) { try knowledgeBase.trace(subject: nil, recommendation: "no-such#rec-1") }
    }

    @Test("The graph: documents and unresolved works as nodes, dated, in DOT and around one node")
    func graph() throws {
        let graph = try knowledgeBase.citationGraph()
        #expect(graph.nodes.filter { $0.kind == .document }.count == 5)
        #expect(graph.edges.contains { $0.from == "aanvullende-stagebonus" && $0.to == "drempels-wegwerken-duaal-leren" && $0.via == ["footnote 1"] })
        let dot = graph.dot()
        #expect(dot.hasPrefix("digraph citations {") && dot.contains("rankdir=LR"))
        let near = graph.around("drempels-wegwerken-duaal-leren", depth: 1)
        #expect(Set(near.nodes.filter { $0.kind == .document }.map(\.id)).isSuperset(of: ["aanvullende-stagebonus", "actieplan-duaal-leren"]))
    }
}
