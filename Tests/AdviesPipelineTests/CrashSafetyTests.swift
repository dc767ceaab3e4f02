import AdviesModel
import AdviesKnowledgeBase
import AdviesPipeline
import Foundation
import Testing
import TestSupport

/// `advies ingest` killed at random points of a batch leaves a sound knowledge base in which
/// every document is whole or absent, and running it again completes the batch.
@Suite("Crash safety")
struct CrashSafetyTests {
    /// How much of a document is stored: what a partial write would get wrong.
    struct Shape: Equatable {
        var sections, blocks, footnotes, recommendations, references, urls: Int

        init(_ document: ParsedDocument) {
            sections = document.sections.count
            blocks = document.blocks.count
            footnotes = document.footnotes.count
            recommendations = document.recommendations.count
            references = document.references.count
            urls = document.urls.count
        }
    }

    @Test("SIGKILL at 20 random points: integrity holds, documents whole or absent, a rerun completes")
    func killedIngest() throws {
        let scratch = try Repository.scratchDirectory("advies-crash")
        let batch = scratch.appendingPathComponent("batch")
        try FileManager.default.createDirectory(at: batch, withIntermediateDirectories: true)
        let sources = Repository.documentIDs
        var expected: [String: Shape] = [:]
        for source in sources { expected[source] = Shape(try DocumentLoader().load(Repository.text(source))) }
        var origin: [String: String] = [:]
        for i in 0..<100 {
            let id = String(format: "crash-%02d", i)
            origin[id] = sources[i % sources.count]
            try FileManager.default.copyItem(at: Repository.text(sources[i % sources.count]),
                                             to: batch.appendingPathComponent("\(id).txt"))
        }
        let db = scratch.appendingPathComponent("kb.sqlite").path

        func check(after moment: String) throws -> Int {
            // Killed before it made the file (creating takes half a second on a busy machine):
            // nothing stored, and nothing half-made at the path, which is linked in complete.
            guard FileManager.default.fileExists(atPath: db) else { return 0 }
            let knowledgeBase = try KnowledgeBase(path: db, access: .read)
            #expect(try knowledgeBase.integrityProblems().isEmpty, "\(moment)")
            let stored = try knowledgeBase.documents().map(\.id)
            for id in stored {
                let shape = Shape(try knowledgeBase.document(id))
                #expect(shape == expected[origin[id] ?? ""], "\(moment): \(id) is incomplete")
            }
            return stored.count
        }

        var random = SplitMix64(seed: 20)
        var stored: [Int] = []
        for kill in 1...20 {
            let process = try Command.launch(["ingest", batch.path, "--db", db])
            usleep(UInt32.random(in: 100_000...900_000, using: &random))
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            stored.append(try check(after: "kill \(kill)"))
        }
        print("documents stored after each kill: \(stored)")
        let rerun = try Command.advies(["ingest", batch.path, "--db", db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try check(after: "the rerun") == 100)
    }
}
