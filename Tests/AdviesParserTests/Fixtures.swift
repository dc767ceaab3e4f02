import AdviesModel
import AdviesParser

/// Builds small documents inline: each page a list of lines; "---" stands for the footnote
/// rule of a text export and "" for a blank line (a paragraph break).
enum Fixture {
    static func layout(_ pages: [[String]], format: SourceFormat = .text) -> LayoutDocument {
        let layoutPages = pages.enumerated().map { index, lines in
            var layoutLines: [LayoutLine] = []
            var blanks = 0
            for text in lines {
                if text.isEmpty { blanks += 1; continue }
                layoutLines.append(text == "---" ? LayoutLine(text: "", spans: [], isRule: true, blankLinesBefore: blanks)
                                                 : .plain(text, blankLinesBefore: blanks))
                blanks = 0
            }
            return LayoutPage(number: index + 1, lines: layoutLines)
        }
        return LayoutDocument(source: "fixture.txt", format: format, info: DocumentInfo(pageCount: pages.count),
                              pages: layoutPages)
    }

    static func parse(_ pages: [[String]]) -> ParsedDocument {
        DocumentParser().parse(layout(pages), id: "fixture")
    }

    /// A line of running text long enough to set the document's full line width.
    static let filler = "De raad heeft deze vraag grondig besproken en formuleert hieronder zijn standpunt ter zake."
}
