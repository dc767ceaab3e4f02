import AdviesCore
import AdviesKnowledgeBase
import ArgumentParser
import Foundation

struct CitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cites", abstract: "What a document cites, work by work.")

    @Argument(help: "A document id.")
    var id: String

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let entries = try reporting { try store.open().cites(id) }
        if format == .json { return try JSONOutput.print(entries) }
        for entry in entries {
            let resolved = entry.work.documentId.map { " → \($0) (in the knowledge base)" } ?? ""
            Console.out("\(entry.source): \(entry.work.id)\(resolved)")
            Console.out("   \(entry.raw)")
        }
    }
}

struct CitedByCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cited-by", abstract: "Who cites a document or work, where, in which words.")

    @Argument(help: "A document id or a work id (work:...).")
    var id: String

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        let entries = try reporting { try store.open().citedBy(id) }
        if format == .json { return try JSONOutput.print(entries) }
        if entries.isEmpty { Console.out("nothing in the knowledge base cites \(id)") }
        for entry in entries {
            Console.out("\(entry.citingDocument) (\(entry.citingDate ?? "undated")) · \(entry.source)\(entry.section.map { " in §\($0)" } ?? "")")
            if let context = entry.context { Console.out("   “\(context)”") }
        }
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

    enum Style: String, ExpressibleByArgument, CaseIterable {
        case apa, bibtex, ris
        case cslJSON = "csl-json"

        var bibliography: Bibliography.Style {
            switch self {
            case .apa: .apa
            case .bibtex: .bibtex
            case .ris: .ris
            case .cslJSON: .cslJSON
            }
        }
    }

    @Argument(help: "Document or work ids.")
    var ids: [String] = []

    @Option(help: "The works a document cites.")
    var referencesOf: String?

    @Option(help: "The documents that cite a document or work.")
    var citedBy: String?

    @Option(help: "The documents a search finds.")
    var query: String?

    @Option(help: "apa, bibtex, ris or csl-json.")
    var style: Style = .apa

    @OptionGroup var store: KnowledgeBaseOptions

    func validate() throws {
        let selections = [!ids.isEmpty, referencesOf != nil, citedBy != nil, query != nil].filter { $0 }.count
        guard selections == 1 else { throw ValidationError("give ids, or one of --references-of, --cited-by, --query") }
    }

    func run() throws {
        let knowledgeBase = try store.open()
        let items = try reporting { () -> [CitableItem] in
            if let referencesOf { return try knowledgeBase.referenceItems(of: referencesOf) }
            if let citedBy { return try knowledgeBase.citingItems(of: citedBy) }
            if let query {
                var search = SearchQuery(text: query)
                search.limit = 200
                return try knowledgeBase.searchItems(search)
            }
            return try knowledgeBase.citableItems(ids)
        }
        Console.out(Bibliography.render(items, style: style.bibliography))
    }
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graph", abstract: "The citation graph (DOT, JSON or SVG through Graphviz).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, json, svg }

    @Option(help: "dot, json or svg.")
    var format: Format = .dot

    @Option(help: "Only the part around this document or work.")
    var around: String?

    @Option(help: "Citation steps from --around.")
    var depth = 1

    @OptionGroup var store: KnowledgeBaseOptions

    func run() throws {
        var graph = try reporting { try store.open().citationGraph() }
        if let around {
            guard graph.nodes.contains(where: { $0.id == around }) else {
                Console.note("\(around): no such document or work in the graph")
                throw ExitCode.failure
            }
            graph = graph.around(around, depth: depth)
        }
        switch format {
        case .json: try JSONOutput.print(graph)
        case .dot: Console.out(graph.dot())
        case .svg: try Console.out(Graphviz.svg(graph.dot()))
        }
    }
}

/// Renders DOT through Graphviz's `dot`.
enum Graphviz {
    static func svg(_ dot: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            Console.note("graphviz: cannot run dot (install the graphviz package)")
            throw ExitCode.failure
        }
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Console.note("graphviz: dot failed (install the graphviz package)")
            throw ExitCode.failure
        }
        return String(decoding: svg, as: UTF8.self)
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
    var rec: String?

    @Option(help: "From this year on.")
    var since: Int?

    @Option(help: "text or json.")
    var format: ListFormat = .text

    @OptionGroup var store: KnowledgeBaseOptions

    func validate() throws {
        guard (subject == nil) != (rec == nil) else { throw ValidationError("give a subject or --rec, not both") }
    }

    func run() throws {
        let thread = try reporting { try store.open().trace(subject: subject, recommendation: rec, since: since) }
        if format == .json { return try JSONOutput.print(thread) }
        Console.out(ThreadRenderer.render(thread))
    }
}

/// A thread as a timeline: per document its items, under each item the links that lead to it.
enum ThreadRenderer {
    static func render(_ thread: PolicyThread) -> String {
        var lines = ["Thread: \(thread.subject) (searched for: \(thread.searchedFor.joined(separator: ", ")))"]
        if thread.items.isEmpty { lines.append("nothing in the knowledge base addresses this subject") }
        if thread.omittedDocuments > 0 {
            lines.append("(\(thread.omittedDocuments) more documents name the subject; the thread keeps the "
                         + "\(KnowledgeBase.threadDocumentLimit) most about it: narrow it with --since or more words)")
        }
        var document = ""
        for item in thread.items {
            if item.documentId != document {
                document = item.documentId
                var date = item.date ?? "undated"
                if item.datePrecision == "year" { date += item.dateFromManifest ? " (year only, from the manifest)" : " (year only)" }
                lines.append("")
                lines.append("\(date) · \(item.documentId) · \(item.documentKind)\(item.council.map { " · \($0)" } ?? "")")
            }
            let marker = item.kind == .recommendation ? "★ \(item.strength ?? "")" : (item.kind == .answer ? "↳ answer" : "· mentions")
            let addressee = item.addressee.map { " → \($0)" } ?? ""
            lines.append("  \(marker)\(addressee) [\(item.id)] \(item.text)")
            for link in thread.links where link.to == item.id {
                let score = link.score.map { String(format: " %.2f", $0) } ?? ""
                let shared = link.sharedTerms.isEmpty ? "" : " (shared: \(link.sharedTerms.joined(separator: ", ")))"
                let via = link.via.map { " via \($0)" } ?? ""
                lines.append("      ← \(link.reason.rawValue)\(score) from \(link.from)\(via)\(shared)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
