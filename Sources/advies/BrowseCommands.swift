import AdviesCore
import AdviesKnowledgeBase
import ArgumentParser
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The documents in the knowledge base.")

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let documents = try reporting { try store.open().documents() }
        if format == .json { return try JSONOutput.print(documents) }
        for d in documents {
            Console.out("\(d.id) · \(d.kind) · \(d.date ?? "undated") · \(d.council ?? "-") · \(d.sections) sections, \(d.footnotes) footnotes, \(d.recommendations) recommendations, \(d.references) references")
            if let title = d.title { Console.out("   \(title)") }
        }
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "One document from the knowledge base.")

    enum Part: String, EnumerableFlag {
        case outline, recommendations, footnotes, references, tables
    }

    @Argument(help: "The document id (see `advies list`).")
    var id: String

    @Flag(help: "What to show (default: outline).")
    var part: Part = .outline

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let document = try reporting { try store.open().document(id) }
        switch (part, format) {
        case (.outline, .json): try JSONOutput.print(document)
        case (.outline, .text): Console.out(OutlineRenderer.render(document))
        case (.recommendations, .json): try JSONOutput.print(document.recommendations)
        case (.recommendations, .text):
            for r in document.recommendations {
                Console.out("\(r.id ?? "") [§\(r.section ?? "-")] \(r.strength?.rawValue ?? "") \(r.addressee.map { "→ \($0) " } ?? "")· \(r.text)")
            }
        case (.footnotes, .json): try JSONOutput.print(document.footnotes)
        case (.footnotes, .text):
            for n in document.footnotes { Console.out("[\(n.number)] (§\(n.section ?? "-")) \(n.text)") }
        case (.references, .json): try JSONOutput.print(document.references)
        case (.references, .text):
            for r in document.references { Console.out("\(r.source): \(r.workKey)\n   \(r.raw)") }
        case (.tables, .json): try JSONOutput.print(document.answers.flatMap(\.tables))
        case (.tables, .text): Console.out(TableCSV.render(document))
        }
    }
}

struct RecsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "recs", abstract: "Recommendations, filtered.")

    @Option(help: "Only this document.")
    var doc: String?

    @Option(help: "Only documents of this council (name or abbreviation).")
    var council: String?

    @Option(help: "Only recommendations addressed to this actor.")
    var addressee: String?

    @Option(help: "urges, asks, proposes, normative or soft.")
    var strength: RecommendationStrength?

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let filter = RecommendationFilter(document: doc, council: council, addressee: addressee, strength: strength)
        let hits = try reporting { try store.open().recommendations(filter) }
        if format == .json { return try JSONOutput.print(hits) }
        for r in hits {
            Console.out("\(r.id) · \(r.date ?? "undated") · §\(r.section ?? "-") · \(r.strength ?? "-")\(r.addressee.map { " → \($0)" } ?? "")")
            Console.out("   \(r.text)")
        }
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "What the knowledge base holds.")

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let stats = try reporting { try store.open().statistics() }
        if format == .json { return try JSONOutput.print(stats) }
        let years = [stats.firstYear, stats.lastYear].compactMap { $0.map(String.init) }.joined(separator: "–")
        Console.out("\(stats.documents) documents (\(stats.byKind.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")))\(years.isEmpty ? "" : ", \(years)")")
        Console.out("councils: " + stats.byCouncil.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        Console.out("\(stats.sections) sections, \(stats.paragraphs) paragraphs, \(stats.footnotes) footnotes, \(stats.urls) URLs, \(stats.tableCells) table cells")
        Console.out("\(stats.recommendations) recommendations: " + stats.recommendationsByStrength.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        Console.out("\(stats.references) references to \(stats.distinctWorks) distinct works")
        Console.out("\(stats.diagnostics) diagnostics; file \(ByteCountFormatter.string(fromByteCount: stats.fileBytes, countStyle: .file))")
    }
}
