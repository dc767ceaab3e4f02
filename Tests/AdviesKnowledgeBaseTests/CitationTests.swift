import AdviesAnalysis
import AdviesAnnotation
@testable import AdviesKnowledgeBase
import AdviesModel
import Foundation
import Testing

@Suite("Works, citations and tracing")
struct CitationTests {
    let knowledgeBase = Corpus.shared

    @Test("Cited-by of the 2019 drempels advisory: exactly the two documents that cite it, and where")
    func citedByDrempels() throws {
        let entries = try knowledgeBase.citedBy("drempels-wegwerken-duaal-leren")
        #expect(entries.map(\.citingDocument) == ["aanvullende-stagebonus", "actieplan-duaal-leren"])
        #expect(entries.map(\.source) == ["footnote 1", "Eerdere adviezen Vlaamse Onderwijsraad"])
        #expect(entries.first?.site == .footnote(1))
        #expect(entries.first?.context?.hasPrefix("De Vlor wijst ook op zijn eerdere adviezen") == true)
    }

    @Test("The 2017 voorontwerp advisory is one work cited by three documents")
    func voorontwerp() throws {
        let works = try knowledgeBase.works().filter { $0.date == "2017-10-12" }
        #expect(works.count == 1)
        let work = try #require(works.first)
        #expect(work.id == "work:vlaamse-onderwijsraad-2017-10-12-advies-over-het-voorontwerp")
        #expect(work.documentId == nil)
        #expect(work.type == .vlorAdvisory)
        #expect(Set(try knowledgeBase.citedBy(work.id).map(\.citingDocument)) ==
                ["aanvullende-stagebonus", "drempels-wegwerken-duaal-leren", "actieplan-duaal-leren"])
    }

    @Test("No document links to itself")
    func noSelfLinks() throws {
        for summary in try knowledgeBase.documents() {
            #expect(!(try knowledgeBase.cites(summary.id)).contains { $0.work.documentId == summary.id })
            #expect(!(try knowledgeBase.citedBy(summary.id)).contains { $0.citingDocument == summary.id })
            #expect(!(try knowledgeBase.document(summary.id)).crossReferences.contains { $0.target == summary.id })
        }
        #expect(try knowledgeBase.citationGraph().edges.allSatisfy { $0.from != $0.to })
    }

    @Test("Resolved citations against the gold cross-references: precision and recall")
    func linkQuality() throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var predicted = Set<String>(), gold = Set<String>()
        for id in Repository.documentIDs {
            for entry in try knowledgeBase.cites(id) {
                if let target = entry.work.documentId { predicted.insert("\(id)|\(target)|\(entry.source)") }
            }
            let url = Repository.annotations.appendingPathComponent("\(id).json")
            for link in try decoder.decode(Annotation.Document.self, from: Data(contentsOf: url)).crossReferences {
                gold.insert("\(id)|\(link.target)|\(link.via)")
            }
        }
        let correct = predicted.intersection(gold).count
        let precision = predicted.isEmpty ? 1 : Double(correct) / Double(predicted.count)
        let recall = gold.isEmpty ? 1 : Double(correct) / Double(gold.count)
        print(String(format: "citation links: precision %.3f recall %.3f (%d predicted, %d gold)", precision, recall,
                     predicted.count, gold.count))
        #expect(precision == 1, "wrong links: \(predicted.subtracting(gold))")
        #expect(recall >= 0.5)
    }

    @Test("Cross-references, cites, the graph and traces all give the one resolution made at store time")
    func oneResolution() throws {
        let graph = try knowledgeBase.citationGraph()
        for id in Repository.documentIDs {
            let document = try knowledgeBase.document(id)
            let fromCites = try knowledgeBase.cites(id).compactMap { entry in
                entry.work.documentId.map { CrossReference(target: $0, site: entry.site) }
            }
            var unique: [CrossReference] = []
            for link in fromCites where !unique.contains(link) { unique.append(link) }
            #expect(document.crossReferences == unique, "\(id)")
            let edges = graph.edges.filter { $0.from == id }
            let documentTargets = Set(edges.map(\.to)).intersection(Repository.documentIDs)
            #expect(documentTargets == Set(unique.map(\.target)), "\(id)")
            for target in documentTargets {
                let via = edges.first { $0.to == target }?.via ?? []
                #expect(via == unique.filter { $0.target == target }.map { document.name(of: $0.site) }, "\(id) → \(target)")
            }
        }
        let aanvullende = try knowledgeBase.document("aanvullende-stagebonus")
        #expect(aanvullende.crossReferences.contains(CrossReference(target: "drempels-wegwerken-duaal-leren", site: .footnote(1))))
        let thread = try knowledgeBase.trace(subject: "duaal leren")
        for link in thread.links where link.reason == .cites {
            let citing = try #require(thread.items.first { $0.id == link.to }?.documentId)
            let document = try knowledgeBase.document(citing)
            #expect(document.crossReferences.contains { $0.target == link.from && document.name(of: $0.site) == link.via })
        }
    }

    @Test("A document stored after the documents citing it resolves their open works; the order of storing does not matter")
    func storedLater() throws {
        let citing = try Corpus.knowledgeBase(["aanvullende-stagebonus"])
        #expect(try citing.document("aanvullende-stagebonus").crossReferences.isEmpty)
        let (drempels, source) = try Corpus.parse("drempels-wegwerken-duaal-leren")
        try citing.store(drempels, source: source)
        #expect(try citing.document("aanvullende-stagebonus").crossReferences ==
                [CrossReference(target: "drempels-wegwerken-duaal-leren", site: .footnote(1))])
        #expect(try citing.citedBy("drempels-wegwerken-duaal-leren").map(\.citingDocument) == ["aanvullende-stagebonus"])

        func links(_ knowledgeBase: KnowledgeBase) throws -> Set<String> {
            Set(try Repository.documentIDs.flatMap { id in
                try knowledgeBase.cites(id).map { "\(id)|\($0.work.id)|\($0.work.documentId ?? "-")|\($0.source)" }
            })
        }
        let reversed = try Corpus.knowledgeBase(Repository.documentIDs.reversed())
        #expect(try links(reversed) == links(knowledgeBase))
    }

    @Test("Replacing a document keeps the works others cite and what resolves to it")
    func replacement() throws {
        let knowledgeBase = try Corpus.knowledgeBase()
        let before = try knowledgeBase.citedBy("drempels-wegwerken-duaal-leren").map(\.citingDocument)
        var (drempels, source) = try Corpus.parse("drempels-wegwerken-duaal-leren")
        drempels.blocks[0].text += " (bijgewerkt)"
        source.contentHash += "-changed"
        #expect(try knowledgeBase.store(drempels, source: source) == .replaced)
        #expect(try knowledgeBase.citedBy("drempels-wegwerken-duaal-leren").map(\.citingDocument) == before)
        #expect(try knowledgeBase.document("drempels-wegwerken-duaal-leren").blocks[0].text.hasSuffix("(bijgewerkt)"))
        #expect(try knowledgeBase.works().count == (try Corpus.shared.works().count))
        #expect(try knowledgeBase.integrityProblems().isEmpty)
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
        let first = try #require(thread.items.first { $0.documentId == "aanvullende-stagebonus" })
        #expect(first.datePrecision == .year && first.dateFromManifest)
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
        let seed = try #require(RecommendationID("aanvullende-stagebonus#rec-1"))
        let thread = try knowledgeBase.trace(subject: nil, recommendation: seed)
        #expect(thread.items.contains { $0.id == seed.description && $0.kind == .recommendation })
        let years = thread.items.compactMap { $0.date.flatMap { Int($0.prefix(4)) } }
        #expect(years == years.sorted())
        #expect(throws: KnowledgeBaseError.self) {
            try knowledgeBase.trace(subject: nil, recommendation: RecommendationID(document: "no-such", number: 1))
        }
    }

    @Test("The graph: documents and unresolved works as nodes, dated, and around one node")
    func graph() throws {
        let graph = try knowledgeBase.citationGraph()
        #expect(graph.nodes.filter { $0.kind == .document }.count == 5)
        #expect(graph.nodes.filter { $0.kind == .document }.allSatisfy { $0.documentKind != nil })
        #expect(graph.edges.contains { $0.from == "aanvullende-stagebonus" && $0.to == "drempels-wegwerken-duaal-leren" && $0.via == ["footnote 1"] })
        let near = graph.around("drempels-wegwerken-duaal-leren", depth: 1)
        #expect(Set(near.nodes.filter { $0.kind == .document }.map(\.id)).isSuperset(of: ["aanvullende-stagebonus", "actieplan-duaal-leren"]))
    }

    @Test("Citable items: a document from its own row, a work, a resolved work as its document")
    func citableItems() throws {
        let items = try knowledgeBase.citableItems(["schriftelijke-vraag-677", "work:vlaamse-onderwijsraad-2017-10-12-advies-over-het-voorontwerp"])
        #expect(items.map(\.kind) == [.document, .work])
        #expect(items[0].documentKind == .writtenQuestion)
        #expect(items[0].number == "677" && items[0].type == .parliamentary)
        let cited = try knowledgeBase.referenceItems(of: "aanvullende-stagebonus")
        #expect(cited.contains { $0.id == "drempels-wegwerken-duaal-leren" && $0.kind == .document })
        #expect(try knowledgeBase.citingItems(of: "drempels-wegwerken-duaal-leren").map(\.id) == ["aanvullende-stagebonus", "actieplan-duaal-leren"])
        #expect(throws: KnowledgeBaseError.self) { try knowledgeBase.citableItems(["no-such-document"]) }
    }
}
