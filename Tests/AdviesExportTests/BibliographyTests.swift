import AdviesExport
import AdviesModel
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
        #expect(text.contains("title = {{100\\% \\textbraceleft{}inclusief\\textbraceright{} \\& \\#1: kosten\\_baten van \\$ \\& \\textasciitilde{} \\textasciicircum{}: Regel 1 regel 2}}"))
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
        let text = DOTRenderer.render(graph)
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

/// Third-party text in every output: control characters, markup and link targets that must
/// not act as syntax (issue: outputs can be broken or injected).
@Suite("Hostile values in outputs")
struct HostileValueTests {
    static let hostile = CitableItem(id: "work:y", kind: .work, type: .web, title: "Een } titel { met \u{1B}[31mkleur\u{07}",
                                     date: "2020", url: "javascript:alert(1)")

    @Test("BibTeX: lone braces balanced as BibTeX counts them; pybtex and bibtexparser read the whole title")
    func braces() throws {
        let text = Bibliography.render([Self.hostile], style: .bibtex)
        let entries = try #require(try CitationReaders.read("pybtex", text) as? [[String: Any]])
        let title = try #require((entries.first?["fields"] as? [String: String])?["title"])
        #expect(title.contains("titel") && title.contains("kleur"), "pybtex read «\(title)»")
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        let parsed = try #require(try CitationReaders.read("bibtex", text) as? [[String: Any]])
        #expect(parsed.count == 1)
    }

    @Test("A javascript: URL is written as a link by no style; an https URL by all")
    func unsafeURL() throws {
        for style in CitationStyle.allCases {
            let text = Bibliography.render([Self.hostile], style: style)
            #expect(!text.contains("javascript:"), "\(style)")
        }
        var safe = Self.hostile
        safe.url = "https://example.org/advies"
        for style in CitationStyle.allCases { #expect(Bibliography.render([safe], style: style).contains("https://example.org/advies")) }
        #expect(SafeURL.linkable("doi:10.1000/182") != nil && SafeURL.linkable("file:///etc/passwd") == nil)
    }

    @Test("Terminal text shows control characters instead of obeying them")
    func terminal() {
        #expect(TerminalText.visible("a\u{1B}[2Jb\u{07}c\nd") == "a\\e[2Jb\\u{7}c\\nd")
        #expect(TerminalText.visible("regel 1\nregel 2", keepingLineBreaks: true) == "regel 1\nregel 2")
        #expect(TerminalText.visible("gewoon: café") == "gewoon: café")
    }

    @Test("Markdown: a <script> and markup characters in the text stay text")
    func markdown() {
        var document = ParsedDocument(id: "x", sourceFile: "x.txt", kind: .advisory)
        document.blocks = [Block(kind: .paragraph, text: "Zie <script>alert(1)</script> en *nadruk* [link](javascript:x)", section: nil)]
        let markdown = MarkdownRenderer.render(document)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("&lt;script&gt;") && markdown.contains("\\*nadruk\\*") && markdown.contains("\\[link\\]"))
    }

    @Test("SVG from a graph whose labels hold control characters is well-formed XML")
    func svg() throws {
        let graph = CitationGraph(nodes: [CitationGraph.Node(id: "a\u{1B}b", kind: .work, label: "titel\u{1B}[1m\u{07}", date: nil, council: nil)],
                                  edges: [])
        let svg = try Graphviz.svg(DOTRenderer.render(graph))
        let parsed = try #require(try CitationReaders.read("xml", svg) as? [String: String])
        #expect(parsed["root"]?.hasSuffix("svg") == true)
    }
}
