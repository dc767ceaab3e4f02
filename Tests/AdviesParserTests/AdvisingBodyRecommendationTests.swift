import AdviesModel
import AdviesParser
import Testing

/// The recommendation rules for advising bodies other than the Vlor (GUIDE-wild §5), on
/// sentences written for these tests.
@Suite("Recommendations of any advising body")
struct AdvisingBodyRecommendationTests {
    static func recommendations(_ lines: [String]) -> [Recommendation] {
        RecommendationFixtureTests.recommendations(lines)
    }

    static func texts(_ lines: [String]) -> [String] {
        recommendations(lines).map(\.text)
    }

    @Test("Any advising subject: a body, its acronym, 'de Afdeling', 'het panel', 'het kabinet', a pronoun")
    func anySubject() {
        let found = Self.recommendations([
            "De Afdeling adviseert de termijn voor bezwaar in het wetsvoorstel te verlengen.",
            "De NVAO vraagt de hogescholen om hun toetsbeleid openbaar te maken.",
            "Het panel beveelt de gemeenten aan om jaarlijks over de opvang te rapporteren.",
            "Zij acht het raadzaam de overgangsregeling in de memorie uit te werken.",
            "Het kabinet bepleit een gezamenlijke Europese aanpak van witwassen.",
        ])
        #expect(found.count == 5, "found: \(found.map(\.text))")
        #expect(found.map(\.cue) == ["adviseert", "vraagt", "beveelt ... aan", "acht het raadzaam", "bepleit"])
        #expect(found[1].addressee == "instellingen hoger onderwijs")
    }

    @Test("The genre's verbs: verwacht, dringt aan, pleit voor, voorstander van any noun phrase")
    func genreVerbs() {
        let found = Self.recommendations([
            "De raad verwacht van de minister een helder tijdpad voor de hervorming.",
            "Wij dringen bij de regering aan op een snellere uitbetaling van de premies.",
            "Wij pleiten voor een onafhankelijke klachtencommissie.",
            "De Vlor is voorstander van kleinere klassen in de eerste graad.",
        ])
        #expect(found.map(\.cue) == ["verwacht", "dringen ... aan", "pleiten voor", "is voorstander van"])
        #expect(found.map(\.strength) == [.asks, .urges, .proposes, .proposes])
        #expect(found[0].addressee == "minister")
    }

    @Test("A negotiating stance in the future keeps its 'zal' in the cue; a clause of its own does not")
    func futureStance() {
        let found = Self.recommendations([
            "Het kabinet zal in de Raad aandacht vragen voor de gevolgen voor kleine banken.",
            "De raad verwacht dat de hervorming vertraging zal oplopen en vraagt om een tussentijdse evaluatie.",
        ])
        #expect(found.map(\.cue) == ["zal ... vragen", "vraagt"])
    }

    @Test("Impersonal advice: ligt in de rede, ligt voor de hand, is wenselijk, dient te, is van oordeel dat")
    func impersonal() {
        let found = Self.texts([
            "Het ligt in de rede dat de provincie de vergunning opnieuw beoordeelt.",
            "Het ligt voor de hand om de termijn gelijk te trekken met die van de omgevingswet.",
            "Een evaluatie na drie jaar is daarom wenselijk.",
            "Daarbij dient de toezichthouder vooraf te worden gehoord.",
            "De Onderwijsraad is van oordeel dat de drempel moet worden verlaagd.",
            "Naar het oordeel van de raad verdient de rol van de burgemeester verduidelijking.",
            "Er is dringend nood aan een statuut voor de onthaalouders.",
        ])
        #expect(found.count == 7, "found: \(found)")
    }

    @Test("Law stated, paraphrases, cited bodies, questions and endorsements are not advice")
    func notAdvice() {
        let found = Self.texts([
            "Op grond van de Gemeentewet moet de raad de begroting vóór 15 november vaststellen.",
            "Een besluit moet binnen acht weken worden genomen, aldus de memorie van toelichting.",
            "Volgens de richtlijn moeten lidstaten een toezichthouder aanwijzen.",
            "De raad vraagt zich af of de planning haalbaar is.",
            "De Afdeling onderschrijft dat het voorstel pleit voor meer samenwerking tussen gemeenten.",
            "Vervolgens wordt de aanvrager geadviseerd hoe het formulier in te vullen.",
            "Ook zou de inspectie kunnen worden gevraagd om een oordeel.",
            "Het gaat om de vraag of het wenselijk is om de taak bij het Rijk te beleggen.",
            "Het Vlaams Agentschap is de aangewezen partner om de gesprekken te leiden.",
            "Veel gezinnen vragen om hulp omdat ze de regels niet kennen.",
            "Er is geen nood aan een nieuwe definitie van kinderarmoede.",
        ])
        #expect(found.isEmpty, "found: \(found)")
    }

    @Test("In a document of one body, another body by its acronym is reported, not speaking")
    func otherBody() {
        var document = Fixture.parse([["1 Analyse", "De NZa is van oordeel dat de tarieven moeten worden herzien.",
                                       "3.4 De NZa beveelt de verzekeraars aan hun polissen te vereenvoudigen."]])
        document.metadata.body = "Bureau Juridische Zaken"
        SemanticLayer.apply(to: &document)
        #expect(document.recommendations.isEmpty, "found: \(document.recommendations.map(\.text))")
        document.metadata.body = "NZa"
        SemanticLayer.apply(to: &document)
        #expect(document.recommendations.count == 2, "found: \(document.recommendations.map(\.text))")
    }

