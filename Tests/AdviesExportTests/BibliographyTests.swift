import AdviesCore
import Foundation
import Testing
import TestSupport

/// Special characters survive every export format.
@Suite("Export escaping")
struct BibliographyTests {
    static let tricky = CitableItem(id: "work:x", kind: .work, type: .research, authors: ["Van den Broeck, A.", "O'Neil, B."],
                                    title: "100% {inclusief} & #1: kosten_baten van $ & ~ ^", subtitle: "Regel 1\nregel 2",
                                    date: "2021-03", url: "https://example.org/a_b?c=1&d=2%20", publisher: "KU Leuven")

    @Test("BibTeX: braces, %, &, #, _, $ escaped; URL untouched; bibtexparser reads every field")
    func bibtex() throws {
        let text = Bibliography.render([Self.tricky], style: .bibtex)
        #expect(text.contains("title = {{100\\% \\{inclusief\\} \\& \\#1: kosten\\_baten van \\$ \\& \\textasciitilde{} \\textasciicircum{}: Regel 1 regel 2}}"))
        #expect(text.contains("url = {https://example.org/a_b?c=1&d=2%20}"))
        let entries = try #require(try CitationReaders.read("bibtex", text) as? [[String: Any]])
        let fields = try #require(entries.first?["fields"] as? [String: String])
        #expect(fields["author"] == "Van den Broeck, A. and O'Neil, B.")
        #expect(fields["month"] == "3" && fields["year"] == "2021")
    }

    @Test("RIS: a line break in a value does not break the record")
    func ris() throws {
        let text = Bibliography.render([Self.tricky], style: .ris)
        #expect(text.split(separator: "\n").allSatisfy { $0.wholeMatch(of: /[A-Z][A-Z0-9]  - .*/) != nil })
        #expect(text.contains("DA  - 2021/03//"))
    }

    @Test("CSL-JSON is valid JSON with date parts as precise as known")
    func csl() throws {
        let text = Bibliography.render([Self.tricky], style: .cslJSON)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect((items.first?["issued"] as? [String: Any])?["date-parts"] as? [[Int]] == [[2021, 3]])
        #expect((items.first?["author"] as? [[String: String]])?.first == ["family": "Van den Broeck", "given": "A."])
    }

    @Test("DOT: quotes, backslashes and line breaks in ids and labels; Graphviz reads it")
    func dot() throws {
        let title = "Advies \"over\" a\\b\r\nc \\"
        let graph = CitationGraph(nodes: [CitationGraph.Node(id: "work:\"x\"", kind: .work, label: title, date: "2021", council: nil)],
                                  edges: [CitationGraph.Edge(from: "work:\"x\"", to: "work:\"x\"", via: ["voetnoot \"3\""])])
        let text = graph.dot()
        #expect(text.contains("[label=\"Advies \\\"over\\\" a\\\\b\\nc \\\\\\n2021\""))
        let folder = try Repository.scratchDirectory("advies-dot")
        let file = folder.appendingPathComponent("graph.dot")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let rendered = try Command.tool("dot", ["-Tplain", file.path])
        #expect(rendered.status == 0, "dot: \(rendered.stderr)")
        #expect(rendered.stdout.contains(#"node "work:\"x\"""#), "\(rendered.stdout)")
    }

    @Test("CSV: commas, quotes and line breaks quoted; Python's csv reads the fields back")
    func csv() throws {
        let fields = ["a,b", "zeg \"ja\"", "regel 1\nregel 2", "gewoon"]
        let text = TableCSV.row(fields) + "\n" + TableCSV.row(["1", "2"])
        let rows = try #require(try CitationReaders.read("csv", text) as? [[String]])
        #expect(rows == [fields, ["1", "2"]])
        #expect(TableCSV.field("regel 1\r\nregel 2") == "\"regel 1\r\nregel 2\"")
    }
}
