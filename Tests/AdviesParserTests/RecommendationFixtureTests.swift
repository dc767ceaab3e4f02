import AdviesModel
import AdviesParser
import Testing

/// The cue rules on sentences that are not in the corpus: Dutch policy language in general.
@Suite("Recommendation rules")
struct RecommendationFixtureTests {
    static func recommendations(_ lines: [String]) -> [Recommendation] {
        Fixture.parse([["1 Advies"] + lines]).recommendations
    }

    @Test("Asks, urges, proposes, normative and soft cues, with their strength")
    func cues() {
        let found = Self.recommendations([
            "De raad vraagt de minister om de middelen voor mentoren te verhogen.",
            "We dringen er bij de Vlaamse Regering op aan om nog dit jaar te beslissen.",
            "De Vlor stelt voor om een proefproject op te zetten in drie provincies.",
            "Scholen moeten meer ruimte krijgen voor eigen keuzes.",
            "Het is belangrijk dat ouders tijdig geïnformeerd worden.",
            "Investeer in de professionalisering van mentoren.",
        ])
        #expect(found.map(\.strength) == [.asks, .urges, .proposes, .normative, .soft, .asks])
        #expect(found.map(\.cue) == ["vraagt", "dringen ... aan", "stelt voor", "moeten", "is belangrijk dat", "imperative"])
        #expect(found[0].addressee == "minister")
        #expect(found[1].addressee == "Vlaamse Regering")
        #expect(found[3].addressee == "scholen")
    }

    @Test("Findings, praise, permission, commitments, reports and questions are not recommendations")
    func exclusions() {
        let found = Self.recommendations([
            "De Vlor is tevreden met het nieuwe decreet.",
            "Scholen kunnen extra middelen aanvragen bij het departement.",
            "De minister moet nog beslissen.",
            "In het vorige advies werd aangedrongen op meer middelen.",
            "De raad blijft de uitrol van dichtbij opvolgen.",
            "Moet de overheid dit betalen?",
            "Denk maar aan de coronacrisis.",
            "Het aantal leerlingen dat een kwalificatie moet behalen, stijgt.",
            "De werkgroep die de teksten moet voorbereiden, komt volgende week samen.",
        ])
        #expect(found.isEmpty, "found: \(found.map(\.text))")
    }

    @Test("A lead-in of demands makes each bullet a recommendation and is not one itself")
    func leadIn() {
        let found = Self.recommendations([
            "De raad vraagt daarbij aandacht voor:", "¬ voldoende middelen voor de scholen;",
            "¬ een duidelijke timing. Bekijk dat samen met de sectoren.", "", Fixture.filler,
        ])
        #expect(found.map(\.text) == ["voldoende middelen voor de scholen;", "een duidelijke timing. Bekijk dat samen met de sectoren."])
        #expect(found.allSatisfy { $0.leadIn == "De raad vraagt daarbij aandacht voor:" })
        #expect(found.map(\.cue) == ["vraagt ... aandacht voor", "imperative"])
    }

    @Test("Sentences split around abbreviations and footnote markers")
    func sentenceUnits() {
        let found = Self.recommendations([
            "De raad vraagt o.a. meer middelen voor scholen, bv. voor het buitengewoon onderwijs.1 Dat is een",
            "eerste stap. Daarnaast moet de inspectie haar rol opnemen.", "---", "1 Zie het jaarverslag van 2020.",
        ])
        #expect(found.map(\.text) == [
            "De raad vraagt o.a. meer middelen voor scholen, bv. voor het buitengewoon onderwijs.",
            "Daarnaast moet de inspectie haar rol opnemen.",
        ])
    }
}
