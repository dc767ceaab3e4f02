import AdviesCore
import Foundation
import GRDB

/// The knowledge base: one embedded SQLite file (WAL mode, a busy timeout so concurrent
/// processes wait rather than fail), built by migrations, with Dutch full-text search.
public final class KnowledgeBase: Sendable {
    public let path: String
    let pool: DatabasePool

    /// Where the knowledge base is by default: `ADVIES_DB`, else `./advies.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["ADVIES_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "advies.sqlite"
    }

    /// Opens (and with `create`, creates) the knowledge base, migrating an older schema and
    /// refusing a newer one.
    public init(path: String, create: Bool = true) throws(KnowledgeBaseError) {
        self.path = path
        if !create && !FileManager.default.fileExists(atPath: path) { throw .missing(path: path) }
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            db.add(tokenizer: DutchTokenizer.self)
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = Schema.migrator
            let (superseded, complete) = try pool.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
            if superseded { throw KnowledgeBaseError.newerSchema(path: path) }
            // A write transaction (and its sync to disk) only when there is something to migrate:
            // every search, trace and cite opens the knowledge base.
            if !complete { try migrator.migrate(pool) }
        } catch let error as KnowledgeBaseError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path: path)
        } catch let error as DatabaseError {
            throw .cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// How a store went.
    public enum StoreOutcome: String, Sendable {
        case added, replaced, unchanged
    }

    /// Where a stored document came from.
    public struct Source: Sendable {
        public var path: String
        public var format: SourceFormat
        public var contentHash: String
        public var pageCount: Int

        public init(path: String, format: SourceFormat, contentHash: String, pageCount: Int) {
            self.path = path
            self.format = format
            self.contentHash = contentHash
            self.pageCount = pageCount
        }
    }

    /// Stores a document in one transaction: fully or not at all. The same content is left
    /// alone; changed content replaces the document and everything it holds.
    @discardableResult
    public func store(_ document: ParsedDocument, source: Source) throws -> StoreOutcome {
        try pool.write { db in
            let existing = try DocumentRecord.fetchOne(db, key: document.id)
            if let existing, existing.contentHash == source.contentHash { return .unchanged }
            if existing != nil { try DocumentRecord.deleteOne(db, key: document.id) }
            try DocumentMapping.insert(document, source: source, into: db)
            try Works.update(for: document.id, in: db)
            return existing == nil ? .added : .replaced
        }
    }

    /// The content hash a document was stored with, if it is stored.
    public func contentHash(of id: String) throws -> String? {
        try pool.read { db in try DocumentRecord.fetchOne(db, key: id)?.contentHash }
    }

    /// A stored document, rebuilt as its parsed tree.
    public func document(_ id: String) throws -> ParsedDocument {
        let found = try pool.read { db in try DocumentMapping.load(id, from: db) }
        guard let found else { throw KnowledgeBaseError.unknownDocument(id: id, suggestions: try closestIDs(to: id)) }
        return found
    }

    /// Stored ids that look most like `id` (for "did you mean").
    public func closestIDs(to id: String, limit: Int = 3) throws -> [String] {
        let ids = try pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM document") }
        let lower = id.lowercased()
        return ids.map { ($0, EditDistance.between(lower, $0.lowercased()) - ($0.lowercased().contains(lower) ? 100 : 0)) }
            .sorted { $0.1 < $1.1 }.prefix(limit).filter { $0.1 <= max(3, id.count / 2) }.map(\.0)
    }

    /// What SQLite's own checks find wrong (`integrity_check`, `foreign_key_check`); empty
    /// when the file is sound.
    public func integrityProblems() throws -> [String] {
        try pool.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            return integrity + keys
        }
    }

    /// Runs a read in the knowledge base's connection pool.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.read(body)
    }

    /// The file's size in bytes (the database and its WAL).
    public var fileSize: Int64 {
        let sizes = [path, path + "-wal"].map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int64) ?? 0 }
        return sizes.reduce(0, +)
    }
}

/// Levenshtein distance, for suggesting ids.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        var previous = Array(0...y.count)
        for i in 1...x.count {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}
