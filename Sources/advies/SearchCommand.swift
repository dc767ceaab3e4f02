import AdviesExport
import AdviesKnowledgeBase
import AdviesModel
import ArgumentParser
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search (Dutch stems, diacritics folded), ranked by bm25.",
        discussion: """
            Query language: words (all must occur), "exact phrases", OR between alternatives, \
            -word to exclude, word* for a prefix. Anything else is searched as plain text.
            """
    )

    @Argument(help: "The query.")
    var query: String

    @Option(name: .customLong("in"), help: "recommendations, sections, footnotes, answers or all.")
    var scope: SearchScope = .all

    @Option(help: "Only documents of this council or body (name or abbreviation: RSO, RHO, AR ...).")
    var council: String?

    @Option(help: "advisory, written-question, letter, note or report.")
    var kind: DocumentKind?

    @Option(help: "From this year on.")
    var since: Int?

    @Option(help: "Up to and including this year.")
    var until: Int?

    @Option(help: "Only recommendations addressed to this actor (e.g. \"Vlaamse Regering\", scholen).")
    var addressee: String?

    @Option(help: "Number of hits.")
    var limit = 10

    @Option(help: "text or json.")
    var format: ListingFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let knowledgeBase = try store.open()
        var search = SearchQuery(text: query)
        search.scope = scope
        search.council = council
        search.kind = kind
        search.since = since
        search.until = until
        search.addressee = addressee
        search.limit = limit
        if format == .text { search.highlight = (TerminalText.matchOpen, TerminalText.matchClose) }
        let hits = try reporting { try knowledgeBase.search(search) }
        try emit(hits, as: format) { Listings.searchHits($0, query: query, terminal: Console.stdoutIsTerminal) }
    }
}
