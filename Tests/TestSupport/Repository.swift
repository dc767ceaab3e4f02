import Foundation

/// Where the repository's own files are, found from this source file's path (never through
/// an absolute or sibling path: a user's clone has only the repository).
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let corpus = root.appendingPathComponent("Corpus")
    public static let annotations = root.appendingPathComponent("Annotations")

    public static func pdf(_ id: String) -> URL { corpus.appendingPathComponent("pdf/\(id).pdf") }
    public static func text(_ id: String) -> URL { corpus.appendingPathComponent("text/\(id).txt") }
    public static func gold(_ id: String) -> URL { annotations.appendingPathComponent("\(id).json") }

    /// The ids of the documents that have a gold annotation.
    public static var documentIDs: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: annotations.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The built `advies` executable, next to the test bundle; `ADVIES_BINARY` names another
    /// build to run the tests against (a previous release, to see a test fail before its fix).
    public static var binary: URL {
        if let other = ProcessInfo.processInfo.environment["ADVIES_BINARY"] { return URL(fileURLWithPath: other) }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        // On Linux the runner is .build/<triple>/debug/<Package>PackageTests.xctest; on macOS
        // the bundle sits one or three levels deeper.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("advies")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/advies")
    }

    /// A fresh scratch folder, removed when the process ends is not guaranteed: callers delete it.
    public static func scratchDirectory(_ name: String = "advies-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
