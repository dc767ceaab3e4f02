import Foundation
import AdviesModel
import AdviesParser
import Testing

/// Page furniture told by recurrence: the same text, numbers aside, at the same height on
/// several pages; and whatever stands under the running footer.
@Suite("Running headers and footers")
struct RunningFurnitureTests {
    static let repeated = "De raad vraagt de minister om overleg met de vervoerders."

    /// Three pages with a running header, a footer with the page number in it, and a body
    /// line that recurs at another height on each page.
    static func document(footer: (Int) -> String, smallPrint: Bool = false) -> ParsedDocument {
        Typeset.parse { doc in
            for n in 1...3 {
                doc.page { page in
                    page.header("Advies over het leerlingenvervoer")
                    page.lines(Typeset.prose(page: n, lines: n))
                    page.line(Self.repeated)
                    page.gap()
                    page.lines(Typeset.prose(page: n + 5, lines: 2))
                    page.footer(footer(n))
                    if smallPrint, n == 1 {
                        page.place("Kunstlaan 6, 1210 Brussel. Dit document is vrij te verspreiden.", .small, baseline: 828)
                    }
                }
            }
        }
    }

    static func text(_ document: ParsedDocument) -> String {
        document.blocks.map(\.text).joined(separator: " ")
    }

    @Test("A footer whose page number changes is furniture on every page", arguments: [
        "Vlaamse Onderwijsraad | pagina #n van 3", "Leerlingenvervoer #n/3", "Advies 2021/#n", "Pagina #n van 3",
    ])
    func footerWithNumber(_ pattern: String) {
        let document = Self.document { n in pattern.replacingOccurrences(of: "#n", with: "\(n)") }
        let text = Self.text(document)
        let printed = pattern.replacingOccurrences(of: "#n", with: "2")
        #expect(!text.contains(printed), "footer left in the text: \(printed)")
        #expect(!text.contains("Advies over het leerlingenvervoer"), "running header left in the text")
        #expect(document.sections.allSatisfy { !$0.title.contains("leerlingenvervoer") })
        #expect(text.contains(Typeset.prose(page: 7, lines: 1)[0]))
    }

    @Test("A line repeated in the body at another height on each page stays text")
    func repeatedBodyLine() {
        let document = Self.document { "Pagina \($0) van 3" }
        let text = Self.text(document)
        #expect(text.components(separatedBy: Self.repeated).count - 1 == 3)
    }

    @Test("What stands under the running footer is furniture, even on one page only")
    func belowTheFooter() {
        let document = Self.document(footer: { "Vlaamse Onderwijsraad | pagina \($0) van 3" }, smallPrint: true)
        #expect(!Self.text(document).contains("Kunstlaan"))
        #expect(document.footnotes.isEmpty)
        // Without a running footer nothing marks a band: the same small print stays on the page.
        let unmarked = Typeset.parse { doc in
            for n in 1...3 {
                doc.page { page in
                    page.lines(Typeset.prose(page: n))
                    if n == 1 { page.place("Kunstlaan 6, 1210 Brussel. Dit document is vrij te verspreiden.", .small, baseline: 828) }
                }
            }
        }
        #expect(Self.text(unmarked).contains("Kunstlaan"))
    }

    @Test("Text on the same height on too few pages is not furniture")
    func tooFewPages() {
        // Two of six pages: below the two in five a running line needs.
        let document = Typeset.parse { doc in
            for n in 1...6 {
                doc.page { page in
                    page.lines(Typeset.prose(page: n))
                    if n <= 2 { page.place("Tabel 1 toont het aantal ritten per provincie.", baseline: 400) }
                }
            }
        }
        #expect(Self.text(document).components(separatedBy: "Tabel 1 toont").count - 1 == 2)
    }

    @Test("A text export: a line at the edge of half the pages, at least three, is furniture; one inside a page is not")
    func textExport() {
        let pages = (1...3).map { n in
            ["Advies over het leerlingenvervoer", "\(n)"] + Typeset.prose(page: n, lines: 2) + [Self.repeated]
                + Typeset.prose(page: n + 5, lines: 2)
        }
        let document = Fixture.parse(pages)
        let text = Self.text(document)
        #expect(!text.contains("Advies over het leerlingenvervoer"))
        #expect(text.components(separatedBy: Self.repeated).count - 1 == 3)
    }
}
