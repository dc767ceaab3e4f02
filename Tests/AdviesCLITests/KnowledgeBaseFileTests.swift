import Foundation
import Testing
import TestSupport

/// The knowledge base file as the commands treat it (docs/robustness.md): made once however
/// many start at once, never written by a reader, never taken over when it is not advies's,
/// its damage named by file, an older one migrated only when asked.
@Suite("The knowledge base file")
struct KnowledgeBaseFileTests {
    private let text = Repository.text("aanvullende-stagebonus")

    @Test("Two first ingests and a list on a new path, five times over: both batches stored, no SQL error")
    func concurrentCreation() throws {
        for round in 1...5 {
            let space = try Workspace("advies-creation")
            let first = try space.copy(text, to: "a/eerste.txt"), second = try space.copy(text, to: "b/tweede.txt")
            let started = try [["ingest", first], ["ingest", second], ["list"]].map { try Command.start($0 + ["--db", space.db]) }
            let (x, y, listed) = (started[0].finish(), started[1].finish(), started[2].finish())
            #expect(x.status == 0 && y.status == 0, "round \(round):\n\(x.stderr)\n\(y.stderr)")
            // A list that starts before either ingest finds nothing yet, and says only that.
            #expect(listed.status == 0 || listed.isRefusal("advies: \(space.db): no knowledge base here"),
                    "round \(round): \(listed.stderr)")
            #expect(try Set(space.ids()) == ["eerste", "tweede"], "round \(round)")
        }
    }

    @Test("search, list, show, stats and graph change no byte and make no file; a read-only file is searched")
    func readersWriteNothing() throws {
        let space = try Workspace("advies-readers")
        try #require(try space.advies(["ingest", text.path]).status == 0)
        let before = try FileState(space.db)
        for command in [["search", "stagebonus"], ["list"], ["show", "aanvullende-stagebonus"], ["stats"], ["graph"]] {
            let result = try space.advies(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(try FileState(space.db) == before, "\(command) wrote")
        }
        #expect(chmod(space.db, 0o444) == 0)
        let search = try space.advies(["search", "stagebonus"])
        #expect(search.status == 0 && search.stdout.contains("aanvullende-stagebonus"), "\(search.stderr)")
        #expect(try FileState(space.db) == before)
    }

    @Test("Another application's SQLite file and an empty file: refused in one line by readers and writers, left as they were",
          arguments: ["other-application", "empty"])
    func foreignFiles(kind: String) throws {
        let space = try Workspace("advies-foreign")
        let path = space.path("other.sqlite")
        if kind == "empty" {
            try space.write(Data(), to: "other.sqlite")
        } else {
            try sqlite(path, "PRAGMA journal_mode = WAL; CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');")
        }
        let before = try FileState(path)
        for command in [["stats"], ["search", "Ada"], ["list"], ["ingest", text.path], ["migrate"]] {
            let result = try space.advies(command, db: path)
            #expect(result.isRefusal("advies: \(path): not an advies knowledge base ("), "\(command): \(result.stderr)")
            #expect(try FileState(path) == before, "\(command) changed it")
        }
    }

    @Test("A corrupt page: one line naming the file, no SQL")
    func corruptPage() throws {
        let space = try Workspace("advies-damaged")
        try #require(try space.advies(["ingest", text.path, Repository.text("schriftelijke-vraag-677").path]).status == 0)
        let pageSize = try #require(Int(try sqlite(space.db, "PRAGMA page_size").trimmingCharacters(in: .whitespacesAndNewlines)))
        let pages = try sqlite(space.db, "SELECT rootpage FROM sqlite_master WHERE name IN ('paragraph', 'paragraph_fts_data', 'document')")
            .split(separator: "\n").compactMap { Int($0) }
        try #require(pages.count == 3)
        let handle = try #require(FileHandle(forWritingAtPath: space.db))
        for page in pages {
            try handle.seek(toOffset: UInt64((page - 1) * pageSize + 8))
            handle.write(Data(repeating: 0xA5, count: 2000))
        }
        try handle.close()
        for command in [["search", "stagebonus"], ["stats"], ["show", "aanvullende-stagebonus"], ["list"]] {
            let result = try space.advies(command)
            #expect(result.isRefusal("advies: \(space.db): the knowledge base is damaged"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("SELECT") && !result.stderr.contains("SQLite error"), "\(command): \(result.stderr)")
        }
    }

    @Test("A search while another process holds a write transaction answers at once")
    func readerBehindWriter() throws {
        let space = try Workspace("advies-long-writer")
        try #require(try space.advies(["ingest", text.path]).status == 0)
        let writer = try HeldTransaction(space.db)
        defer { writer.end() }
        let started = Date()
        let search = try space.advies(["search", "stagebonus"])
        #expect(Date().timeIntervalSince(started) < 5, "the reader waited for the writer")
        #expect(search.status == 0 && search.stdout.contains("aanvullende-stagebonus"), "\(search.stderr)")
    }

    @Test("A knowledge base of the previous release: readers name the migrate command; migrate keeps every document")
    func olderSchema() throws {
        let space = try Workspace("advies-v4")
        try sqlite(space.db, ".read " + Repository.root.appendingPathComponent("Tests/AdviesKnowledgeBaseTests/Fixtures/kb-v4.sql").path)
        let before = try FileState(space.db)
        let search = try space.advies(["search", "stagebonus"])
        #expect(search.isRefusal("advies: \(space.db): written by an older advies; run `advies migrate --db \(space.db)`"),
                "\(search.stderr)")
        #expect(try FileState(space.db) == before)
        let migrate = try space.advies(["migrate"])
        #expect(migrate.status == 0 && migrate.errorLines == ["advies: \(space.db): up to date"], "\(migrate.stderr)")
        #expect(try Set(space.ids()) == Set(Repository.documentIDs))
        #expect(try space.advies(["search", "stagebonus"]).stdout.contains("aanvullende-stagebonus"))
        #expect(try sqlite(space.db, "PRAGMA integrity_check").hasPrefix("ok"))
    }
}

/// Runs SQL through the sqlite3 program, as another application would; its output.
@discardableResult
func sqlite(_ path: String, _ sql: String) throws -> String {
    let result = try Command.tool("sqlite3", [path, sql])
    guard result.status == 0 else { throw TestFailure("sqlite3: \(result.stderr)") }
    return result.stdout
}

/// Another process (sqlite3) holding a write transaction on a file until `end`.
final class HeldTransaction {
    private let process = Process()
    private let input = Pipe()

    init(_ path: String) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'held';\n".utf8))
        // sqlite3 answers once the write lock is taken.
        var answer = ""
        while !answer.contains("held") {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw TestFailure("sqlite3 ended: \(answer)") }
            answer += String(decoding: chunk, as: UTF8.self)
        }
    }

    func end() {
        input.fileHandleForWriting.write(Data("ROLLBACK;\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
