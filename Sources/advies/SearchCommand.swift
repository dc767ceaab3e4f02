import AdviesCore
import AdviesKnowledgeBase
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
    var scope: SearchQuery.Scope = .all

    @Option(help: "Only documents of this council (name or abbreviation: RSO, RHO, AR ...).")
    var council: String?

    @Option(help: "advisory or written-question.")
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
    var format: ListFormat = .text

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
        if format == .text && isatty(STDOUT_FILENO) != 0 { search.highlight = ("\u{1B}[1m", "\u{1B}[0m") }
        let hits = try reporting { try knowledgeBase.search(search) }
        if format == .json { return try JSONOutput.print(hits) }
        if hits.isEmpty { Console.out("no hits for \(query)") }
        for (rank, hit) in hits.enumerated() {
            let place = [hit.section.map { "§\($0)" }, hit.sectionTitle].compactMap { $0 }.joined(separator: " ")
            let what = hit.recommendationId.map { "recommendation \($0)" } ?? hit.footnote.map { "footnote \($0)" } ?? hit.scope
            Console.out("\(rank + 1). \(hit.documentId) · \(hit.date ?? "undated") · \(hit.council ?? "-") · \(place) · \(what)")
            Console.out("   \(hit.snippet)")
        }
    }
}

extension SearchQuery.Scope: ExpressibleByArgument {}
extension DocumentKind: ExpressibleByArgument {}
extension RecommendationStrength: ExpressibleByArgument {}
