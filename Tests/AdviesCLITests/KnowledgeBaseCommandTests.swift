import Foundation
import Testing
import TestSupport

/// The knowledge-base commands through the built binary.
@Suite("Knowledge-base commands")
struct KnowledgeBaseCommandTests {
    let scratch: URL

    init() throws {
        scratch = try Repository.scratchDirectory("advies-cli-kb")
    }

    /// A folder of `count` distinct text documents made from the corpus texts.
    private func folder(_ name: String, count: Int) throws -> URL {
        let folder = scratch.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ids = Repository.documentIDs
        for i in 0..<count {
            let source = Repository.text(ids[i % ids.count])
            try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("\(name)-\(i).txt"))
        }
        return folder
    }

    @Test("ingest, list, show, recs, stats and search, with --db and ADVIES_DB")
    func roundTrip() throws {
        let db = scratch.appendingPathComponent("corpus.sqlite").path
        let ingest = try Command.advies(["ingest", Repository.corpus.path, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.errorLines.last?.contains("5 added") == true)
        let list = try Command.advies(["list", "--format", "json"], environment: ["ADVIES_DB": db])
        let documents = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(documents?.count == 5)
        let show = try Command.advies(["show", "drempels-wegwerken-duaal-leren", "--recommendations", "--db", db])
        #expect(show.status == 0 && show.stdout.contains("drempels-wegwerken-duaal-leren#rec-1"))
        let recs = try Command.advies(["recs", "--council", "RHO", "--strength", "proposes", "--format", "json", "--db", db])
        let proposals = try JSONSerialization.jsonObject(with: Data(recs.stdout.utf8)) as? [[String: Any]]
        #expect(proposals?.isEmpty == false)
        #expect(proposals?.allSatisfy { $0["document_id"] as? String == "duaal-leren-hoger-onderwijs" } == true)
        let stats = try Command.advies(["stats", "--db", db])
        #expect(stats.stdout.hasPrefix("5 documents"))
        let search = try Command.advies(["search", "stagebonus", "--db", db, "--format", "json"])
        #expect(search.status == 0 && search.stdout.contains("aanvullende-stagebonus"))
    }

    @Test("A bad file in a batch: one line naming it, exit 1, the others stored")
    func badFileInBatch() throws {
        let batch = try folder("batch", count: 3)
        try Data((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: batch.appendingPathComponent("kapot.txt"))
        let db = scratch.appendingPathComponent("batch.sqlite").path
        let result = try Command.advies(["ingest", batch.path, "--db", db])
        #expect(result.status == 1)
        #expect(result.errorLines.contains("advies: \(batch.appendingPathComponent("kapot.txt").path): binary data, not text"))
        let list = try Command.advies(["list", "--db", db, "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any])?.count == 3)
    }

    @Test("Unknown ids and missing knowledge bases are one clear line")
    func clearErrors() throws {
        let missing = try Command.advies(["list", "--db", scratch.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 1 && missing.errorLines.count == 1 && missing.stderr.contains("no knowledge base here"))
        let db = scratch.appendingPathComponent("one.sqlite").path
        _ = try Command.advies(["ingest", Repository.text("aanvullende-stagebonus").path, "--db", db])
        let unknown = try Command.advies(["show", "aanvullende", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.errorLines == ["advies: aanvullende: no such document; did you mean aanvullende-stagebonus?"])
        let query = try Command.advies(["search", "\"", "--db", db])
        #expect(query.status == 1 && query.errorLines.count == 1 && !query.stderr.contains("SQL"))
    }

    @Test("Two ingests and a stream of searches at once: no lock errors, nothing lost or doubled")
    func concurrentUse() async throws {
        let db = scratch.appendingPathComponent("shared.sqlite").path
        // Create the knowledge base first so searches have something to open.
        _ = try Command.advies(["ingest", Repository.text("aanvullende-stagebonus").path, "--db", db])
        let first = try folder("first", count: 12), second = try folder("second", count: 12)
        async let ingestA = Task.detached { try Command.advies(["ingest", first.path, "--db", db, "--workers", "1"]) }.value
        async let ingestB = Task.detached { try Command.advies(["ingest", second.path, "--db", db, "--workers", "1"]) }.value
        var searches: [CommandResult] = []
        for _ in 0..<15 { searches.append(try Command.advies(["search", "duaal leren", "--db", db, "--limit", "3"])) }
        let (a, b) = try await (ingestA, ingestB)
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\n\(b.stderr)")
        for search in searches {
            #expect(search.status == 0, "\(search.stderr)")
            #expect(!search.stderr.lowercased().contains("locked"))
        }
        let list = try Command.advies(["list", "--db", db, "--format", "json"])
        let ids = (try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids?.count == 25)
        #expect(Set(ids ?? []).count == ids?.count)
    }
}
