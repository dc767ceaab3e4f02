import Foundation
import Testing
import TestSupport

/// Files that share a name in different folders: one document only on evidence (a manifest
/// listing both, or texts that agree), otherwise two; never a silent replacement.
@Suite("Document identity")
struct DocumentIdentityTests {
    private let advisory = Repository.text("aanvullende-stagebonus"), question = Repository.text("schriftelijke-vraag-677")

    @Test("Two different documents a/x.txt and b/x.txt in one batch are two documents")
    func oneBatch() throws {
        let space = try Workspace("advies-same-name")
        try space.copy(advisory, to: "a/x.txt")
        try space.copy(question, to: "b/x.txt")
        let result = try space.advies(["ingest", space.path("a"), space.path("b")])
        #expect(result.status == 0 && result.errorLines.last?.contains("2 added") == true, "\(result.stderr)")
        #expect(try space.ids().sorted() == ["x", "x-b"])
    }

    @Test("a/x.txt, then b/x.txt alone: two documents, the first as it was")
    func oneAfterTheOther() throws {
        let space = try Workspace("advies-same-name-later")
        try space.copy(advisory, to: "a/x.txt")
        try space.copy(question, to: "b/x.txt")
        try #require(try space.advies(["ingest", space.path("a")]).status == 0)
        let first = try space.show("x")
        let second = try space.advies(["ingest", space.path("b")])
        #expect(second.status == 0 && second.errorLines.last?.contains("1 added, 0 replaced") == true, "\(second.stderr)")
        #expect(try space.ids().sorted() == ["x", "x-b"])
        #expect(try space.show("x") == first)
        #expect(try space.advies(["show", "x-b"]).stdout.contains("677"))
    }

    @Test("A PDF and its text export in sibling folders, no manifest: one document and a duplicate")
    func renderings() throws {
        let space = try Workspace("advies-renderings")
        try space.copy(Repository.pdf("aanvullende-stagebonus"), to: "pdf/aanvullende-stagebonus.pdf")
        try space.copy(advisory, to: "text/aanvullende-stagebonus.txt")
        let result = try space.advies(["ingest", space.path("pdf"), space.path("text")])
        #expect(result.status == 0 && result.errorLines.last?.contains("1 added, 0 replaced, 0 skipped (unchanged), 1 duplicates") == true,
                "\(result.stderr)")
        #expect(try space.ids() == ["aanvullende-stagebonus"])
    }
}
