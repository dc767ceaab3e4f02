import AdviesCore
import Testing

@Suite("Text rules")
struct TextRuleTests {
    @Test("norm and tokens as GUIDE.md §9 defines them")
    func normalisation() {
        #expect(TextNormalization.norm("Groei- en kwalificatiekansen!") == "groeienkwalificatiekansen")
        #expect(TextNormalization.tokens("Groei- en 2019-2020") == ["groei", "en", "2019", "2020"])
        #expect(TextNormalization.tokens("créëert") == ["créëert"])
    }

    @Test("Hyphenated line breaks are repaired on the document's own evidence")
    func hyphenation() {
        let joiner = LineJoiner(vocabulary: Vocabulary(lines: ["het DBSO en het BuSO", "de schoolloopbaan van leerlingen"]))
        #expect(joiner.join(["een groep dbso-", "leerlingen vindt"]) == "een groep dbso-leerlingen vindt")
        #expect(joiner.join(["met een migratie-", "achtergrond"]) == "met een migratieachtergrond")
        #expect(joiner.join(["in het schooljaar 2019-", "2020"]) == "in het schooljaar 2019-2020")
        #expect(joiner.join(["https://www.vlaamsparlement.be/parlementaire-", "documenten/1231409"])
                == "https://www.vlaamsparlement.be/parlementaire-documenten/1231409")
        #expect(joiner.join(["de school-", "loopbaan"]) == "de schoolloopbaan")
        #expect(joiner.join(["een zee-", "egel"]) == "een zee-egel")
        #expect(joiner.join(["alternatieve -maar wel gelijkwaardige-", "trajecten"]) == "alternatieve -maar wel gelijkwaardige- trajecten")
        #expect(joiner.join(["een streep -", "zo"]) == "een streep - zo")
    }

    @Test("Sentences split at sentence ends, not at Dutch abbreviations or initials")
    func sentences() {
        let text = "Voor kwetsbare groepen (bv. in termen van weerbaarheid) is dat o.a. nodig. Zie p. 13 en art. 27. Verhaest, D. en De Witte, K. schreven het. ‘Dat klopt.’ Nu?"
        #expect(SentenceSplitter.split(text) == [
            "Voor kwetsbare groepen (bv. in termen van weerbaarheid) is dat o.a. nodig.",
            "Zie p. 13 en art. 27.",
            "Verhaest, D. en De Witte, K. schreven het.",
            "‘Dat klopt.’",
            "Nu?",
        ])
    }

    @Test("Dutch dates become ISO dates as precise as printed")
    func dates() {
        #expect(DutchDate.first(in: "Advies van 12 maart 2015.")?.iso == "2015-03-12")
        #expect(DutchDate.first(in: "op 1/09/2022")?.iso == "2022-09-01")
        #expect(DutchDate.first(in: "in juni 2019")?.iso == "2019-06")
        #expect(DutchDate.years(in: "Agodi (2018). Evaluatie 2016-2017").map(\.iso) == ["2018"])
        #expect(DutchDate.first(in: "schooljaar 2019-2020") == nil)
    }
}

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
}
