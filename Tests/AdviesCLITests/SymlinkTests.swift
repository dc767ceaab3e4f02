import Foundation
import Testing
import TestSupport

/// Symbolic links to folders, as shared drives and download managers make them: followed,
/// each real folder read once, a loop said in one note.
@Suite("Linked folders")
struct SymlinkTests {
    private func link(_ space: Workspace, _ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: space.path(name), withDestinationPath: target)
    }

    /// `ingest` of a folder of the workspace, expected to succeed.
    @discardableResult
    private func ingest(_ space: Workspace, _ folder: String) throws -> CommandResult {
        let result = try space.advies(["ingest", space.path(folder)])
        #expect(result.status == 0, "\(result.stderr)")
        return result
    }

    @Test("A link to a folder, given as the argument, is read")
    func linkedArgument() throws {
        let space = try Workspace("advies-linked-folder")
        try space.copy(Repository.text("aanvullende-stagebonus"), to: "echt/aanvullende-stagebonus.txt")
        try link(space, "snelkoppeling", to: space.path("echt"))
        try ingest(space, "snelkoppeling")
        #expect(try space.ids() == ["aanvullende-stagebonus"])
    }

    @Test("A linked subfolder is read with its parent")
    func linkedSubfolder() throws {
        let space = try Workspace("advies-linked-subfolder")
        try space.copy(Repository.text("aanvullende-stagebonus"), to: "map/aanvullende-stagebonus.txt")
        try space.copy(Repository.text("schriftelijke-vraag-677"), to: "elders/schriftelijke-vraag-677.txt")
        try link(space, "map/vragen", to: space.path("elders"))
        try ingest(space, "map")
        #expect(try space.ids().sorted() == ["aanvullende-stagebonus", "schriftelijke-vraag-677"])
    }

    @Test("A link back up the tree: one note, the walk ends, every file read once")
    func linkLoop() throws {
        let space = try Workspace("advies-link-loop")
        try space.copy(Repository.text("aanvullende-stagebonus"), to: "map/sub/aanvullende-stagebonus.txt")
        try link(space, "map/sub/terug", to: space.path("map"))
        let result = try ingest(space, "map")
        let notes = result.errorLines.filter { $0.contains("terug") }
        #expect(notes.count == 1 && notes[0].contains("a link to a folder already read"), "\(result.stderr)")
        #expect(try space.ids() == ["aanvullende-stagebonus"])
    }
}
