import AdviesExport
import AdviesKnowledgeBase
import AdviesModel
import ArgumentParser
import Foundation

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The documents in the knowledge base.")

    @Option(help: "text or json.")
    var format: ListingFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let documents = try reporting { try store.open().documents() }
        try emit(documents, as: format, text: Listings.documents)
    }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "One document from the knowledge base.")

    @Argument(help: "The document id (see `advies list`).")
    var id: String

    @Flag(help: "What to show (default: outline).")
    var part: DocumentPart = .outline

    @Option(help: "text or json (json: the field names of the gold annotations).")
    var format: ListingFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let document = try reporting { try store.open().document(id) }
        switch format {
        case .text: Console.out(part.text(document))
        case .json: Console.out(try part.json(document))
        }
    }
}

struct RecsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "recs", abstract: "Recommendations, filtered.")

    @Option(help: "Only this document.")
    var doc: String?

    @Option(help: "Only documents of this council or body (name or abbreviation).")
    var council: String?

    @Option(help: "Only recommendations addressed to this actor.")
    var addressee: String?

    @Option(help: "urges, asks, proposes, normative or soft.")
    var strength: RecommendationStrength?

    @Option(help: "At most this many.")
    var limit: Int?

    @Option(help: "text or json.")
    var format: ListingFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let filter = RecommendationFilter(document: doc, council: council, addressee: addressee, strength: strength, limit: limit)
        let hits = try reporting { try store.open().recommendations(filter) }
        try emit(hits, as: format, text: Listings.recommendations)
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "What the knowledge base holds.")

    @Option(help: "text or json.")
    var format: ListingFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let stats = try reporting { try store.open().statistics() }
        try emit(stats, as: format, text: Listings.statistics)
    }
}

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Upgrade a knowledge base written by an older advies (read commands never write).")

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let knowledgeBase = try store.open(.write)
        Console.note("\(knowledgeBase.path): up to date")
    }
}
