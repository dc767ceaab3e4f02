import AdviesExport
import AdviesKnowledgeBase
import AdviesModel
import Foundation

/// The knowledge base as the server reads it: a few read-only connections (a connection
/// answers one query at a time), each query run on a Dispatch queue so that a slow one never
/// holds a thread of Swift's small concurrency pool. What does not depend on a request (the
/// whole citation graph, which every graph page needs a part of, the listing of documents,
/// the counts) is read once per state of the file.
final class Library: @unchecked Sendable {
    let path: String
    private let readers: [KnowledgeBase]
    private let lock = NSLock()
    private var next = 0
    private var cache: [String: (stamp: [Double], value: any Sendable)] = [:]

    init(path: String, connections: Int = max(2, ProcessInfo.processInfo.activeProcessorCount)) throws(KnowledgeBaseError) {
        self.path = path
        var readers: [KnowledgeBase] = []
        for _ in 0..<connections { readers.append(try KnowledgeBase(path: path, access: .read)) }
        self.readers = readers
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (KnowledgeBase) throws -> T) async throws -> T {
        let reader = lock.withLock { () -> KnowledgeBase in
            defer { next = (next + 1) % readers.count }
            return readers[next]
        }
        return try await Self.offPool { try body(reader) }
    }

    /// SVG from DOT through Graphviz, which runs `dot` and waits for it.
    func layOut(_ dot: String) async throws -> String {
        try await Self.offPool { try Graphviz.svg(dot) }
    }

    /// Runs blocking work on a Dispatch queue and awaits its result.
    private static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// A whole-knowledge-base answer, read again only when the file (or its WAL) changed since.
    func cached<T: Sendable>(_ key: String, _ body: @escaping @Sendable (KnowledgeBase) throws -> T) async throws -> T {
        let stamp = fileStamp()
        if let hit = lock.withLock({ cache[key] }), hit.stamp == stamp, let value = hit.value as? T { return value }
        let value = try await read(body)
        lock.withLock { cache[key] = (stamp, value) }
        return value
    }

    func citationGraph() async throws -> CitationGraph { try await cached("graph") { try $0.citationGraph() } }
    func documents() async throws -> [DocumentSummary] { try await cached("documents") { try $0.documents() } }

    /// Size and modification time of the file and its WAL: what changes when anything is written.
    private func fileStamp() -> [Double] {
        [path, path + "-wal"].flatMap { file -> [Double] in
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            return [Double((attributes?[.size] as? Int64) ?? -1), (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0]
        }
    }
}
