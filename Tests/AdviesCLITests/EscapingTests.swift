import Foundation
import Testing
import TestSupport

/// What file names, manifests and documents hold reaches every output escaped for its syntax:
/// the terminal, SVG, BibTeX, Markdown; and only web and DOI addresses become links.
@Suite("Escaping in outputs")
struct EscapingTests {
    static let id = "aanvullende-stagebonus"
    /// A lone `}` (BibTeX counts braces, escaped or not), an ESC.
    static let title = "Kosten } en baten \u{1B}[2J van stages einde"

    /// A knowledge base of one document whose manifest gives a hostile title and address.
    static let hostile: Workspace = {
        let space = try! Workspace("advies-hostile")
        try! space.copy(Repository.text(id), to: "map/\(id).txt")
        let entry: [String: Any] = ["id": id, "title": title, "url": "javascript:alert(1)"]
        try! space.write(try! JSONSerialization.data(withJSONObject: ["documents": [entry]]), to: "map/manifest.json")
        let result = try! space.advies(["ingest", space.path("map")])
        precondition(result.status == 0, result.stderr)
        return space
    }()

    @Test("A file name holding ESC, BEL and a line break: one error line with the characters shown")
    func controlCharactersInNames() throws {
        let space = try Workspace("advies-control-names")
        let path = try space.write(Data((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }), to: "kapot\u{1B}[31m\u{07}\nnaam.txt")
        let shown = space.path("kapot\\e[31m\\u{7}\\nnaam.txt")
        for command in [["extract", path], ["parse", path], ["ingest", path, "--db", space.db]] {
            let result = try Command.advies(command)
            #expect(result.status == 1)
            #expect(result.errorLines.filter { $0.contains("naam.txt") } == ["advies: \(shown): binary data, not text"],
                    "\(command[0]): \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"), "\(command[0])")
        }
    }

    @Test("graph --format svg of a document whose title holds ESC is well-formed XML")
    func svg() throws {
        let result = try Self.hostile.advies(["graph", "--format", "svg"])
        #expect(result.status == 0, "\(result.stderr)")
        let read = try CitationReaders.read("xml", result.stdout) as? [String: Any]
        #expect((read?["root"] as? String)?.hasSuffix("svg") == true)
        #expect(result.stdout.contains("Kosten } en baten"))
    }

    @Test("cite --style bibtex of a title with a lone brace: pybtex reads the title whole and the fields after it")
    func bibtex() throws {
        let result = try Self.hostile.advies(["cite", Self.id, "--style", "bibtex"])
        let entries = try #require(try CitationReaders.read("pybtex", result.stdout) as? [[String: Any]], "\(result.stdout)")
        let fields = entries.first?["fields"] as? [String: String]
        #expect(entries.count == 1 && fields?["title"]?.contains("van stages einde") == true, "\(result.stdout)")
        #expect(fields?["institution"] == "Vlaamse Onderwijsraad", "\(result.stdout)")
    }

    @Test("A javascript: address from a manifest is in no citation list")
    func addresses() throws {
        for style in ["bibtex", "ris", "apa", "csl-json"] {
            let result = try Self.hostile.advies(["cite", Self.id, "--style", style])
            #expect(result.status == 0 && result.stdout.contains("baten"), "\(style): \(result.stderr)")
            #expect(!result.stdout.lowercased().contains("javascript"), "\(style): \(result.stdout)")
        }
    }

    @Test("parse --format markdown of a text holding <script> escapes it")
    func markdown() throws {
        let space = try Workspace("advies-markup")
        let text = try String(contentsOf: Repository.text(Self.id), encoding: .utf8)
            .replacingOccurrences(of: "Het besluit zorgt", with: "Het <script>alert(1)</script> besluit zorgt")
        let path = try space.write(text, to: "\(Self.id).txt")
        let result = try Command.advies(["parse", path, "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("<script>"))
        #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
