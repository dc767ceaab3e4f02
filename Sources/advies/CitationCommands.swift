import AdviesAnalysis
import AdviesExport
import AdviesKnowledgeBase
import AdviesModel
import ArgumentParser
import Foundation

struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cites", abstract: "What a document cites, work by work.")

    @Argument(help: "A document id.")
    var id: String

    @Option(help: "text or json.")
    var format: ListingFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let entries = try reporting { try store.open().cites(id) }
        try emit(entries, as: format, text: Listings.cites)
    }
}

struct CitedByCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cited-by", abstract: "Who cites a document or work, where, in which words.")

    @Argument(help: "A document id or a work id (work:...).")
    var id: String

    @Option(help: "text or json.")
    var format: ListingFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let entries = try reporting { try store.open().citedBy(id) }
        try emit(entries, as: format) { Listings.citedBy($0, id: id) }
    }
}

struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "A citation list (APA, BibTeX, RIS, CSL-JSON) of documents or works.",
        discussion: """
            Give ids of documents or works, or --references-of ID (what a document cites), \
            --cited-by ID (the documents citing it) or --query Q (the documents a search finds).
            """
    )

    @Argument(help: "Document or work ids.")
    var ids: [String] = []

    @Option(help: "The works a document cites.")
    var referencesOf: String?

    @Option(help: "The documents that cite a document or work.")
    var citedBy: String?

    @Option(help: "The documents a search finds.")
    var query: String?

    @Option(help: "apa, bibtex, ris or csl-json.")
    var style: CitationStyle = .apa

    @OptionGroup var store: KnowledgeBaseOptions

    func validate() throws {
        let selections = [!ids.isEmpty, referencesOf != nil, citedBy != nil, query != nil].filter { $0 }.count
        guard selections == 1 else { throw ValidationError("give ids, or one of --references-of, --cited-by, --query") }
    }

    func run() throws {
        let knowledgeBase = try store.open()
        let selection: CitationSelection = if let referencesOf { .referencesOf(referencesOf) }
            else if let citedBy { .citedBy(citedBy) } else if let query { .query(query) } else { .items(ids) }
        let items = try reporting { try knowledgeBase.citableItems(selection) }
        Console.out(Bibliography.render(items, style: style))
    }
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graph", abstract: "The citation graph (DOT, JSON or SVG through Graphviz).")

    @Option(help: "dot, json or svg.")
    var format: GraphFormat = .dot

    @Option(help: "Only the part around this document or work.")
    var around: String?

    @Option(help: "Citation steps from --around.")
    var depth = 1

    @Option(help: "svg: the most nodes Graphviz is asked to lay out (its time grows steeply with them).")
    var maxNodes = 150

    @Option(help: "svg: seconds Graphviz may take before it is stopped.")
    var graphvizTimeout = Graphviz.defaultTimeout

    @OptionGroup var store: KnowledgeBaseOptions

    func validate() throws {
        guard graphvizTimeout > 0, graphvizTimeout.isFinite else { throw ValidationError("--graphviz-timeout must be a positive number of seconds") }
    }

    func run() throws {
        var graph = try reporting { try store.open().citationGraph() }
        if let around {
            guard graph.nodes.contains(where: { $0.id == around }) else {
                Console.error(around, "no such document or work in the graph")
                throw ExitCode.failure
            }
            graph = graph.around(around, depth: depth)
        }
        switch format {
        case .json: Console.out(try JSONRenderer.render(graph))
        case .dot: Console.out(DOTRenderer.render(graph))
        case .svg:
            guard graph.nodes.count <= maxNodes else {
                Console.note("graph: \(graph.nodes.count) nodes, more than Graphviz lays out in good time (--max-nodes \(maxNodes)); "
                             + "draw part of it with --around ID, or raise --max-nodes")
                throw ExitCode.failure
            }
            let dot = DOTRenderer.render(graph)
            ProgressLine.shared.show("graphviz: laying out \(graph.nodes.count) nodes, \(graph.edges.count) edges")
            defer { ProgressLine.shared.clear() }
            do throws(Graphviz.Failure) {
                Console.out(try Graphviz.svg(dot, timeout: graphvizTimeout))
            } catch .timedOut {
                Console.note("\(Graphviz.Failure.timedOut(seconds: graphvizTimeout)); draw part of the graph with --around ID, "
                             + "or allow more time with --graphviz-timeout")
                throw ExitCode.failure
            } catch {
                Console.note(error.description)
                throw ExitCode.failure
            }
        }
    }
}

struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Follow a policy thread across advisories and ministers' answers, in time order."
    )

    @Argument(help: "The subject (e.g. premie).")
    var subject: String?

    @Option(help: "Trace from one recommendation (its id, e.g. aanvullende-stagebonus#rec-1).")
    var rec: RecommendationID?

    @Option(help: "From this year on.")
    var since: Int?

    @Option(help: "text or json.")
    var format: ListingFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func validate() throws {
        guard (subject == nil) != (rec == nil) else { throw ValidationError("give a subject or --rec, not both") }
    }

    func run() throws {
        let thread = try reporting { try store.open().trace(subject: subject, recommendation: rec, since: since) }
        try emit(thread, as: format) { ThreadRenderer.render($0, documentLimit: ThreadLinker.documentLimit) }
    }
}
