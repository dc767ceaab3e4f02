import AdviesModel
import AdviesParser
import Testing

/// What the running text says of its own document, in the genre's formulas: its date and
/// number, who asked for it.
@Suite("Facts the text states about itself")
struct DocumentFactsTests {
    static func metadata(_ lines: [String]) -> Metadata {
        Fixture.parse([lines]).metadata
    }

    @Test("'Dit advies, gedateerd <date>, nr. <number>' dates and numbers the document")
    func dated() {
        let m = Self.metadata(["Bij de behandeling van het wetsvoorstel is rekening gehouden met dit advies, gedateerd",
                               "19 augustus 2020, nr. W05.20.0123/I, van de Afdeling advisering."])
        #expect(m.date == "2020-08-19")
        #expect(m.referenceNumber == "W05.20.0123/I")
        let brief = Self.metadata(["In de brief, gedateerd 4 mei 2021, schetst de minister de planning."])
        #expect(brief.date == "2021-05-04")
        #expect(brief.referenceNumber == nil)
    }

    @Test("'advies … d.d. <date>' dates it; a date after other words does not")
    func dayDated() {
        #expect(Self.metadata(["Het advies van de raad d.d. 12 mei 2020 ging over het vervoer."]).date == "2020-05-12")
        #expect(Self.metadata(["De bijlage, gedateerd 3 mei 2020, bevat de cijfers per gemeente."]).date == nil)
        #expect(Self.metadata(["De vergadering d.d. 3 mei 2020 besprak de cijfers per gemeente."]).date == nil)
    }

    @Test("'heeft <requester>, …, bij de Afdeling … aanhangig gemaakt' names who asked")
    func pending() {
        let m = Self.metadata([
            "Bij Kabinetsmissive van 2 februari 2021 heeft Uwe Majesteit, op voordracht van de Minister voor",
            "Basis- en Voortgezet Onderwijs, bij de Afdeling advisering van de Raad van State ter overweging",
            "aanhangig gemaakt het voorstel van wet tot wijziging van de Wet op het leerlingenvervoer.",
        ])
        #expect(m.requester == "Uwe Majesteit, op voordracht van de Minister voor Basis- en Voortgezet Onderwijs")
        #expect(Self.metadata(["De Minister heeft het voorstel bij de Kamer ingediend en toegelicht."]).requester == nil)
    }

    @Test("'U heeft ons gevraagd' makes the addressee the requester; the text's own asking does not")
    func askedByYou() {
        let asked = Fixture.parse([[
            "Aan de Minister van Onderwijs", "Postbus 16375", "",
            "U heeft ons gevraagd om te adviseren over de maximale reistijd in het leerlingenvervoer.", Fixture.filler,
        ]])
        #expect(asked.metadata.addressedTo == "Minister van Onderwijs")
        #expect(asked.metadata.requester == "Minister van Onderwijs")
        let notAsked = Fixture.parse([[
            "Aan de Minister van Onderwijs", "Postbus 16375", "",
            "Wij hebben de gemeenten gevraagd om hun cijfers over de reistijd in te sturen.", Fixture.filler,
        ]])
        #expect(notAsked.metadata.addressedTo == "Minister van Onderwijs")
        #expect(notAsked.metadata.requester == nil)
    }

    @Test("A town and a day on a line of their own, at the head or the foot, date the document; in a sentence they do not")
    func placeAndDay() {
        #expect(Self.metadata(["Gent, 4 oktober 2022", Fixture.filler]).date == "2022-10-04")
        #expect(Self.metadata([Fixture.filler, "De raad dankt de betrokkenen voor hun inbreng.", "Den Haag, 3 maart 2021"]).date
                == "2021-03-03")
        #expect(Self.metadata(["In Gent, 4 oktober 2022, besprak de raad het ontwerp met de betrokken partners.",
                               Fixture.filler]).date == nil)
    }
}
