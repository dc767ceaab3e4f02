import AdviesModel
import AdviesParser
import Testing

/// Headings named by the PDF's outline: a line its bookmarks title is a heading even when
/// set in text type and worded like a sentence; without the bookmark the same line is text.
/// (The title set large heads the page either way.)
@Suite("Headings from the PDF outline")
struct OutlineFixtureTests {
    static func line(_ text: String, y: Double, size: Double = 10, bold: Bool = false) -> LayoutLine {
        let box = Box(x0: 56, y0: y - size, x1: 56 + Double(text.count) * size * 0.5, y1: y + 2)
        return LayoutLine(text: text, spans: [TextSpan(text: text, font: bold ? "Arial-Bold" : "Arial", size: size,
                                                       bold: bold, box: box, baseline: y)],
                          box: box, baseline: y)
    }

    static let prose = [
        "De raad heeft het ontwerp van decreet grondig besproken met alle betrokken partners en",
        "formuleert in deze nota zijn standpunt over de voorgestelde regeling van de leerplicht.",
        "Hij stelt vast dat het ontwerp op verschillende punten verder gaat dan wat eerder werd",
        "afgesproken tussen de partners en dat de gevolgen voor de scholen nog onduidelijk zijn.",
    ]

    static func document(outline: [OutlineEntry]) -> LayoutDocument {
        var lines = [line("Nota over de leerplicht", y: 80, size: 18, bold: true)]
        var y = 120.0
        for (i, text) in (prose + ["De raad vraagt meer tijd voor overleg"] + prose).enumerated() {
            if i == 4 || i == 5 { y += 10 }
            lines.append(line(text, y: y))
            y += 14
        }
        let page = LayoutPage(number: 1, width: 595, height: 842, lines: lines)
        return LayoutDocument(source: "nota.pdf", format: .pdf, info: DocumentInfo(pageCount: 1), pages: [page],
                              outline: outline)
    }

    @Test("A bookmarked line in text type is a heading; the same line without a bookmark is text")
    func bookmarked() {
        let marked = DocumentParser().parse(Self.document(outline: [
            OutlineEntry(title: "Nota over de leerplicht", level: 1, page: 1, top: 62),
            OutlineEntry(title: "De raad vraagt meer tijd voor overleg", level: 1, page: 1, top: 166),
        ]), id: "nota")
        #expect(marked.sections.map(\.title) == ["Nota over de leerplicht", "De raad vraagt meer tijd voor overleg"])
        #expect(!marked.blocks.contains { $0.text.hasPrefix("De raad vraagt meer tijd") })

        let plain = DocumentParser().parse(Self.document(outline: []), id: "nota")
        #expect(plain.sections.map(\.title) == ["Nota over de leerplicht"])
        #expect(plain.blocks.contains { $0.text.hasPrefix("De raad vraagt meer tijd voor overleg") })
    }

    @Test("A bookmark whose title is on no line of its page marks nothing")
    func unmatched() {
        let document = DocumentParser().parse(Self.document(outline: [
            OutlineEntry(title: "Samenvatting", level: 1, page: 1, top: 100),
            OutlineEntry(title: "De raad vraagt meer tijd voor overleg", level: 1, page: 2, top: 100),
        ]), id: "nota")
        #expect(document.sections.map(\.title) == ["Nota over de leerplicht"])
    }
}
