import Foundation
import Testing
import TestSupport

/// Every command's output for the corpus, compared with the files under Tests/Golden: a
/// change of the parser, the knowledge base or a renderer that changes what a user sees shows
/// up here, file by file. After an intended change, `ADVIES_UPDATE_GOLDEN=1 swift test
/// --filter GoldenOutput` writes the files anew (review the diff before committing it).
@Suite("Golden outputs")
struct GoldenOutputTests {
    static let folder = Repository.root.appendingPathComponent("Tests/Golden")
    static let updating = ProcessInfo.processInfo.environment["ADVIES_UPDATE_GOLDEN"] == "1"

    /// The corpus's documents, by the file each is parsed from.
    static let inputs: [(name: String, path: String)] = Repository.documentIDs.flatMap { id in
        [("\(id).pdf", Repository.pdf(id).path), ("\(id).text", Repository.text(id).path)]
    }

    @Test("parse: outline, JSON, Markdown and tables of every corpus file", arguments: inputs)
    func parse(input: (name: String, path: String)) throws {
        let manifest = Repository.corpus.appendingPathComponent("manifest.json").path
        for format in ["outline", "json", "markdown"] {
            let result = try Command.advies(["parse", input.path, "--manifest", manifest, "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            try compare(result.stdout, "parse/\(input.name).\(format)")
        }
        let tables = try Command.advies(["parse", input.path, "--tables", "csv"])
        try compare(tables.stdout, "parse/\(input.name).csv")
    }

    @Test("eval: the scores per element and document")
    func evaluation() throws {
        let result = try Command.advies(["eval", "--input", "both", "--verbose"], currentDirectory: Repository.root)
        #expect(result.status == 0, "\(result.stderr)")
        try compare(result.stdout, "eval.txt")
    }

    /// The knowledge-base commands, over the corpus ingested once.
    @Test("list, show, recs, stats, cites, cited-by, cite, search, trace and graph")
    func knowledgeBase() throws {
        let scratch = try Repository.scratchDirectory("advies-golden")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let db = scratch.appendingPathComponent("kb.sqlite").path
        let ingest = try Command.advies(["ingest", Repository.corpus.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        func run(_ name: String, _ arguments: [String]) throws {
            let result = try Command.advies(arguments + ["--db", db])
            try compare(result.stdout + (result.stderr.isEmpty ? "" : "\n--- stderr\n" + result.stderr), "kb/\(name)")
        }
        try run("list.txt", ["list"])
        try run("list.json", ["list", "--format", "json"])
        try run("recs.txt", ["recs"])
        try run("recs.json", ["recs", "--format", "json"])
        try run("recs-rso-urges.txt", ["recs", "--council", "RSO", "--strength", "urges"])
        for id in Repository.documentIDs {
            try run("show-\(id).txt", ["show", id])
            try run("show-\(id).json", ["show", id, "--format", "json"])
            for part in ["recommendations", "footnotes", "references", "tables"] {
                try run("show-\(id)-\(part).txt", ["show", id, "--\(part)"])
                try run("show-\(id)-\(part).json", ["show", id, "--\(part)", "--format", "json"])
            }
            try run("cites-\(id).txt", ["cites", id])
            try run("cites-\(id).json", ["cites", id, "--format", "json"])
            try run("citedby-\(id).txt", ["cited-by", id])
            try run("citedby-\(id).json", ["cited-by", id, "--format", "json"])
            for style in ["apa", "bibtex", "ris", "csl-json"] {
                try run("cite-refs-\(id).\(style)", ["cite", "--references-of", id, "--style", style])
            }
        }
        let queries = ["leerwerkplek", "duaal", "\"duaal leren\"", "premie OR stagebonus", "werkplek*", "-premie duaal"]
        for (n, query) in queries.enumerated() {
            try run("search-\(n).txt", ["search", query])
            try run("search-\(n).json", ["search", query, "--format", "json"])
            try run("search-\(n)-recs.json", ["search", query, "--in", "recommendations", "--format", "json"])
        }
        try run("search-since.json", ["search", "duaal", "--since", "2021", "--format", "json"])
        try run("trace-premie.txt", ["trace", "premie"])
        try run("trace-premie.json", ["trace", "premie", "--format", "json"])
        try run("trace-rec.json", ["trace", "--rec", "aanvullende-stagebonus#rec-1", "--format", "json"])
        try run("graph.dot", ["graph"])
        try run("graph.json", ["graph", "--format", "json"])
        try run("cite-query.bibtex", ["cite", "--query", "stagebonus", "--style", "bibtex"])
        try run("citedby-work.txt", ["cited-by", "work:vlaamse-onderwijsraad-2017-10-12-advies-over-het-voorontwerp"])
        var stats = try Command.advies(["stats", "--format", "json", "--db", db]).stdout
        // The file's size depends on SQLite's page allocation, not on what it holds.
        stats = stats.split(separator: "\n").filter { !$0.contains("\"file_bytes\"") }.joined(separator: "\n")
        try compare(stats, "kb/stats.json")
    }

    /// Compares with (or, when updating, writes) the golden file; the repository's absolute
    /// path is written as `$ROOT` so the files hold on every clone.
    private func compare(_ output: String, _ name: String) throws {
        let file = Self.folder.appendingPathComponent(name)
        let portable = output.replacingOccurrences(of: Repository.root.path, with: "$ROOT")
        if Self.updating {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try portable.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(portable == expected, "\(name) differs from Tests/Golden/\(name): \(firstDifference(portable, expected))")
    }

    private func firstDifference(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(x.count, y.count) where (i < x.count ? x[i] : "∅") != (i < y.count ? y[i] : "∅") {
            return "line \(i + 1): got «\(i < x.count ? x[i] : "∅")», expected «\(i < y.count ? y[i] : "∅")»"
        }
        return "same lines"
    }
}
