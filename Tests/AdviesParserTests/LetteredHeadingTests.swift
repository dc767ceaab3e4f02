import AdviesModel
import AdviesParser
import Testing

/// Lettered headings ("a. Titel", "a) Titel", "(a) Titel") in order under the numbered
/// section they stand in, and roman ones ("I.", "II") at the top level.
@Suite("Lettered and roman headings")
struct LetteredHeadingTests {
    static func section(_ page: inout TypesetPage, _ title: String, _ style: TypesetStyle = .subheading) {
        page.gap(12)
        page.line(title, style)
        page.lines(Typeset.prose(page: page.lines.count, lines: 2))
    }

    @Test("Letters under a numbered section are its children, in each of the three forms", arguments: [
        ["a. Meer middelen", "b. Een vaste planning"], ["a) Meer middelen", "b) Een vaste planning"],
        ["(a) Meer middelen", "(b) Een vaste planning"],
    ])
    func underNumbered(_ letters: [String]) {
        let document = Typeset.parse { doc in
            doc.page { page in
                Self.section(&page, "1 Aanleiding")
                Self.section(&page, "2 Advies")
                for letter in letters { Self.section(&page, letter, .bold) }
            }
        }
        #expect(document.sections.map(\.number) == ["1", "2", "2.a", "2.b"])
        #expect(document.sections.map(\.title) == ["Aanleiding", "Advies", "Meer middelen", "Een vaste planning"])
        #expect(document.sections.map(\.level) == [1, 1, 2, 2])
        #expect(document.sections.map(\.parent) == [nil, nil, SectionID(1), SectionID(1)])
    }

    @Test("Without a numbered section a letter is a heading of its own; roman numerals run from I at the top level")
    func topLevel() {
        let lettered = Typeset.parse { doc in
            doc.page { page in
                Self.section(&page, "a. Aanleiding", .bold)
                Self.section(&page, "b. Advies", .bold)
            }
        }
        #expect(lettered.sections.map(\.number) == ["a", "b"])
        #expect(lettered.sections.map(\.level) == [1, 1])
        let roman = Typeset.parse { doc in
            doc.page { page in
                Self.section(&page, "I. Aanleiding")
                Self.section(&page, "II. Advies")
                Self.section(&page, "IV. Besluit")
            }
        }
        // "IV" skips III: not in the numbering (it may still stand as an unnumbered title).
        #expect(roman.sections.compactMap(\.number) == ["I", "II"])
        #expect(roman.sections.prefix(2).map(\.title) == ["Aanleiding", "Advies"])
        #expect(roman.sections.map(\.level).allSatisfy { $0 == 1 })
        #expect(roman.sections.allSatisfy { $0.parent == nil })
    }

    @Test("Letters out of order, and items of a list on consecutive lines, are no headings")
    func notHeadings() {
        let document = Typeset.parse { doc in
            doc.page { page in
                Self.section(&page, "1 Aanleiding")
                Self.section(&page, "2 Advies")
                Self.section(&page, "a. Meer middelen", .bold)
                Self.section(&page, "c. Een vaste planning", .bold)
                page.gap()
                page.line("De raad onderscheidt drie groepen:")
                page.lines(["a) Leerlingen met een beperking", "b) Leerlingen in de stad", "c) Leerlingen op het platteland"])
                page.lines(Typeset.prose(page: 1, lines: 2))
            }
        }
        #expect(document.sections.map(\.number) == ["1", "2", "2.a"])
        #expect(document.blocks.contains { $0.text.contains("b) Leerlingen in de stad") })
    }

    @Test("In a text export a lettered line is a heading only as a paragraph of its own")
    func textExport() {
        let document = Fixture.parse([[
            "1 Aanleiding", Fixture.filler, "", "a. Meer middelen", "", Fixture.filler,
            "De raad ziet twee wegen", "b. Samenwerking met de gemeenten", Fixture.filler,
        ]])
        #expect(document.sections.map(\.number) == ["1", "1.a"])
    }
}
