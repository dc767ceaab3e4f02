import AdviesModel
import AdviesParser
import Testing

/// Numbered headings: in step with the numbering before, set as titles, not numbered
/// paragraphs of running text nor items of a list.
@Suite("Numbered headings")
struct NumberedHeadingTests {
    /// A heading whose number stands at the margin and whose title at a tab: "1   Titel".
    static func chapter(_ page: inout TypesetPage, _ number: String, _ title: String) {
        page.gap(14)
        page.row([(72, number), (100, title)], .subheading)
        page.lines(Typeset.prose(page: page.lines.count))
    }

    static func item(_ page: inout TypesetPage, _ text: String) {
        page.gap()
        page.line(text, .bold)
        page.lines(Typeset.prose(page: page.lines.count, lines: 2))
    }

    @Test("Numbers at a tab's distance from their titles, and items numbered again under a section, are its children")
    func itemsUnderSection() {
        let document = Typeset.parse { doc in
            doc.page { page in
                Self.chapter(&page, "1", "Aanleiding")
                Self.chapter(&page, "2", "Advies")
                Self.item(&page, "1. Meer middelen voor de centra")
                Self.item(&page, "2. Een vaste planning")
                Self.chapter(&page, "3", "Besluit")
            }
        }
        #expect(document.sections.map(\.number) == ["1", "2", "2.1", "2.2", "3"])
        #expect(document.sections.map(\.title) == ["Aanleiding", "Advies", "Meer middelen voor de centra",
                                                   "Een vaste planning", "Besluit"])
        #expect(document.sections.map(\.parent) == [nil, nil, SectionID(1), SectionID(1), nil])
        #expect(document.sections.map(\.level) == [1, 1, 2, 2, 1])
    }

    /// Two numbered chapters, then an unnumbered heading over titled items.
    static func underUnnumbered(_ heading: String, items: [String]) -> ParsedDocument {
        Typeset.parse { doc in
            doc.page { page in
                Self.chapter(&page, "1", "Aanleiding")
                Self.chapter(&page, "2", "Werkwijze")
                page.gap(14)
                page.line(heading, .subheading)
                page.lines(Typeset.prose(page: 3, lines: 2))
                for item in items { Self.item(&page, item) }
            }
        }
    }

    @Test("Items numbered from 1 under an unnumbered heading are that heading's list, not items of the section before it")
    func itemsUnderUnnumberedHeading() {
        let document = Self.underUnnumbered("Maatregelen", items: ["1. Een vaste planning", "2. Meer begeleiders", "3. Kortere ritten"])
        #expect(document.sections.map(\.number) == ["1", "2", nil, "1", "2", "3"])
        #expect(document.sections.map(\.title).suffix(3) == ["Een vaste planning", "Meer begeleiders", "Kortere ritten"])
    }

    @Test("Letters under an unnumbered heading are headings of their own, not the old section's '2.a'")
    func lettersUnderUnnumberedHeading() {
        let document = Self.underUnnumbered("Beginselen", items: ["a. Transparantie", "b. Toezicht"])
        #expect(document.sections.map(\.number) == ["1", "2", nil, "a", "b"])
    }

    @Test("A skipped number is a heading only when set as one, and is reported")
    func numberGap() {
        let document = Typeset.parse { doc in
            doc.page { page in
                Self.chapter(&page, "1", "Aanleiding")
                Self.chapter(&page, "2", "Advies")
                page.gap()
                page.line("4 Vervoerders in de provincie")
                page.lines(Typeset.prose(page: 3))
                Self.chapter(&page, "4", "Besluit")
            }
        }
        #expect(document.sections.map(\.number) == ["1", "2", "4"])
        #expect(document.sections.last?.title == "Besluit")
        #expect(document.diagnostics.contains { $0.code == .sectionNumberGap && $0.message.contains("section 4") })
    }

    @Test("A numbered paragraph whose clause has a finite verb and runs on is text; a title that wraps is a heading")
    func numberedParagraphs() {
        let document = Fixture.parse([[
            "1. Aanleiding", Fixture.filler,
            "2. Het vervoer van leerlingen met een beperking naar het buitengewoon", "onderwijs",
            Fixture.filler,
            "3. De raad merkt op dat de planning van het vervoer elk jaar later rond is en",
            "vraagt de minister om een vaste kalender voor de scholen.",
            "3. Besluit", Fixture.filler,
        ]])
        #expect(document.sections.map(\.number) == ["1", "2", "3"])
        #expect(document.sections.map(\.title) == [
            "Aanleiding", "Het vervoer van leerlingen met een beperking naar het buitengewoon onderwijs", "Besluit",
        ])
        #expect(document.blocks.contains { $0.text.contains("3. De raad merkt op dat de planning") })
    }

    @Test("Numbered items of a list in body type are no headings where headings are typeset")
    func listItems() {
        let document = Typeset.parse { doc in
            doc.page { page in
                Self.chapter(&page, "1", "Aanleiding")
                page.gap()
                page.line("De minister legt de raad de volgende vragen voor:")
                page.lines(["1. Hoeveel kinderen wachten langer dan een uur?", "2. Welke gemeenten halen de norm?"])
                Self.chapter(&page, "2", "Advies")
            }
        }
        #expect(document.sections.map(\.number) == ["1", "2"])
        #expect(document.blocks.contains { $0.text.contains("Hoeveel kinderen wachten langer dan een uur?") })
    }

    @Test("A heading out of step with the numbering is text")
    func outOfStep() {
        let document = Typeset.parse { doc in
            doc.page { page in
                Self.chapter(&page, "1", "Aanleiding")
                Self.chapter(&page, "7", "Onderwerpen")
                Self.chapter(&page, "2", "Advies")
                Self.chapter(&page, "2.2", "Middelen")
            }
        }
        #expect(document.sections.map(\.number) == ["1", "2"])
    }
}