    @Test("The government's reply printed in the advice is not advice; a numbered paragraph resumes the advice")
    func reply() {
        let found = Self.texts([
            "De Afdeling adviseert de delegatiebepaling te schrappen.", "",
            "Reactie:", "",
            "Het advies is overgenomen. De regering adviseert de gemeenten de termijn te volgen.", "",
            "4. De Afdeling adviseert een horizonbepaling op te nemen, zodat de tijdelijke wet na vijf jaar",
            "vervalt tenzij de wetgever haar uitdrukkelijk verlengt.", "",
            "Reactie: De regering acht het raadzaam de evaluatie te vervroegen.", "",
            "2 Financiering", "",
            "De Afdeling adviseert de kosten voor de gemeenten te ramen.",
        ])
        #expect(found.count == 3, "found: \(found)")
        #expect(found.first == "De Afdeling adviseert de delegatiebepaling te schrappen.")
        #expect(found.dropFirst().first?.hasSuffix("De Afdeling adviseert een horizonbepaling op te nemen, zodat de tijdelijke wet na vijf jaar vervalt tenzij de wetgever haar uitdrukkelijk verlengt.") == true)
        #expect(found.last == "De Afdeling adviseert de kosten voor de gemeenten te ramen.")
    }

    @Test("A sentence after an inline 'Aanbeveling:' label is a recommendation")
    func inlineLabel() {
        let found = Self.recommendations(["De wachtlijsten in de jeugdzorg groeien al jaren.", "",
                                          "Aanbeveling: een wettelijke maximale wachttijd per zorgvorm."])
        #expect(found.map(\.text) == ["een wettelijke maximale wachttijd per zorgvorm."])
    }

    @Test("A numbered label and its numbered items")
    func numberedLabel() {
        let found = Self.recommendations([
            "De wachtlijsten in de jeugdzorg groeien al jaren.", "",
            "Aanbeveling 3: meet de wachttijden per regio op dezelfde manier.",
        ])
        #expect(found.map(\.text) == ["meet de wachttijden per regio op dezelfde manier."])
        #expect(found.first?.leadIn == nil)
    }

    @Test("Numbered items under an 'Aanbevelingen:' label, also when the text runs on in one block")
    func numberedItems() {
        let found = Self.texts([
            "De raad komt tot de volgende conclusies over de hervorming van het stelsel. Aanbevelingen:",
            "1. Zorg voor een stabiele financiering van de centra. 2. Een evaluatie na twee",
            "schooljaren, met de betrokken partners.",
        ])
        #expect(found.contains("Zorg voor een stabiele financiering van de centra."), "found: \(found)")
        #expect(found.contains { $0.hasSuffix("Een evaluatie na twee schooljaren, met de betrokken partners.") }, "found: \(found)")
        #expect(found.count == 2, "found: \(found)")
    }

    @Test("Items under an 'Aanbeveling:' label are recommendations, without a lead-in")
    func label() {
        let found = Self.recommendations([
            "Het toezicht op de kinderopvang is versnipperd over drie diensten.", "",
            "Aanbeveling:", "",
            "¬ één loket voor ouders met een klacht;",
            "¬ een jaarlijkse openbare rapportage.",
        ])
        #expect(found.map(\.text) == ["één loket voor ouders met een klacht;", "een jaarlijkse openbare rapportage."])
        #expect(found.allSatisfy { $0.leadIn == nil })
    }

    @Test("'U wordt geadviseerd ...:' introduces its bullets; imperatives of the genre")
    func leadInAndImperatives() {
        let found = Self.recommendations([
            "U wordt geadviseerd in te stemmen met:", "",
            "¬ de verlenging van het convenant tot 2030;",
            "¬ de benoeming van een onafhankelijke voorzitter.", "", Fixture.filler, "",
            "Benoem in de regeling wie de kosten van de keuring draagt.",
            "Stel dat de aanvraag te laat komt, dan vervalt de subsidie.",
        ])
        #expect(found.map(\.text) == ["de verlenging van het convenant tot 2030;", "de benoeming van een onafhankelijke voorzitter.",
                                      "Benoem in de regeling wie de kosten van de keuring draagt."])
        #expect(found.prefix(2).allSatisfy { $0.leadIn == "U wordt geadviseerd in te stemmen met:" })
    }

    @Test("'U' is the addressee the note names; an announced list of recommendations is a lead-in")
    func formalYou() {
        var document = Fixture.parse([["1 Beslispunten", "U wordt geadviseerd in te stemmen met de verlenging van de pilot.",
                                       "Het panel doet de volgende aanbevelingen:", "", "¬ een vast aanspreekpunt per gemeente;",
                                       "¬ een jaarlijkse monitor."]])
        document.metadata.addressedTo = "de minister van Binnenlandse Zaken"
        SemanticLayer.apply(to: &document)
        let found = document.recommendations
        #expect(found.map(\.text) == ["U wordt geadviseerd in te stemmen met de verlenging van de pilot.",
                                      "een vast aanspreekpunt per gemeente;", "een jaarlijkse monitor."])
        #expect(found.first?.addressee == "minister")
        #expect(found.last?.leadIn == "Het panel doet de volgende aanbevelingen:")
    }

    @Test("An advice asked for on behalf of the Crown addresses the government when no actor is named")
    func impliedAddressee() {
        let found = Self.recommendations([
            "Bij Kabinetsmissive van 3 maart 2031 heeft Uwe Majesteit, op voordracht van de Minister van Financiën, bij de Afdeling advisering van de Raad van State ter overweging aanhangig gemaakt het voorstel van wet over de toeslagen.",
            "",
            "De Afdeling adviseert de hardheidsclausule ruimer te formuleren.",
            "De Afdeling acht het ongewenst dat de uitvoering zonder evaluatie wordt voortgezet.",
        ])
        #expect(found.map(\.addressee) == ["regering", nil], "found: \(found.map(\.text))")
    }
}
