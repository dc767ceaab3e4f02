import AdviesModel
import AdviesParser
import Testing

/// Unnumbered headings of a typeset document: a short line set apart by type, standing
/// alone, that titles rather than says or labels.
@Suite("Unnumbered headings")
struct UnnumberedHeadingTests {
    /// A page of paragraphs, each `candidate` a line of its own style after a paragraph
    /// break, followed by two lines of running text.
    static func titles(of candidates: [(String, TypesetStyle)], body: TypesetStyle = .body) -> [String] {
        Typeset.parse { doc in
            doc.page { page in
                page.lines(Typeset.prose(page: 0), body)
                for (k, (text, style)) in candidates.enumerated() {
                    page.gap()
                    page.line(text, style)
                    page.lines(Typeset.prose(page: k + 1, lines: 2), body)
                }
            }
        }.sections.map(\.title)
    }

    @Test("A short line set bold, larger, in another family, or italic among roman is a heading")
    func typesetTitles() {
        #expect(Self.titles(of: [
            ("Wachttijden in de schoolbus", .bold), ("Vervoer op maat", .body.sized(14)),
            ("Kosten per leerling", .body.font("Georgia")), ("Rol van de gemeenten", .italic),
        ]) == ["Wachttijden in de schoolbus", "Vervoer op maat", "Kosten per leerling", "Rol van de gemeenten"])
        // A sans title over serif text.
        #expect(Self.titles(of: [("Rol van de gemeenten", .body)], body: .serif) == ["Rol van de gemeenten"])
    }

    @Test("A line set like the running text is no heading, however short")
    func untypeset() {
        #expect(Self.titles(of: [("Wachttijden in de schoolbus", .body), ("Vervoer op maat", .body.sized(11.3))]).isEmpty)
    }

    @Test("A sentence with a finite verb, a line of more than 16 words, or one with a number is no heading")
    func sentences() {
        #expect(Self.titles(of: [
            ("De raad vraagt meer middelen", .bold),
            ("Wachttijden en ritduur van leerlingen in het buitengewoon onderwijs in de steden en op het platteland van", .bold),
            ("Wachttijden in 2021", .bold),
        ]).isEmpty)
        // A question is a title even with its verb.
        #expect(Self.titles(of: [("Wat kost het vervoer?", .bold)]) == ["Wat kost het vervoer?"])
    }

    @Test("Labels of what follows are no headings", arguments: ["Reactie:", "Reactie", "Aanbevelingen", "Toelichting:"])
    func labels(_ label: String) {
        #expect(Self.titles(of: [(label, .bold)]).isEmpty)
        #expect(Self.titles(of: [("Reactie van de sector", .bold)]) == ["Reactie van de sector"])
    }

    @Test("The singular label 'Aanbeveling' is no heading either")
    func singularLabel() {
        #expect(Self.titles(of: [("Aanbeveling", .bold)]).isEmpty)
    }

    @Test("An emphasised line inside a paragraph, with no break before it, is no heading")
    func inParagraph() {
        let document = Typeset.parse { doc in
            doc.page { page in
                page.lines(Typeset.prose(page: 0))
                page.line("Wachttijden in de schoolbus", .bold)
                page.lines(Typeset.prose(page: 1))
            }
        }
        #expect(document.sections.isEmpty)
    }

    @Test("The first line of a page after a finished sentence is set apart; after a broken-off sentence it is not")
    func pageOpening() {
        func document(lastWords: String) -> ParsedDocument {
            Typeset.parse { doc in
                doc.page { page in
                    page.lines(Typeset.prose(page: 0))
                    page.line("Die kosten liggen het hoogst in de landelijke gemeenten \(lastWords)")
                }
                doc.page { page in
                    page.line("Kosten en financiering", .bold)
                    page.lines(Typeset.prose(page: 1))
                }
            }
        }
        #expect(document(lastWords: "van het land.").sections.map(\.title) == ["Kosten en financiering"])
        #expect(document(lastWords: "van het land en de").sections.isEmpty)
    }

    @Test("The first line of a page after a closing signature is set apart")
    func pageOpeningAfterSignature() {
        let document = Typeset.parse { doc in
            doc.page { page in
                page.lines(Typeset.prose(page: 0))
                page.line("Hoogachtend,")
                page.gap()
                page.lines(["De Staatssecretaris van Financiën,"])
                page.gap(30)
                page.lines(["A.B. de Vries"])
            }
            doc.page { page in
                page.line("Overzicht van de wijzigingen", .bold)
                page.lines(Typeset.prose(page: 1))
            }
        }
        #expect(document.metadata.signatories.map(\.name) == ["A.B. de Vries"])
        #expect(document.sections.map(\.title) == ["Overzicht van de wijzigingen"])
    }

    /// Roman text, then a quotation of three italic paragraphs, the middle one a short line.
    static func quotation(roman: TypesetStyle, italic: TypesetStyle) -> ParsedDocument {
        Typeset.parse { doc in
            doc.page { page in
                page.lines(Typeset.prose(page: 0), roman)
                page.gap()
                page.lines(["Wij willen dat elk kind op tijd in de klas zit en dat geen rit langer duurt",
                            "dan een uur, schreef de koepel van de ouderverenigingen in haar brief."], italic)
                page.gap()
                page.line("Elk kind op tijd in de klas", italic)
                page.gap()
                page.lines(["Dat vraagt een planning die de scholen, de gemeenten en de vervoerders",
                            "samen maken, en die elk jaar op dezelfde datum klaar is voor de ouders."], italic)
                page.gap()
                page.lines(Typeset.prose(page: 1), roman)
            }
        }
    }

    @Test("An italic line among italic text is text, not a heading")
    func italicAmongItalic() {
        let document = Self.quotation(roman: .body, italic: .italic)
        #expect(document.sections.isEmpty, "\(document.sections.map(\.title))")
    }

    @Test("Roman and italic of one family are one family whatever the vendor suffix (ArialMT, Arial-ItalicMT)")
    func vendorSuffix() {
        let document = Self.quotation(roman: .body.font("ArialMT"), italic: .italic.font("Arial-ItalicMT"))
        #expect(document.sections.isEmpty, "\(document.sections.map(\.title))")
    }
}
