@testable import AdviesKnowledgeBase
import AdviesModel
import Foundation
import GRDB
import GRDBSQLite
import Testing

@Suite("Opening: readers that never write, creation in one step, foreign files refused")
struct OpeningTests {
    /// A knowledge base of two documents, its writer closed.
    static func stored() throws -> String {
        let path = try Repository.newPath()
        _ = try Corpus.knowledgeBase(["aanvullende-stagebonus", "schriftelijke-vraag-677"], at: path)
        return path
    }

    /// Every read a command makes.
    static func readEverything(_ knowledgeBase: KnowledgeBase) throws {
        var query = SearchQuery(text: "duaal")
        query.limit = 20
        _ = try knowledgeBase.search(query)
        _ = try knowledgeBase.searchItems(query)
        _ = try knowledgeBase.trace(subject: "premie")
        _ = try knowledgeBase.statistics()
        _ = try knowledgeBase.documents()
        _ = try knowledgeBase.recommendations(RecommendationFilter())
        _ = try knowledgeBase.document("schriftelijke-vraag-677")
        _ = try knowledgeBase.cites("aanvullende-stagebonus")
        _ = try knowledgeBase.citedBy("aanvullende-stagebonus")
        _ = try knowledgeBase.citationGraph()
        _ = try knowledgeBase.works()
        _ = try knowledgeBase.integrityProblems()
    }

