import AdviesCore
import AdviesKnowledgeBase
import AdviesPipeline
import Foundation
import TestSupport

/// A fresh knowledge base in a scratch folder, filled from the corpus once per test process.
enum Fixtures {
    static func emptyKnowledgeBase() throws -> KnowledgeBase {
        try KnowledgeBase(path: Repository.scratchDirectory("advies-kb").appendingPathComponent("kb.sqlite").path)
    }

    /// The corpus, ingested once per test process.
    static func corpus() async throws -> KnowledgeBase {
        try await CorpusKnowledgeBase.shared.get()
    }

    /// Ingests and collects what happened.
    static func ingest(_ paths: [String], into knowledgeBase: KnowledgeBase) async -> (Ingestor.Summary, [Ingestor.Event]) {
        let events = EventLog()
        let summary = await Ingestor(knowledgeBase: knowledgeBase).ingest(paths) { events.add($0) }
        return (summary, events.all)
    }
}

final class EventLog: @unchecked Sendable {
    private var events: [Ingestor.Event] = []
    private let lock = NSLock()

    func add(_ event: Ingestor.Event) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }

    var all: [Ingestor.Event] {
        lock.lock()
        defer { lock.unlock() }
        return events
    }
}

/// Ingests the corpus on first use; later callers wait for that one ingest.
actor CorpusKnowledgeBase {
    static let shared = CorpusKnowledgeBase()
    private var task: Task<KnowledgeBase, Error>?

    func get() async throws -> KnowledgeBase {
        if let task { return try await task.value }
        let task = Task {
            let knowledgeBase = try Fixtures.emptyKnowledgeBase()
            _ = await Ingestor(knowledgeBase: knowledgeBase).ingest([Repository.corpus.path]) { _ in }
            return knowledgeBase
        }
        self.task = task
        return try await task.value
    }
}
