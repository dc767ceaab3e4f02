import Foundation
import GRDB

/// How a knowledge base file is opened. Nothing is written before the file is known to be an
/// advies knowledge base: its first bytes are read without SQLite, then its schema through a
/// read-only connection.
///
/// A reader never writes: a read-only connection, no journal mode set, no migration (an older
/// file is refused with the command that migrates it). A writer creates and migrates under
/// `CreationLock`, so a second process waits instead of racing it, and uses WAL with a busy
/// timeout.
enum Opening {
    static func reader(_ path: String) throws(KnowledgeBaseError) -> DatabaseQueue {
        var waited = false
        func waitOnce() -> Bool {
            guard !waited else { return false }
            waited = true
            return CreationLock.waitForWriters(of: path)
        }
        while true {
            switch try FileCheck.inspect(path) {
            case .absent:
                if waitOnce() { continue }
                throw .missing(path: path)
            case .notAKnowledgeBase(let reason):
                throw .notAKnowledgeBase(path: path, reason: reason)
            case .sqlite(let walAtRest):
                // A file in WAL mode that nobody has open is examined as immutable, so that
                // examining another application's file leaves no `-wal` and `-shm` beside it.
                let probe = try wrap(path) { try readOnlyQueue(path, immutable: walAtRest) }
                switch try wrap(path, { try probe.read(Schema.state) }) {
                case .current: return walAtRest ? try wrap(path) { try readOnlyQueue(path) } : probe
                case .older: if waitOnce() { continue } else { throw .olderSchema(path: path) }
                case .newer: throw .newerSchema(path: path)
                case .foreign(let reason): throw .notAKnowledgeBase(path: path, reason: reason)
                }
            }
        }
    }

    static func writer(_ path: String) throws(KnowledgeBaseError) -> DatabasePool {
        // Refused before the lock file is made beside it: no advies process turns a file that
        // is not a knowledge base into one, so this needs no lock.
        _ = try writableState(path)
        let lock = try CreationLock.exclusive(for: path)
        defer { lock.release() }
        while true {
            // A file made here, or by another program meanwhile, is examined like any other.
            guard let state = try writableState(path) else {
                try create(path)
                continue
            }
            return try wrap(path) {
                let pool = try DatabasePool(path: path, configuration: configuration(readonly: false))
                if state == .older { try Schema.migrator.migrate(pool) }
                if try pool.read(DerivedData.isIncomplete) { try pool.write(DerivedData.rebuild) }
                return pool
            }
        }
    }

    /// `.current` or `.older` for a knowledge base a writer may open, nil for none at `path`;
    /// throws for anything else.
    private static func writableState(_ path: String) throws(KnowledgeBaseError) -> Schema.State? {
        switch try FileCheck.inspect(path) {
        case .absent:
            return nil
        case .notAKnowledgeBase(let reason):
            throw .notAKnowledgeBase(path: path, reason: reason)
        case .sqlite(let walAtRest):
            switch try wrap(path, { try readOnlyQueue(path, immutable: walAtRest).read(Schema.state) }) {
            case .foreign(let reason): throw .notAKnowledgeBase(path: path, reason: reason)
            case .newer: throw .newerSchema(path: path)
            case let state: return state
            }
        }
    }

    /// Makes a new knowledge base beside `path` and links it into place when complete, so the
    /// path never holds a half-made one (which, empty after a crash, would be refused). Leaves
    /// alone a file another program made at the path meanwhile.
    private static func create(_ path: String) throws(KnowledgeBaseError) {
        let temporary = path + ".new"
        for leftover in ["", "-journal", "-wal", "-shm"] { unlink(temporary + leftover) }
        defer { unlink(temporary) }
        try wrap(path) {
            let queue = try DatabaseQueue(path: temporary, configuration: configuration(readonly: false))
            try Schema.migrator.migrate(queue)
            try queue.close()
        }
        if link(temporary, path) == 0 || errno == EEXIST { return }
        // A file system without hard links: under the lock, the path was just seen absent.
        guard rename(temporary, path) == 0 else {
            throw .readOnly(path: path, reason: String(cString: strerror(errno)))
        }
    }

    static func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in db.add(tokenizer: DutchTokenizer.self) }
        return configuration
    }

    /// A read-only connection. In a folder or on a mount nothing can be written to, a file in
    /// WAL mode cannot get the `-shm` file SQLite reads it through; nothing can write it there
    /// either, so it is read as immutable.
    static func readOnlyQueue(_ path: String, immutable: Bool = false) throws -> DatabaseQueue {
        let configuration = configuration(readonly: true)
        if immutable { return try DatabaseQueue(path: immutableURI(path), configuration: configuration) }
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError
                    where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) && !folderIsWritable(path) {
            return try DatabaseQueue(path: immutableURI(path), configuration: configuration)
        }
    }

    /// `file:` URI of `path` with `immutable=1` (SQLite as Debian builds it reads URIs).
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/".utf8)
        let encoded = absolute.utf8.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }
        return "file:" + encoded.joined() + "?immutable=1"
    }

    private static func folderIsWritable(_ path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    static func wrap<T>(_ path: String, _ body: () throws -> T) throws(KnowledgeBaseError) -> T {
        do { return try body() } catch { throw KnowledgeBaseError(error, path: path) }
    }
}
