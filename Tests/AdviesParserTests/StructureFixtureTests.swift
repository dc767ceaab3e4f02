import AdviesModel
import AdviesParser
import Testing

@Suite("Structure rules on small documents")
struct StructureFixtureTests {
    @Test("A cover block gives metadata; a table of contents gives no sections")
    func coverAndContents() {
        let document = Fixture.parse([
            ["Raad Secundair Onderwijs", "13 juni 2019", "RSO-RSO-ADV-1819-012",
             "Drempels wegwerken in duaal leren", "Toekomstperspectief voor de huidige doelgroep",
             "Adviesvrager: Hilde Crevits, Vlaams minister van Onderwijs, op 23 april 2019",
             "Uitgebracht door de Raad Secundair Onderwijs op 13 juni 2019 met eenparigheid van stemmen",
             "Dossierbeheerder: Marleen Colpin",
             "INHOUDSOPGAVE", "1 Aanleiding .......... 2", "2 ADVIES .......... 2", "2.1 Eerste punt .......... 3"],
            ["1 Aanleiding", Fixture.filler, "2 ADVIES", Fixture.filler, "2.1 Eerste punt", Fixture.filler,
             "2.1.1 Een detail", Fixture.filler],
        ])
        #expect(document.kind == .advisory)
        #expect(document.sections.map(\.number) == ["1", "2", "2.1", "2.1.1"])
        #expect(document.sections.map(\.title) == ["Aanleiding", "ADVIES", "Eerste punt", "Een detail"])
        #expect(document.sections.map(\.level) == [1, 1, 2, 3])
        #expect(document.sections.map(\.parent) == [nil, nil, SectionID(1), SectionID(2)])
        #expect(document.sections.first?.span?.start.page == 2)
        let m = document.metadata
        #expect(m.referenceNumber == "RSO-RSO-ADV-1819-012")
        #expect(m.council == "Raad Secundair Onderwijs")
        #expect(m.date == "2019-06-13")
        #expect(m.title == "Drempels wegwerken in duaal leren")
        #expect(m.subtitle == "Toekomstperspectief voor de huidige doelgroep")
        #expect(m.requester == "Hilde Crevits, Vlaams minister van Onderwijs")
        #expect(m.requestDate == "2019-04-23")
        #expect(m.issuedBy == "Uitgebracht door de Raad Secundair Onderwijs".replacingOccurrences(of: "Uitgebracht door ", with: ""))
        #expect(m.issuedDate == "2019-06-13")
        #expect(m.vote == "eenparigheid van stemmen")
        #expect(m.caseOfficer == "Marleen Colpin")
        #expect(document.diagnostics.contains { $0.code == .tableOfContentsSkipped })
        #expect(!document.blocks.contains { $0.text.contains("Dossierbeheerder") })
    }

    @Test("A marker in a heading, content numbers, and a footnote running onto the next page")
    func footnotes() {
        let document = Fixture.parse([
            ["1 Situering van de vraag1",
             "In het schooljaar 2019-2020 steeg het aantal leerlingen met 55,2 % in de 29 graad. Het gaat om 3 scholen.2 Dat",
             "blijkt uit de cijfers van het departement en uit de rapporten van de inspectie over die periode.",
             "---",
             "1 Een noot bij de titel.",
             "2 Zie het jaarrapport van het departement, dat een lange toelichting geeft die"],
            ["2 Advies", "De raad vraagt meer aandacht voor de leerlingen in deze scholen en hun ouders.", "---",
             "doorloopt op de volgende pagina."],
        ])
        #expect(document.sections.map(\.title) == ["Situering van de vraag", "Advies"])
        #expect(document.footnotes.count == 2)
        let title = document.footnotes[0], long = document.footnotes[1]
        #expect(title.text == "Een noot bij de titel.")
        #expect(title.markerContext == "Situering van de vraag")
        #expect(title.section == SectionID(0))
        #expect(long.text == "Zie het jaarrapport van het departement, dat een lange toelichting geeft die doorloopt op de volgende pagina.")
        #expect(long.markerContext == "de 29 graad. Het gaat om 3 scholen.")
        #expect(long.marker == MarkerPosition(page: 1, line: 2, offset: 105))  // the "2" after "scholen."
        #expect(document.blocks.first?.text.contains("55,2 % in de 29 graad. Het gaat om 3 scholen. Dat blijkt") == true)
        #expect(!document.diagnostics.contains { $0.code == .footnoteWithoutMarker })
    }

