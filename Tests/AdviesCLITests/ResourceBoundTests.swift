import Foundation
import Testing
import TestSupport

/// Work that grows with what a user hands over (a query, a PDF's pages, a graph) is bounded,
/// and says so when the bound stops it. Time budgets are far above what the bounded work
/// takes and far below what the unbounded took, so they cannot flake.
@Suite("Resource bounds")
struct ResourceBoundTests {
    static let corpus: Workspace = {
        let space = try! Workspace("advies-bounds")
        precondition(try! space.advies(["ingest", Repository.corpus.appendingPathComponent("text").path]).status == 0)
        return space
    }()

    /// The result of a command and how long it took.
    private func timed(_ run: () throws -> CommandResult) rethrows -> (CommandResult, Double) {
        let started = Date()
        let result = try run()
        return (result, Date().timeIntervalSince(started))
    }

    @Test("A word repeated 1,000 times searches as the word once, in well under 5 s (it took 40 s)")
    func repeatedTerm() throws {
        let corpus = Self.corpus   // ingested before the clock starts
        let query = Array(repeating: "stagebonus", count: 1_000).joined(separator: " ")
        let (result, seconds) = try timed { try corpus.advies(["search", query, "--format", "json"]) }
        #expect(seconds < 5)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try corpus.advies(["search", "stagebonus", "--format", "json"])).stdout)
    }

    @Test("A 100 KB query and a query of 65 distinct words: one line each, at once")
    func oversizedQueries() throws {
        // 100,000 bytes: below the kernel's bound on one argument (128 KB).
        let long = String((0..<20_000).map { "woord\($0)" }.joined(separator: " ").prefix(100_000))
        let corpus = Self.corpus
        let (tooLong, seconds) = try timed { try corpus.advies(["search", long]) }
        #expect(seconds < 5)
        #expect(tooLong.isRefusal("advies: query: too long ("), "\(tooLong.stderr.prefix(300))")
        let many = (0..<65).map { "woord\($0)" }.joined(separator: " ")
        #expect(try corpus.advies(["search", many]).isRefusal("advies: query: too many words (65 distinct; at most 64)"))
    }

    /// A PDF of `count` blank A4 pages, written object by object.
    static func blankPDF(pages count: Int) -> Data {
        let kids = (0..<count).map { "\($0 + 3) 0 R" }.joined(separator: " ")
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [\(kids)] /Count \(count) >>"]
            + Array(repeating: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", count: count)
        var pdf = "%PDF-1.4\n", offsets: [Int] = []
        for (number, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(number + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Data(pdf.utf8)
    }

    @Test("A 5,000-page blank PDF: OCR stops at its bound of pages or time and says so; page ranges, not lists")
    func ocrBounds() throws {
        let space = try Workspace("advies-ocr-bounds")
        let path = try space.write(Self.blankPDF(pages: 5_000), to: "leeg.pdf")
        let (pages, seconds) = try timed { try Command.advies(["extract", path, "--ocr-max-pages", "3"]) }
        #expect(seconds < 60)
        #expect(pages.status == 0)
        #expect(pages.errorLines.contains("advies: \(path): OCR stopped after 3 of 5000 pages "
                                          + "(at most 3 pages a document; raise it with --ocr-max-pages); pages 4–5000 not read"),
                "\(pages.stderr)")
        #expect(pages.errorLines.contains("advies: \(path): no text layer on any of its 5000 pages (a scan?)"))
        #expect(pages.errorLines.count == 3 && pages.errorLines.allSatisfy { $0.count < 300 }, "\(pages.stderr.prefix(1000))")

        let (time, timeSeconds) = try timed {
            try Command.advies(["parse", path, "--ocr-max-pages", "100000", "--ocr-max-seconds", "1"])
        }
        #expect(timeSeconds < 60)
        #expect(time.errorLines.contains { $0.contains("(at most 1 s a document; raise it with --ocr-max-seconds)") }, "\(time.stderr)")

        let ingest = try space.advies(["ingest", path, "--ocr-max-pages", "2"])
        #expect(ingest.errorLines.contains { $0.hasSuffix("OCR stopped after 2 of 5000 pages (at most 2 pages a document; "
                                                         + "raise it with --ocr-max-pages); pages 3–5000 not read") }, "\(ingest.stderr)")
    }

    @Test("graph --format svg above --max-nodes: one line pointing to --around, without running Graphviz")
    func graphSize() throws {
        let graph = try JSONSerialization.jsonObject(with: Data(try Self.corpus.advies(["graph", "--format", "json"]).stdout.utf8))
        let nodes = try #require(((graph as? [String: Any])?["nodes"] as? [Any])?.count)
        let refused = try Self.corpus.advies(["graph", "--format", "svg", "--max-nodes", "\(nodes - 1)"])
        #expect(refused.isRefusal("advies: graph: \(nodes) nodes, more than Graphviz lays out in good time (--max-nodes \(nodes - 1)); "
                                  + "draw part of it with --around ID, or raise --max-nodes"), "\(refused.stderr)")
        let drawn = try Self.corpus.advies(["graph", "--format", "svg", "--max-nodes", "\(nodes)"])
        #expect(drawn.status == 0 && drawn.stdout.contains("<svg"), "\(drawn.stderr)")
    }

    @Test("A dot that does not finish is stopped at --graphviz-timeout with one line")
    func graphvizTimeout() throws {
        let space = try Workspace("advies-slow-dot")
        let dot = try space.write("#!/bin/sh\nexec sleep 60\n", to: "bin/dot")
        #expect(chmod(dot, 0o755) == 0)
        let path = space.path("bin") + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let started = Date()
        let result = try Command.advies(["graph", "--format", "svg", "--graphviz-timeout", "1", "--db", Self.corpus.db],
                                        environment: ["PATH": path])
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.isRefusal("advies: graphviz: dot did not finish in 1 s and was stopped; draw part of the graph with --around ID, "
                                 + "or allow more time with --graphviz-timeout"), "\(result.stderr)")
    }
}
