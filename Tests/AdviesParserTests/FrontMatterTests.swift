import AdviesModel
import AdviesParser
import Testing

/// The head of a document: form fields, an address block, a memo's genre label. These lines
/// are facts, not text.
@Suite("Front matter: fields and address")
struct FrontMatterTests {
    static func text(_ document: ParsedDocument) -> String {
        document.blocks.map(\.text).joined(separator: " ")
    }

    /// A letter's head: an address block, fields with values beside or below, then the text.
    static let letter = Typeset.parse { doc in
        doc.page { page in
            page.lines(["Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG"])
            page.gap(30)
            page.row([(72, "Datum"), (180, "3 maart 2021")])
            page.row([(72, "Onderwerp"), (180, "Leerlingenvervoer in het buitengewoon onderwijs en de")])
            page.line("planning voor het schooljaar 2021-2022", indent: 108)
            page.line("Ons kenmerk")
            page.line("2021-0042")
            page.gap(30)
            page.line("Geachte voorzitter,")
            page.gap()
            page.lines(["Hierbij stuur ik u mijn antwoord op de vragen over het leerlingenvervoer van", Typeset.filler,
                        "Ik kom daar in het najaar op terug in een brief aan uw Kamer."])
        }
    }

    @Test("Fields with the value beside at a tab, below the label, or wrapped onto indented lines")
    func fields() {
        let m = Self.letter.metadata
        #expect(m.date == "2021-03-03")
        #expect(m.referenceNumber == "2021-0042")
        #expect(m.title == "Leerlingenvervoer in het buitengewoon onderwijs en de planning voor het schooljaar 2021-2022")
        let text = Self.text(Self.letter)
        for printed in ["Datum", "Onderwerp", "Ons kenmerk", "2021-0042", "planning voor het schooljaar"] {
            #expect(!text.contains(printed), "field left in the text: \(printed)")
        }
        #expect(Self.letter.sections.isEmpty)
    }

    @Test("An address block runs from 'Aan de …' to its postal lines and names the addressee")
    func address() {
        #expect(Self.letter.metadata.addressedTo == "Voorzitter van de Tweede Kamer der Staten-Generaal")
        #expect(!Self.text(Self.letter).contains("Postbus"))
        #expect(Self.text(Self.letter).hasPrefix("Geachte voorzitter,"))
    }

    @Test("A line at the margin after a field's value is not the value's")
    func valueEnds() {
        let document = Typeset.parse { doc in
            doc.page { page in
                page.row([(72, "Betreft"), (180, "Leerlingenvervoer")])
                page.line("Geachte voorzitter,")
                page.gap()
                page.lines(Typeset.prose(page: 1))
            }
        }
        #expect(document.metadata.title == "Leerlingenvervoer")
        #expect(Self.text(document).hasPrefix("Geachte voorzitter,"))
    }

    @Test("A sentence opening with 'Aan de hand van' is text, not an address")
    func notAnAddress() {
        let document = Typeset.parse { doc in
            doc.page { page in
                page.line("Aan de hand van de cijfers van het departement schetst deze notitie hoe")
                page.lines(["lang leerlingen van het buitengewoon onderwijs onderweg zijn naar hun school,",
                            "en welke gemeenten de norm van een uur per rit niet halen."])
            }
        }
        #expect(document.metadata.addressedTo == nil)
        #expect(Self.text(document).hasPrefix("Aan de hand van de cijfers"))
    }

    @Test("A memo's genre label over its fields is front matter; over text it is the title it looks like")
    func genreLabel() {
        let memo = Typeset.parse { doc in
            doc.page { page in
                page.line("Notitie", .heading)
                page.gap()
                page.row([(72, "Aan"), (150, "Directieteam")])
                page.row([(72, "Van"), (150, "Afdeling leerlingenzorg")])
                page.row([(72, "Datum"), (150, "3 maart 2021")])
                page.row([(72, "Betreft"), (150, "Planning van het leerlingenvervoer")])
                page.gap(20)
                page.lines(Typeset.prose(page: 1))
            }
        }
        #expect(memo.kind == .note)
        #expect(memo.sections.isEmpty)
        #expect(memo.metadata.title == "Planning van het leerlingenvervoer")
        #expect(memo.metadata.addressedTo == "Directieteam")
        #expect(!Self.text(memo).contains("Notitie"))
        let heading = Typeset.parse { doc in
            doc.page { page in
                page.line("Notitie", .heading)
                page.gap()
                page.lines(Typeset.prose(page: 1))
            }
        }
        #expect(heading.sections.map(\.title) == ["Notitie"])
    }

    @Test("A Belgian address: the street and the postal code with its town close the block and are not whom")
    func belgianAddress() {
        let document = Fixture.parse([[
            "Aan de voorzitter van de Vlaamse Onderwijsraad", "Kunstlaan 6", "1210 Brussel",
            "Datum: 3 februari 2024", "Betreft: het leerlingenvervoer",
            "Geachte voorzitter,", Fixture.filler, "Graag ontvang ik het advies over het leerlingenvervoer.",
        ]])
        #expect(document.metadata.addressedTo == "voorzitter van de Vlaamse Onderwijsraad")
        #expect(!Self.text(document).contains("Kunstlaan"))
    }

    @Test("'Nota aan de Vlaamse Regering' names the note's addressee; a text's first line names its body")
    func addressedMemoAndMasthead() {
        let document = Fixture.parse([[
            "Vlaamse Regering", "NOTA AAN DE VLAAMSE REGERING", "Betreft: het leerlingenvervoer",
            "1. Situering", "De Vlaamse Regering keurde in maart de krijtlijnen goed van een nieuwe organisatie.",
        ]])
        #expect(document.kind == .note)
        #expect(document.metadata.addressedTo == "Vlaamse Regering")
        #expect(document.metadata.body == "Vlaamse Regering")
        // The heading right under the fields stands apart from them, blank line or not.
        #expect(document.sections.map(\.title) == ["Situering"])
    }
}
