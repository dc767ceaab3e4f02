import AdviesModel
import AdviesParser
import Testing

/// The metadata from every source that states it, in order of trust, and the issuing body
/// as the kind of document makes it.
@Suite("Metadata assembly")
struct MetadataAssemblyTests {
    @Test("A field beats the text's own formula for the date and the reference")
    func fieldsFirst() {
        let m = Fixture.parse([[
            "Datum   3 maart 2021", "Kenmerk   2021-0042", "",
            "Dit advies, gedateerd 19 augustus 2020, nr. W05.20.0123/I, is hierbij gevoegd en wordt besproken.",
            Fixture.filler,
        ]]).metadata
        #expect(m.date == "2021-03-03")
        #expect(m.datePrecision == .day)
        #expect(m.referenceNumber == "2021-0042")
    }

    @Test("Without a subject field the title is the first line typeset as one, with its wrapped tail")
    func headTitle() {
        func title(_ style: TypesetStyle, subject: Bool = false) -> String? {
            Typeset.parse { doc in
                doc.page { page in
                    if subject { page.row([(72, "Betreft"), (180, "Maximale reistijd")]); page.gap() }
                    // A number in it: no unnumbered heading, which would claim the line first.
                    page.line("Evaluatie 2021: het leerlingenvervoer in het buitengewoon", style)
                    page.line("onderwijs", style)
                    page.gap()
                    page.lines(Typeset.prose(page: 1))
                    page.gap()
                    page.line("1 Inleiding", .subheading)
                    page.lines(Typeset.prose(page: 2))
                    page.gap()
                    page.line("2 Resultaten", .subheading)
                    page.lines(Typeset.prose(page: 3))
                }
            }.metadata.title
        }
        #expect(title(.heading) == "Evaluatie 2021: het leerlingenvervoer in het buitengewoon onderwijs")
        #expect(title(.body) == nil)
        #expect(title(.heading, subject: true) == "Maximale reistijd")
    }

    @Test("A title set like a heading at the top of the first page is the title, and heads the text too")
    func titleAsHeading() {
        let document = Typeset.parse { doc in
            doc.page { page in
                page.line("Evaluatie van het leerlingenvervoer", .heading)
                page.gap()
                page.lines(Typeset.prose(page: 1))
                page.gap()
                page.line("Werkwijze", .subheading)
                page.lines(Typeset.prose(page: 2))
            }
        }
        #expect(document.metadata.title == "Evaluatie van het leerlingenvervoer")
        #expect(document.sections.map(\.title) == ["Evaluatie van het leerlingenvervoer", "Werkwijze"])
        // A numbered first heading is a section, not the title.
        let numbered = Typeset.parse { doc in
            doc.page { page in
                page.line("1 Evaluatie van het leerlingenvervoer", .heading)
                page.gap()
                page.lines(Typeset.prose(page: 1))
            }
        }
        #expect(numbered.metadata.title == nil)
    }

    @Test("An advice's body is the one its signer presides; a letter's the ministry of its signer's office")
    func bodyByKind() {
        let advice = Fixture.parse([[
            "1 Inhoud van het advies", "Dit advies gaat over de maximale reistijd. De Afdeling adviseert het voorstel aan te passen.",
            "2 Slot", Fixture.filler, "De vicepresident van de Raad van State,", "A.B. de Vries",
        ]])
        #expect(advice.kind == .advisory)
        #expect(advice.metadata.body == "Raad van State")
        let letter = Fixture.parse([[
            "Datum 3 maart 2021", "Onderwerp Leerlingenvervoer",
            "Hierbij stuur ik u mijn antwoord op de vragen over het leerlingenvervoer.", Fixture.filler,
            "De Staatssecretaris van Financiën,", "A.B. de Vries",
        ]])
        #expect(letter.kind == .letter)
        #expect(letter.metadata.body == "Ministerie van Financiën")
    }

    @Test("An advice signed by no presiding office takes the firm its running footer names")
    func firmInFooter() {
        let pages = (1...3).map { n in
            (n == 1 ? ["1 Vraag", "Dit advies beantwoordt de vraag van de gemeente. Wij adviseren de regeling aan te passen."] : [])
                + Typeset.prose(page: n, lines: 3) + ["Van der Meer & Partners advocaten"]
        }
        let document = Fixture.parse(pages)
        #expect(document.kind == .advisory)
        #expect(document.metadata.body == "Van der Meer & Partners advocaten")
        #expect(!document.blocks.contains { $0.text.contains("advocaten") })
    }

    /// Three pages of an advice whose footer names a firm, the page number at `x` beside it.
    static func firmFooter(pageNumberAt x: Double) -> ParsedDocument {
        Typeset.parse { doc in
            for n in 1...3 {
                doc.page { page in
                    if n == 1 {
                        page.line("1 Vraag", .subheading)
                        page.line("Dit advies beantwoordt de vraag van de gemeente. Wij adviseren de regeling aan te passen.")
                    }
                    page.lines(Typeset.prose(page: n))
                    page.place("Van der Meer & Partners advocaten", .footnote, baseline: 815)
                    page.place("\(n)", .footnote, x: x, baseline: 815)
                }
            }
        }
    }

    @Test("A firm's footer with the page number at a tab beside it still names the firm")
    func firmFooterWithPageNumber() {
        // Far right, the number is a column of its own.
        #expect(Self.firmFooter(pageNumberAt: 500).metadata.body == "Van der Meer & Partners advocaten")
        // At a tab, row merging makes one line of it: "Van der Meer & Partners advocaten   2".
        let near = Self.firmFooter(pageNumberAt: 260)
        #expect(near.kind == .advisory)
        #expect(!near.blocks.contains { $0.text.contains("advocaten") })
        #expect(near.metadata.body == "Van der Meer & Partners advocaten")
    }

    @Test("A report's body is the organisation a label names as responsible")
    func issuer() {
        let report = Fixture.parse([[
            "Dit rapport beschrijft de evaluatie van het leerlingenvervoer.", "Verantwoordelijke organisatie",
            "Agentschap voor Onderwijsdiensten", "", Fixture.filler,
        ]])
        #expect(report.kind == .report)
        #expect(report.metadata.body == "Agentschap voor Onderwijsdiensten")
        let unnamed = Fixture.parse([[
            "Dit rapport beschrijft de evaluatie van het leerlingenvervoer.", "Verantwoordelijke organisatie",
            "de vervoerders samen", "", Fixture.filler,
        ]])
        #expect(unnamed.metadata.body == nil)
    }
}
