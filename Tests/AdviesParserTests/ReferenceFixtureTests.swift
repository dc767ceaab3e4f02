import AdviesModel
import AdviesParser
import Testing

/// Citation rules on notes that are not in the corpus.
@Suite("Reference rules")
struct ReferenceFixtureTests {
    static func references(_ note: String) -> [Reference] {
        Fixture.parse([["1 Advies", "De raad verwijst naar eerder werk.1", "---", "1 " + note]]).references
    }

    @Test("A research citation: authors, year, title, subtitle, publisher, pages")
    func research() throws {
        let found = Self.references("Van den Broeck, A. & Peeters, B. (2021). Leren op de werkplek. Een verkenning. Leuven: KU Leuven, p. 12-14.")
        let reference = try #require(found.first)
        #expect(found.count == 1)
        #expect(reference.authors == ["Van den Broeck, A.", "Peeters, B."])
        #expect(reference.date == "2021")
        #expect(reference.title == "Leren op de werkplek")
        #expect(reference.subtitle == "Een verkenning")
        #expect(reference.organisation == "KU Leuven")
        #expect(reference.pages == "p. 12-14")
        #expect(reference.type == .research)
        #expect(reference.workKey == "van den broeck|2021|leren op de werkplek")
        #expect(reference.site == .footnote(1))
    }

    @Test("A note that cites one work and quotes it page by page gives the pages to the citation")
    func quotedPages() throws {
        let found = Self.references("Vlaamse Regering. Conceptnota over de lerarenopleiding, 4 mei 2022. De nota stelt: "
                                    + "de opleiding moet dichter bij de scholen staan (p. 7). (…) Ook de stage wordt langer (p. 9-10).")
        #expect(found.count == 1)
        #expect(try #require(found.first).pages == "p. 7, p. 9-10")
        // Two works in the note: the quoted pages name neither.
        let two = Self.references("Vlaamse Regering. Conceptnota over de lerarenopleiding, 4 mei 2022; Vlaamse Onderwijsraad. "
                                  + "Advies over de lerarenopleiding, 12 juni 2022. Beide stellen dat de stage langer wordt (p. 9).")
        #expect(two.allSatisfy { $0.pages == nil })
    }

    @Test("Two advisories in one note, a lead-in, OCR damage in the organisation")
    func twoAdvisories() {
        let found = Self.references("Zie o.a. Vior, Raad Basisonderwijs. Advies over de leerplicht, 5 maart 2020; Vlaamse Onderwijsraad, Algemene Raad. Visietekst over inclusie. Een eerste aanzet, 12 mei 2021.")
        #expect(found.map(\.workKey) == ["vlaamse onderwijsraad|2020-03-05|advies over de leerplicht",
                                         "vlaamse onderwijsraad|2021-05-12|visietekst over inclusie"])
        #expect(found.map(\.council) == ["Raad Basisonderwijs", "Algemene Raad"])
        #expect(found.first?.raw == "Vior, Raad Basisonderwijs. Advies over de leerplicht, 5 maart 2020")
        #expect(found.last?.subtitle == "Een eerste aanzet")
        #expect(found.allSatisfy { $0.type == .vlorAdvisory })
    }

    @Test("Legislation, a bare URL, and notes that cite nothing")
    func otherKinds() {
        let decree = Self.references("Decreet betreffende de leerlingenbegeleiding. 27 april 2018, art. 5.")
        #expect(decree.first?.type == .legislation)
        #expect(decree.first?.pages == "art. 5")
        #expect(decree.first?.workKey == "|2018-04-27|decreet betreffende de leerlingenbegeleiding")
        let web = Self.references("https://www.vlor.be/publicaties/jaarverslag-2020")
        #expect(web.first?.type == .web)
        #expect(web.first?.organisation == "Vlaamse Onderwijsraad")
        #expect(web.first?.workKey == "vlaamse onderwijsraad||jaarverslag 2020")
        #expect(Self.references("tot eind 2020").isEmpty)
        #expect(Self.references("Actie 4: We versterken de begeleiding.").isEmpty)
        #expect(Self.references("Cijfers van het departement, bewerking door de Vlor.").isEmpty)
    }
}
