import AdviesModel
import AdviesParser
import Testing

/// The formal citation styles of Dutch and Flemish official texts (GUIDE-wild §4), on notes
/// written for these tests.
@Suite("Formal citations")
struct FormalCitationTests {
    static func references(_ note: String) -> [Reference] {
        ReferenceFixtureTests.references(note)
    }

    @Test("Parliamentary papers: the house is the organisation, the identifier the title")
    func parliamentary() throws {
        let tk = try #require(Self.references("Nota over de toekomst van het mbo, Kamerstukken II 2023/24, 31 524, nr. 512.").first)
        #expect(tk.organisation == "Tweede Kamer")
        #expect(tk.title == "2023/24, 31 524, nr. 512")
        #expect(tk.subtitle == "Nota over de toekomst van het mbo")
        #expect(tk.type == .parliamentary)
        #expect(tk.date == nil)
        #expect(tk.workKey == "tweede kamer||2023 24 31 524 nr 512")
        let titled = try #require(Self.references("Kabinetsreactie op het IBO jeugdzorg. Kamerstukken II 2022/23, 31 839, nr. 901.").first)
        #expect(titled.subtitle == "Kabinetsreactie op het IBO jeugdzorg")
        #expect(titled.workKey == "tweede kamer||2022 23 31 839 nr 901")
        let debate = try #require(Self.references("Handelingen II 2021/22, nr. 61, item 12.").first)
        #expect(debate.title == "2021/22, nr. 61")
        #expect(debate.pages == "item 12")
        let ek = try #require(Self.references("Kamerstukken I 2021/22, 35 830, nr. C.").first)
        #expect(ek.organisation == "Eerste Kamer")
        let vl = try #require(Self.references("Parl. St. Vl. Parl. 2022-23, nr. 1544/1.").first)
        #expect(vl.organisation == "Vlaams Parlement")
        #expect(vl.title == "2022-23, nr. 1544/1")
    }

    @Test("A letter to parliament by its date, with its quoted title and pinpoint")
    func letter() throws {
        let found = Self.references("Zie ook de Kamerbrief van 3 februari 2022, «Voortgang hersteloperatie toeslagen», kenmerk 2022-0000012345, p. 4.")
        let reference = try #require(found.first)
        #expect(found.count == 1)
        #expect(reference.workKey == "tweede kamer|2022-02-03|voortgang hersteloperatie toeslagen")
        #expect(reference.pages == "p. 4")
    }

    @Test("An advice of a body with its number; a body named in the title of an unsigned advice")
    func advice() throws {
        let rvs = try #require(Self.references("Zie het advies van de Afdeling advisering van de Raad van State van 9 oktober 2019, nr. W04.19.0187/I, Kamerstukken II 2019/20, 35 300, nr. 4.").first)
        #expect(rvs.workKey == "raad van state|2019-10-09|w04 19 0187 i")
        #expect(rvs.type == .advisory)
        let ap = try #require(Self.references("advies van de AP van 2 maart 2021, «Advies over het conceptwetsvoorstel vaccinatiebewijs», p. 6.").first)
        #expect(ap.organisation == "Autoriteit Persoonsgegevens")
        #expect(ap.title == "Advies over het conceptwetsvoorstel vaccinatiebewijs")
        #expect(ap.pages == "p. 6")
        let omt = try #require(Self.references("Advies van 14 mei 2021 n.a.v. 112e OMT, bijlage bij Kamerstukken II 2020/21, 25 295, nr. 1220.").first)
        #expect(omt.organisation == "Outbreak Management Team")
        #expect(omt.workKey == "outbreak management team|2021-05-14|advies n a v 112e omt")
    }

    @Test("A document named by its noun and date; its short name with a pinpoint later")
    func namedDocument() {
        let found = Self.references("Vergelijk de juridische toets van het convenant van 1 juni 2021, punt 4, bijlage bij Kamerbrief van 2 juni 2021.")
        #expect(found.map(\.workKey) == ["|2021-06-01|juridische toets van het convenant"])
        #expect(found.first?.pages == "punt 4")
        let short = Self.references("Memorie van toelichting, paragraaf 2. MKBA, p. 14.")
        #expect(short.map(\.workKey) == ["||mkba"])
        #expect(short.first?.pages == "p. 14")
    }

    @Test("An article of a law: the law is the title; an EU law is an EU document")
    func article() {
        let found = Self.references("Artikel 8, tweede lid, onder b, Awb.")
        #expect(found.map(\.workKey) == ["||awb"])
        #expect(found.first?.pages == "Artikel 8, tweede lid, onder b")
        #expect(found.first?.type == .legislation)
        let eu = Self.references("Artikel 35, derde lid, AVG bepaalt wanneer een effectbeoordeling verplicht is.")
        #expect(eu.map(\.workKey) == ["||avg"])
        #expect(eu.first?.type == .euDocument)
        #expect(Self.references("Artikel 12 Grondwet.").map(\.workKey) == ["||grondwet"])
        #expect(Self.references("Voorgesteld artikel 4, eerste lid, Wmo.").isEmpty)
    }

    @Test("EU acts, EU bodies with their acronym, Official Journal numbers")
    func european() throws {
        let act = try #require(Self.references("Richtlijn (EU) 2019/1937 van het Europees Parlement en de Raad van 23 oktober 2019 inzake de bescherming van personen die inbreuken op het Unierecht melden (PbEU 2019, L 305).").first)
        #expect(act.type == .euDocument)
        #expect(act.date == "2019-10-23")
        #expect(act.series == "PbEU 2019, L 305")
        #expect(act.workKey == "|2019-10-23|richtlijn eu 2019 1937 van het")
        let edpb = try #require(Self.references("Europees Comité voor gegevensbescherming (EDPB), Richtsnoeren 07/2020 over de begrippen verwerkingsverantwoordelijke en verwerker, 2 september 2021, paragraaf 12.").first)
        #expect(edpb.organisation == "Europees Comité voor gegevensbescherming")
        #expect(edpb.date == "2021-09-02")
        #expect(edpb.pages == "paragraaf 12")
        let ec = try #require(Self.references("Europese Commissie, Mededeling over een Europese datastrategie, 2020/C 66 I/01, punt 3, p. 9.").first)
        #expect(ec.organisation == "Europese Commissie")
        #expect(ec.series == "2020/C 66 I/01")
        #expect(ec.pages == "punt 3, p. 9")
    }

    @Test("Case law by ECLI, gazettes by number")
    func caseLawAndGazettes() throws {
        let judgment = try #require(Self.references("ABRvS 8 maart 2023, ECLI:NL:RVS:2023:912.").first)
        #expect(judgment.type == .caseLaw)
        #expect(judgment.title == "ECLI:NL:RVS:2023:912")
        #expect(judgment.organisation == "Afdeling bestuursrechtspraak van de Raad van State")
        #expect(judgment.date == "2023-03-08")
        let stb = try #require(Self.references("Stb. 2021, 357.").first)
        #expect(stb.organisation == "Staatsblad")
        #expect(stb.title == "2021, 357")
        #expect(stb.type == .legislation)
    }

    @Test("A bare URL names its site's owner, also when the printed host is misspelt in the middle")
    func siteOwner() {
        #expect(Self.references("https://www.edpb.europa.eu/system/files/guidelines-042021.pdf").first?.organisation
                == "Europees Comité voor gegevensbescherming")
        #expect(Self.references("https://www.consilium.eropa.eu/nl/press/statement-on-data/").first?.organisation
                == "Raad van de Europese Unie")
    }
}
