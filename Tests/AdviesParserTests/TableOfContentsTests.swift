import AdviesModel
import AdviesParser
import Testing

/// Lines of a table of contents (titles with page numbers, dot leaders or a tab) yield no
/// sections; the headings are read where they stand in the text.
@Suite("Table of contents")
struct TableOfContentsTests {
    @Test("Entries with dot leaders or page numbers at a tab never become sections, with a heading or three in a row",
          arguments: [true, false])
    func contents(_ titled: Bool) throws {
        let document = Typeset.parse { doc in
            doc.page { page in
                if titled { page.line("Inhoud", .heading); page.gap() }
                page.row([(72, "1 Aanleiding"), (500, "2")])
                page.row([(72, "2 Advies"), (500, "2")])
                page.row([(72, "2.1 Middelen"), (500, "3")])
                page.line("3 Besluit ........................................................ 4")
            }
            doc.page { page in
                for title in ["1 Aanleiding", "2 Advies", "2.1 Middelen", "3 Besluit"] {
                    page.gap(12)
                    page.line(title, .subheading)
                    page.lines(Typeset.prose(page: page.lines.count, lines: 2))
                }
            }
        }
        #expect(document.sections.map(\.number) == ["1", "2", "2.1", "3"])
        #expect(document.sections.allSatisfy { $0.span?.start.page == 2 })
        #expect(document.diagnostics.contains { $0.code == .tableOfContentsSkipped })
        #expect(!document.blocks.contains { $0.text.contains("Aanleiding") })
    }

    @Test("A heading or table rows that end in a number are no table of contents")
    func notContents() {
        let document = Typeset.parse { doc in
            doc.page { page in
                for title in ["1 Aanleiding", "2 Leerlingen jonger dan 12"] {
                    page.gap(12)
                    page.line(title, .subheading)
                    page.lines(Typeset.prose(page: page.lines.count, lines: 2))
                }
                page.gap()
                page.row([(72, "Antwerpen"), (300, "120")])
                page.row([(72, "Gent"), (300, "95")])
                page.row([(72, "Brugge"), (300, "40")])
            }
        }
        #expect(document.sections.map(\.title) == ["Aanleiding", "Leerlingen jonger dan 12"])
        #expect(!document.diagnostics.contains { $0.code == .tableOfContentsSkipped })
        #expect(document.blocks.contains { $0.text.contains("Gent") })
    }
}