    @Test("Numbered questions in an advisory are not sections")
    func numberedListIsNotASection() {
        let document = Fixture.parse([[
            "1 Aanleiding", "De minister stelde de raad de volgende vragen:", "1. Hoeveel scholen doen mee?",
            "2. Wat kost het?", Fixture.filler, "2 Advies", Fixture.filler,
        ]])
        #expect(document.sections.map(\.number) == ["1", "2"])
    }

    @Test("Upper-case titles, wrapped titles and list headings")
    func headingShapes() {
        let document = Fixture.parse([[
            "1 SITUERING", Fixture.filler,
            "2 Wat met leerlingen uit het deeltijds onderwijs die geen plaats vinden in", "duaal leren?",
            Fixture.filler, "Bronnen", "Vlaamse Onderwijsraad. Een advies, 3 mei 2020.",
            "Bijlage: Cijfers per provincie", "Antwerpen 12",
        ]])
        #expect(document.sections.map(\.title) == ["SITUERING",
            "Wat met leerlingen uit het deeltijds onderwijs die geen plaats vinden in duaal leren?",
            "Bronnen", "Bijlage: Cijfers per provincie"])
        #expect(document.sections.map(\.number) == ["1", "2", nil, nil])
    }

    @Test("Signatures interleaved with their roles, or two names on one line")
    func signatures() {
        let interleaved = Fixture.parse([[
            "1 Advies", Fixture.filler, "An Peeters", "secretaris Raad Hoger Onderwijs voorzitter Raad Hoger Onderwijs",
            "Jan Van der Berg",
        ]])
        #expect(interleaved.metadata.signatories == [
            Signatory(name: "An Peeters", role: "secretaris Raad Hoger Onderwijs"),
            Signatory(name: "Jan Van der Berg", role: "voorzitter Raad Hoger Onderwijs"),
        ])
        #expect(interleaved.metadata.council == "Raad Hoger Onderwijs")
        let oneLine = Fixture.parse([[
            "1 Advies", Fixture.filler, "Isabelle De Ridder Veerle Hendrickx",
            "secretaris Raad Hoger Onderwijs voorzitter Raad Hoger Onderwijs",
        ]])
        #expect(oneLine.metadata.signatories.map(\.name) == ["Isabelle De Ridder", "Veerle Hendrickx"])
    }

    @Test("Bullets, sub-bullets and the lead-in of a list")
    func bullets() {
        let document = Fixture.parse([[
            "1 Advies", "De raad vraagt aandacht voor:", "¬ de eerste zaak;", "• met een onderdeel;",
            "¬ de tweede zaak.", Fixture.filler,
        ]])
        let bullets = document.blocks.filter { $0.kind == .bullet }
        #expect(bullets.map(\.text).first == "de eerste zaak; met een onderdeel;")
        #expect(bullets.count == 2)
        #expect(bullets.allSatisfy { $0.leadIn == "De raad vraagt aandacht voor:" })
    }

    @Test("Odd input still gives a tree, with diagnostics")
    func oddInput() {
        let empty = Fixture.parse([[]])
        #expect(empty.sections.isEmpty)
        #expect(empty.kind == .unknown)
        #expect(empty.diagnostics.contains { $0.code == .unknownKind })
        let orphanNote = Fixture.parse([["1 Advies", Fixture.filler, "---", "1 Een noot zonder verwijzing."]])
        #expect(orphanNote.footnotes.count == 1)
        #expect(orphanNote.diagnostics.contains { $0.code == .footnoteWithoutMarker })
    }
}
