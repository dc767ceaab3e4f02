import Foundation
import Testing
import TestSupport

/// The `manifest.json` beside the files: every folder's is read, what cannot be read of it is
/// one line naming the file (and the entry), the rest still applies, an edit re-applies.
@Suite("Manifests")
struct ManifestTests {
    private let advisory = "aanvullende-stagebonus", question = "schriftelijke-vraag-677"

    /// A manifest of entries, each an id and its facts as JSON members.
    private func manifest(_ entries: [(id: String, facts: String)]) -> String {
        "{\"documents\": [" + entries.map { "{\"id\": \"\($0.id)\", \($0.facts)}" }.joined(separator: ", ") + "]}"
    }

    /// A folder holding the advisory's text and the given manifest.
    private func folder(_ space: Workspace, _ name: String = "map", manifest: String) throws -> String {
        try space.copy(Repository.text(advisory), to: "\(name)/\(advisory).txt")
        try space.write(manifest, to: "\(name)/manifest.json")
        return space.path(name)
    }

    private func url(_ space: Workspace, _ id: String) throws -> String? {
        let shown = try JSONSerialization.jsonObject(with: Data(try space.show(id).utf8)) as? [String: Any]
        return (shown?["metadata"] as? [String: Any])?["url"] as? String
    }

    @Test("Several folders, each with its manifest: every one applies")
    func everyFolder() throws {
        let space = try Workspace("advies-manifests")
        let a = try folder(space, "a", manifest: manifest([(advisory, "\"url\": \"https://a.example/1\"")]))
        try space.copy(Repository.text(question), to: "b/\(question).txt")
        try space.write(manifest([(question, "\"url\": \"https://b.example/2\"")]), to: "b/manifest.json")
        let result = try space.advies(["ingest", a, space.path("b")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try url(space, advisory) == "https://a.example/1")
        #expect(try url(space, question) == "https://b.example/2")
    }

    @Test("A malformed, empty or wrong-typed manifest: one line naming it, exit 1, the files still go in",
          arguments: ["{\"documents\": [", "", "{\"documents\": 5}", "[1, 2]"])
    func unreadable(content: String) throws {
        let space = try Workspace("advies-bad-manifest")
        let path = try folder(space, manifest: content)
        let result = try space.advies(["ingest", path])
        let named = result.errorLines.filter { $0.contains("manifest.json") }
        #expect(result.status == 1)
        #expect(named.count == 1 && named[0].hasPrefix("advies: \(path)/manifest.json: not a manifest ("), "\(result.stderr)")
        #expect(try space.ids() == [advisory])
    }

    @Test("One bad entry: one line naming the file and the entry; the good entries still apply")
    func badEntry() throws {
        let space = try Workspace("advies-bad-entry")
        let path = try folder(space, manifest: manifest([(advisory, "\"url\": \"https://a.example/1\""), (question, "\"date\": 2023")]))
        let result = try space.advies(["ingest", path])
        let named = result.errorLines.filter { $0.contains("manifest.json") }
        #expect(named == ["advies: \(path)/manifest.json: entry 2 (\"\(question)\"): expected text at date; left out"], "\(result.stderr)")
        #expect(try url(space, advisory) == "https://a.example/1")
    }

    @Test("An edited entry re-applies: the document is replaced with the new facts, then left alone")
    func edited() throws {
        let space = try Workspace("advies-edited-manifest")
        let path = try folder(space, manifest: manifest([(advisory, "\"url\": \"https://a.example/1\"")]))
        try #require(try space.advies(["ingest", path]).status == 0)
        try space.write(manifest([(advisory, "\"url\": \"https://a.example/2\"")]), to: "map/manifest.json")
        let again = try space.advies(["ingest", path])
        #expect(again.errorLines.last?.contains("0 added, 1 replaced") == true, "\(again.stderr)")
        #expect(try url(space, advisory) == "https://a.example/2")
        #expect(try space.advies(["ingest", path]).errorLines.last?.contains("1 skipped (unchanged)") == true)
    }
}
