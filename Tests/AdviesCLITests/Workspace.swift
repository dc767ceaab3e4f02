import Foundation
import Testing
import TestSupport

/// A scratch folder for a test through the binary: files put in it, a knowledge base beside
/// them, and what the knowledge base holds as the commands show it.
struct Workspace {
    let root: URL

    init(_ name: String) throws {
        root = try Repository.scratchDirectory(name)
    }

    /// The knowledge base's path.
    var db: String { path("kb.sqlite") }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Copies `source` to `relative` (its folders made) and returns the copy's path.
    @discardableResult
    func copy(_ source: URL, to relative: String) throws -> String {
        try write(Data(contentsOf: source), to: relative)
    }

    @discardableResult
    func write(_ text: String, to relative: String) throws -> String {
        try write(Data(text.utf8), to: relative)
    }

    @discardableResult
    func write(_ data: Data, to relative: String) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    /// `advies <arguments> --db <db>`.
    func advies(_ arguments: [String], db: String? = nil) throws -> CommandResult {
        try Command.advies(arguments + ["--db", db ?? self.db])
    }

    /// The stored documents' ids, as `list` gives them.
    func ids(db: String? = nil) throws -> [String] {
        try json(["list", "--format", "json"], db: db).compactMap { $0["id"] as? String }
    }

    /// The JSON a command prints, as a list of objects.
    func json(_ arguments: [String], db: String? = nil) throws -> [[String: Any]] {
        let result = try advies(arguments, db: db)
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    }

    /// A stored document as `show --format json` prints it.
    func show(_ id: String) throws -> String {
        try advies(["show", id, "--format", "json"]).stdout
    }
}

/// A file's bytes and what stands beside it in its folder: what a command that must not
/// write leaves as it was.
struct FileState: Equatable {
    var bytes: Data
    var neighbours: [String]

    init(_ path: String) throws {
        bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        neighbours = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).sorted()
    }
}

extension CommandResult {
    /// Exit 1 with exactly one line on stderr that starts with `prefix`.
    func isRefusal(_ prefix: String) -> Bool {
        status == 1 && errorLines.count == 1 && errorLines[0].hasPrefix(prefix)
    }
}

/// A step of a test's setup that failed, and why.
struct TestFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
