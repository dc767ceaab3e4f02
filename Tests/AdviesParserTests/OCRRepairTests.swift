import AdviesModel
import AdviesParser
import Testing

/// OCR's letter confusions put right on the document's own evidence, and reported.
@Suite("OCR repairs")
struct OCRRepairTests {
    @Test("rn/m, 1/l, 0/o, split diacritics: repaired into words the genre or the document knows")
    func repairs() {
        let document = Fixture.parse([[
            "1 Advies",
            "De raad vraagt aan de rninister om het 0nderwijs te versterken en de leerlingen laat te laten kiezen.",
            "De raad vraagt ook dat scholen 1aat starten, want laat beginnen en laat eindigen creëert rust; cre¨eert ruimte.",
            "Moderne en interne regels gelden sinds 2020 voor de 1ste graad. In 2021 volgt meer.",
        ]])
        let repairs = document.diagnostics.filter { $0.code == .ocrCorrection }.map(\.message)
        #expect(Set(repairs) == ["'rninister' read as 'minister'", "'0nderwijs' read as 'onderwijs'",
                                 "'1aat' read as 'laat'", "'cre¨eert' read as 'creëert'"])
        #expect(document.recommendations.first?.addressee == "minister")
        #expect(document.blocks.map(\.text).joined().contains("Moderne en interne regels gelden sinds 2020 voor de 1ste graad."))
    }

    @Test("Names of organisations stay as printed, for the references' raw text")
    func organisationsStay() {
        let document = Fixture.parse([["1 Advies", "De Viaamse Onderwijsraad en de Vlaamse Regering en de Vlaamse overheid."]])
        #expect(document.diagnostics.allSatisfy { $0.code != .ocrCorrection })
    }

    @Test("Born-digital text is never rewritten: a word that looks like an OCR confusion of a frequent one stays")
    func bornDigitalStays() {
        let document = Fixture.parse([[
            "1 Advies",
            "De client dient een aanvraag in. De aanvraag dient volledig te zijn en dient tijdig te gebeuren.",
            "De raad vraagt dat elke client dezelfde termijn krijgt, en dat de dienst dit dient te bewaken.",
        ]])
        #expect(document.diagnostics.allSatisfy { $0.code != .ocrCorrection })
        #expect(document.blocks.map(\.text).joined(separator: " ").contains("De client dient"))
    }
}

/// The same repairs on typeset pages: letter confusions only where OCR read the page.
@Suite("OCR repairs by page")
struct OCRPageRepairTests {
    static func document(secondPageOCR: Bool) -> ParsedDocument {
        Typeset.parse { doc in
            doc.page { page in
                page.lines(["De raad vraagt de rninister om de wachttijden in het vervoer te beperken.",
                            "Dat geldt voor alle scholen van het buitengewoon onderwijs in het land."])
            }
            doc.page { page in
                page.ocr = secondPageOCR
                page.lines(["Ook de gemeenten vragen de rninister om een vaste planning voor het vervoer.",
                            "Zo weten de ouders tijdig waar en wanneer de bus hun kinderen ophaalt."])
            }
        }
    }

    static func text(_ document: ParsedDocument) -> String {
        document.blocks.map(\.text).joined(separator: " ")
    }

    @Test("A confusion is repaired on the page OCR read, not on the born-digital page beside it")
    func onOCRPagesOnly() {
        let mixed = Self.document(secondPageOCR: true)
        #expect(mixed.diagnostics.filter { $0.code == .ocrCorrection }.map(\.message) == ["'rninister' read as 'minister'"])
        #expect(Self.text(mixed).contains("De raad vraagt de rninister"))
        #expect(Self.text(mixed).contains("Ook de gemeenten vragen de minister"))
        let born = Self.document(secondPageOCR: false)
        #expect(born.diagnostics.allSatisfy { $0.code != .ocrCorrection })
        #expect(Self.text(born).contains("Ook de gemeenten vragen de rninister"))
    }

    @Test("Split diacritics are joined on born-digital pages too")
    func diacritics() {
        let document = Typeset.parse { doc in
            doc.page { page in
                page.lines(["De nieuwe regeling cre¨eert rust voor de ouders en voor de scholen in de stad.",
                            "Dat geldt voor alle scholen van het buitengewoon onderwijs in het land."])
            }
        }
        #expect(Self.text(document).contains("De nieuwe regeling creëert rust"))
        #expect(document.diagnostics.contains { $0.code == .ocrCorrection && $0.message == "'cre¨eert' read as 'creëert'" })
    }
}
