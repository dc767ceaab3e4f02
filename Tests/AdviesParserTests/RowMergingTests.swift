import AdviesModel
import AdviesParser
import Testing

/// Poppler hands out runs set apart in x on one baseline as separate lines; the parser joins
/// those within a tab's reach (12 ems) and leaves columns further apart alone.
@Suite("Row merging")
struct RowMergingTests {
    /// A numbered chapter whose number hangs in the margin, the title at a tab (x 110).
    static func chapter(_ page: inout TypesetPage, _ number: String, _ title: String, titleFirst: Bool = false) {
        page.gap(14)
        let cells: [(x: Double, text: String)] = [(72, number), (110, title)]
        page.columns(titleFirst ? cells.reversed() : cells, .subheading)
        page.line(Typeset.filler)
        page.line("en vraagt de minister om de scholen tijdig te informeren over de planning.")
    }

    @Test("A hanging chapter number and its title on one baseline are one heading line, in either order")
    func hangingNumber() {
        let document = Typeset.parse { doc in
            doc.page { page in
                Self.chapter(&page, "1", "Aanleiding")
                Self.chapter(&page, "2", "Advies", titleFirst: true)
                Self.chapter(&page, "3", "Conclusie")
            }
        }
        #expect(document.sections.map(\.number) == ["1", "2", "3"])
        #expect(document.sections.map(\.title) == ["Aanleiding", "Advies", "Conclusie"])
    }

    @Test("Spans name the lines as extracted: a heading after joined rows starts at its own line")
    func spansAfterJoinedRows() throws {
        let layout = Typeset.layout { doc in
            doc.page { page in
                Self.chapter(&page, "1", "Aanleiding")
                Self.chapter(&page, "2", "Advies")
            }
        }
        // The first row's two lines are one after joining; the span still counts both.
        let number = try #require(layout.pages.first?.lines.firstIndex { $0.text == "2" })
        let section = try #require(DocumentParser().parse(layout).sections.last)
        #expect(section.title == "Advies")
        #expect(section.span?.start.line == number + 1)
    }

    @Test("A number beyond a tab's reach of its title, or on another baseline, is not joined to it")
    func farApart() {
        let document = Typeset.parse { doc in
            doc.page { page in
                Self.chapter(&page, "1", "Aanleiding")
                Self.chapter(&page, "2", "Advies")
                page.gap(14)
                // 12 ems of 12 pt = 144 pt: the title starts 200 pt right of the number.
                page.columns([(72, "3"), (284, "Bijlagen")], .subheading)
                page.line(Typeset.filler)
                page.gap(14)
                page.line("Verantwoording", .subheading, indent: 38)
                page.place("4", .subheading, x: 72, baseline: page.baseline! + 4)
                page.line(Typeset.filler)
            }
        }
        #expect(document.sections.map(\.number) == ["1", "2", nil, nil])
        #expect(document.sections.map(\.title) == ["Aanleiding", "Advies", "Bijlagen", "Verantwoording"])
    }

    @Test("A form label and its value at a tab are one field, even when poppler gives the value first")
    func formField() {
        func letter(valueAt x: Double) -> Metadata {
            Typeset.parse { doc in
                doc.page { page in
                    page.columns([(x, "2021-0042"), (72, "Ons kenmerk")])
                    page.columns([(72, "Datum"), (x, "3 maart 2021")])
                    page.gap(20)
                    page.lines([Typeset.filler, "Hierbij ontvangt u het antwoord op uw vragen over het leerlingenvervoer."])
                }
            }.metadata
        }
        let near = letter(valueAt: 200)
        #expect(near.referenceNumber == "2021-0042")
        #expect(near.date == "2021-03-03")
        // 12 ems of 11 pt = 132 pt past the label's end: a column of its own, no value of the label.
        let far = letter(valueAt: 300)
        #expect(far.referenceNumber == nil)
    }
}