    @Test("A reader changes no byte, makes no file, and cannot write through its connection")
    func readerWritesNothing() throws {
        let path = try Self.stored()
        // A writer that closes last leaves the file out of WAL mode (header bytes 18 and 19 are 1).
        let header = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)).prefix(20))
        #expect(header[18] == 1 && header[19] == 1)
        let before = try FileSnapshot(path)
        do {
            let knowledgeBase = try KnowledgeBase(path: path, access: .read)
            try Self.readEverything(knowledgeBase)
            // What proves it, whatever the permission bits: the connection was opened read-only...
            let readonly = try knowledgeBase.database.read { db in sqlite3_db_readonly(db.sqliteConnection, "main") }
            #expect(readonly == 1)
            // ...so SQLite refuses any write on it,
            #expect(throws: DatabaseError.self) {
                try knowledgeBase.database.writeWithoutTransaction { try $0.execute(sql: "CREATE TABLE intruder (x)") }
            }
            // and the knowledge base refuses a store before trying.
            let (document, source) = try Corpus.parse("drempels-wegwerken-duaal-leren")
            #expect(throws: KnowledgeBaseError.readOnly(path: path, reason: "opened for reading")) {
                try knowledgeBase.store(document, source: source)
            }
            #expect(try FileSnapshot(path) == before, "while open: no -wal, -shm or -journal made")
        }
        #expect(try FileSnapshot(path) == before, "the bytes, the modification time and the folder are as they were")
    }

    @Test("A read-only file can be searched")
    func readOnlyFile() throws {
        let path = try Self.stored()
        #expect(chmod(path, 0o444) == 0)
        defer { chmod(path, 0o644) }
        let before = try FileSnapshot(path)
        // Root writes whatever the bits say; then the connection's read-only flag (checked above)
        // is what keeps the file unchanged.
        if access(path, W_OK) == 0 { print("running as root: permission bits are not enforced on \(path)") }
        let knowledgeBase = try KnowledgeBase(path: path, access: .read)
        try Self.readEverything(knowledgeBase)
        #expect(try knowledgeBase.database.read { db in sqlite3_db_readonly(db.sqliteConnection, "main") } == 1)
        #expect(try FileSnapshot(path) == before)
    }

    @Test("In WAL mode with no -wal file, a file is read as immutable where nothing can be written, paths escaped in the URI")
    func immutable() throws {
        let folder = try Repository.scratch()
        let path = folder.appendingPathComponent("kb met spatie?#%.sqlite").path
        _ = try Corpus.knowledgeBase(["aanvullende-stagebonus"], at: path)
        try tamper(path, "PRAGMA journal_mode = WAL")
        let before = try FileSnapshot(path)
        #expect(Opening.immutableURI(path).hasSuffix("kb%20met%20spatie%3F%23%25.sqlite?immutable=1"))
        let queue = try Opening.readOnlyQueue(path, immutable: true)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM document") } == 1)
        try queue.close()
        #expect(try FileSnapshot(path) == before)
        #expect(try FileCheck.inspect(path) == .sqlite(walAtRest: true))
    }

    @Test("A missing file is not made by a reader")
    func missing() throws {
        let path = try Repository.newPath()
        #expect(throws: KnowledgeBaseError.missing(path: path)) { try KnowledgeBase(path: path, access: .read) }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).isEmpty)
    }

    @Test("Files that are not advies knowledge bases are refused with one line and left byte for byte",
          arguments: ["empty", "text", "other-application", "application-id", "no-tables", "folder"])
    func foreign(kind: String) throws {
        let folder = try Repository.scratch()
        let path = folder.appendingPathComponent("other.sqlite").path
        let reason: String
        switch kind {
        case "empty":
            FileManager.default.createFile(atPath: path, contents: Data())
            reason = "an empty file"
        case "text":
            try String(repeating: "geen database\n", count: 200).write(toFile: path, atomically: true, encoding: .utf8)
            reason = "not an SQLite file"
        case "other-application":
            // In WAL mode, as many applications leave their files: examining it must not add -wal and -shm.
            try tamper(path, """
                PRAGMA journal_mode = WAL; CREATE TABLE contacts (name TEXT); CREATE TABLE notes (body TEXT);
                INSERT INTO contacts VALUES ('Ada');
                """)
            reason = "an SQLite file of another application (tables contacts, notes)"
        case "application-id":
            try tamper(path, "PRAGMA application_id = 1234; CREATE TABLE document (id TEXT)")
            reason = "another application's SQLite file (application id 0x000004D2)"
        case "no-tables":
            try tamper(path, "PRAGMA user_version = 7")
            reason = "an SQLite file without advies tables"
        default:
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            reason = "a folder"
        }
        let before = try FileSnapshot(path)
        for access in [KnowledgeBase.Access.read, .write] {
            #expect(throws: KnowledgeBaseError.notAKnowledgeBase(path: path, reason: reason)) {
                try KnowledgeBase(path: path, access: access)
            }
            #expect(try FileSnapshot(path) == before, "\(access): nothing written, nothing made beside it")
        }
        let message = KnowledgeBaseError.notAKnowledgeBase(path: path, reason: reason).description
        #expect(message.hasPrefix(path) && !message.contains("\n"))
    }

    @Test("Concurrent first writers on a new path: each waits for the one creating it, and every store lands")
    func concurrentCreation() throws {
        let path = try Repository.newPath()
        let documents = try Repository.documentIDs.map { try Corpus.parse($0) }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            do {
                let knowledgeBase = try KnowledgeBase(path: path, access: .write)
                try knowledgeBase.store(documents[index].0, source: documents[index].1)
            } catch {
                failures.add("\(index): \(error)")
            }
        }
        #expect(failures.all.isEmpty)
        let knowledgeBase = try KnowledgeBase(path: path, access: .read)
        #expect(try knowledgeBase.documents().count == documents.count)
        #expect(try knowledgeBase.integrityProblems().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path + ".new"))
    }

    @Test("A reader arriving while a writer creates the file waits for it instead of failing")
    func readerWaitsForCreation() throws {
        let prepared = try Self.stored()
        let path = try Repository.newPath()
        // The test holds the lock as a first writer would while it makes the file.
        let lock = try CreationLock.exclusive(for: path)
        let result = Outcome()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            result.set(Result { try KnowledgeBase(path: path, access: .read).documents().count })
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 0.5) == .timedOut, "the reader waits")
        try FileManager.default.copyItem(atPath: prepared, toPath: path)
        lock.release()
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(try result.value?.get() == 2)
    }

    @Test("A damaged page is reported as damage of the named file, never as SQL")
    func corruptPage() throws {
        let path = try Self.stored()
        let pages = try DatabaseQueue(path: path).read { db in
            try Int.fetchAll(db, sql: "SELECT rootpage FROM sqlite_master WHERE name IN ('paragraph', 'paragraph_fts_data', 'document')")
        }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        for page in pages {
            try handle.seek(toOffset: UInt64((page - 1) * 4096 + 8))
            handle.write(Data(repeating: 0xA5, count: 2000))
        }
        try handle.close()
        var query = SearchQuery(text: "duaal")
        query.limit = 5
        let knowledgeBase = try KnowledgeBase(path: path, access: .read)
        for read in [{ _ = try knowledgeBase.search(query) }, { _ = try knowledgeBase.statistics() },
                     { _ = try knowledgeBase.document("aanvullende-stagebonus") }] {
            do {
                try read()
                Issue.record("a damaged file was read without complaint")
            } catch let error as KnowledgeBaseError {
                guard case .damaged(let named, _) = error else { Issue.record("\(error)"); continue }
                #expect(named == path)
                #expect(!error.description.contains("SELECT") && !error.description.contains("\n"), "\(error)")
            }
        }
    }

    @Test("The default path: ADVIES_DB, else advies.sqlite")
    func defaultPath() {
        #expect(KnowledgeBase.defaultPath(environment: ["ADVIES_DB": "/data/kb.sqlite"]) == "/data/kb.sqlite")
        #expect(KnowledgeBase.defaultPath(environment: ["ADVIES_DB": ""]) == "advies.sqlite")
        #expect(KnowledgeBase.defaultPath(environment: [:]) == "advies.sqlite")
    }
}

final class Failures: @unchecked Sendable {
    private var items: [String] = []
    private let lock = NSLock()

    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}

final class Outcome: @unchecked Sendable {
    private var stored: Result<Int, any Error>?
    private let lock = NSLock()

    func set(_ value: Result<Int, any Error>) { lock.withLock { stored = value } }
    var value: Result<Int, any Error>? { lock.withLock { stored } }
}
