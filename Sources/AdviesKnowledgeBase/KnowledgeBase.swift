import AdviesModel
import Foundation
import GRDB

/// The knowledge base: one embedded SQLite file, built by migrations, with Dutch full-text
/// search. Opened for reading (read-only, never changes a byte) or for writing (creates and
/// migrates in one exclusive step, WAL with a busy timeout so concurrent processes wait
/// rather than fail). See `Opening`.
public final class KnowledgeBase: Sendable {
    public let path: String
    public let access: Access
    let database: any DatabaseWriter

    public enum Access: Sendable {
        case read, write
    }

    /// Where the knowledge base is by default: `ADVIES_DB`, else `./advies.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        environment["ADVIES_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "advies.sqlite"
    }

    /// Opens the knowledge base at `path`. Reading refuses a missing file, another kind of file,
    /// and a schema older or newer than this version's. Writing creates a missing file and
    /// migrates an older schema (`advies migrate` is a write open).
    public init(path: String, access: Access) throws(KnowledgeBaseError) {
        self.path = path
        self.access = access
        switch access {
        case .read: database = try Opening.reader(path)
        case .write: database = try Opening.writer(path)
        }
    }

    /// A writer leaves the file out of WAL mode when it is the last to close it, so that a
    /// reader, which cannot write, needs no `-wal` or `-shm` file and makes none. When another
    /// connection is open the switch fails at once and the file stays in WAL mode.
    deinit {
        guard let pool = database as? DatabasePool else { return }
        pool.releaseMemory()
        try? pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
    }

    public enum StoreOutcome: String, Sendable {
        case added, replaced, unchanged
    }

    /// Where a stored document came from.
    public struct Source: Sendable, Equatable {
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
    /// alone; changed content replaces the document and everything it holds. Its citations are
    /// resolved here, once (`CitationResolution`).
    @discardableResult
    public func store(_ document: ParsedDocument, source: Source) throws -> StoreOutcome {
        guard access == .write else { throw KnowledgeBaseError.readOnly(path: path, reason: "opened for reading") }
        do {
            return try database.write { db in
                let stored = try String.fetchOne(db, sql: "SELECT content_hash FROM document WHERE id = ?", arguments: [document.id])
                if stored == source.contentHash { return .unchanged }
                var formerWorks: [String] = []
                if stored != nil {
                    formerWorks = try String.fetchAll(db, sql: """
                        SELECT DISTINCT c.work_id FROM citation c JOIN reference r ON r.id = c.reference_id WHERE r.document_id = ?
                        """, arguments: [document.id])
                    try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [document.id])
                }
                let referenceIDs = try DocumentInsertion.insert(document, source: source, into: db)
                try CitationResolution.resolve(document, references: Array(zip(document.references, referenceIDs)),
                                               replacing: formerWorks, in: db)
                return stored == nil ? .added : .replaced
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw KnowledgeBaseError.invalidDocument(id: document.id, reason: error.message ?? "a constraint failed")
        } catch {
            throw KnowledgeBaseError(error, path: path)
        }
    }

    /// How a stored document was stored; nil when it is not stored.
    public func source(of id: String) throws -> Source? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT source_path, source_format, content_hash, page_count FROM document WHERE id = ?",
                             arguments: [id]).map { row in
                Source(path: try row.decode(forColumn: "source_path"), format: try row.requiredEnumeration("source_format"),
                       contentHash: try row.decode(forColumn: "content_hash"), pageCount: try row.decode(forColumn: "page_count"))
            }
        }
    }

    /// A stored document, as it was stored; its cross-references are the works it cites that
    /// are other stored documents.
    public func document(_ id: String) throws -> ParsedDocument {
        guard let found = try read({ db in try DocumentLoading.load(id, from: db) }) else {
            throw KnowledgeBaseError.unknownDocument(id: id, suggestions: try closestIDs(to: id))
        }
        return found
    }

    /// Stored ids that look most like `id` (for "did you mean").
    public func closestIDs(to id: String, limit: Int = 3) throws -> [String] {
        let ids = try read { db in try String.fetchAll(db, sql: "SELECT id FROM document") }
        let lower = id.lowercased()
        return ids.map { ($0, EditDistance.between(lower, $0.lowercased()) - ($0.lowercased().contains(lower) ? 100 : 0)) }
            .sorted { $0.1 < $1.1 }.prefix(limit).filter { $0.1 <= max(3, id.count / 2) }.map(\.0)
    }

    /// What SQLite's own checks find wrong (`integrity_check`, `foreign_key_check`); empty
    /// when the file is sound.
    public func integrityProblems() throws -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key: \($0)" }
            return integrity + keys
        }
    }

    /// The file's size in bytes (the database and its WAL).
    public var fileSize: Int64 {
        let sizes = [path, path + "-wal"].map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int64) ?? 0 }
        return sizes.reduce(0, +)
    }

    /// Runs a read; errors as a user is told them (the file named, no SQL).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.read(body) } catch { throw KnowledgeBaseError(error, path: path) }
    }
}
