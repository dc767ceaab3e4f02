import AdviesModel
import AdviesParser
import Testing

/// The head and foot of a text export, which has no typography to tell a title or a masthead:
/// blank lines, a genre label over the title, a body's name among the first lines, offices
/// side by side under the names.
@Suite("The head of a text export")
struct TextHeadTests {
    /// An advice with one paragraph per line and a blank line after each, as many exports write it.
    static let advice = Fixture.parse([[
        "Advies", "", "Ontwerp van besluit over de", "", "Brussel, 12 maart 2024", "",
        "Strategische Adviesraad Landbouw en Visserij", "Koning Albert II-laan 35", "1030 Brussel", "",
        "1. Situering", "", "De minister vroeg de raad op 10 februari 2024 om advies over het ontwerp van besluit.", "",
        "2. Advies", "", "De raad vraagt de minister om de termijnen in het ontwerp te verlengen tot zes maanden.", "",
        "De raad beveelt aan om de sector vroeg te betrekken bij de uitwerking van de regeling.", "",
        "Griet Claes          Tom Peeters", "voorzitter          secretaris",
    ]])

    @Test("Blank lines between single-line paragraphs are breaks, not the usual spacing of wrapped lines")
    func singleLineParagraphs() {
        #expect(Self.advice.sections.map(\.title) == ["Situering", "Advies"])
        #expect(Self.advice.blocks.filter { $0.section != nil }.count == 3)
    }

    @Test("Double-spaced wrapped lines still join into one paragraph")
    func doubleSpaced() {
        let document = Fixture.parse([[
            "1. Situering", "", "De minister vroeg de raad om advies over het ontwerp van besluit en over", "",
            "de termijnen die het ontwerp aan de sector oplegt.", "", "", "Een tweede paragraaf volgt hier.",
        ]])
        #expect(document.blocks.map(\.text) == [
            "De minister vroeg de raad om advies over het ontwerp van besluit en over de termijnen die het ontwerp aan de sector oplegt.",
            "Een tweede paragraaf volgt hier.",
        ])
    }

    @Test("A genre label alone over a line titles the document; the town and day date it; a body's name heads it")
    func head() {
        let m = Self.advice.metadata
        #expect(m.title == "Ontwerp van besluit over de")
        #expect(m.date == "2024-03-12")
        #expect(m.body == "Strategische Adviesraad Landbouw en Visserij")
    }

    @Test("Two offices side by side under two names sign it")
    func officesSideBySide() {
        #expect(Self.advice.metadata.signatories == [Signatory(name: "Griet Claes", role: "voorzitter"),
                                                     Signatory(name: "Tom Peeters", role: "secretaris")])
    }
}
