import AdviesText

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
        // A word may open with three consonants: only the document's own capitals make an acronym.
        #expect(joiner.join(["de school-", "teams van de stad"]) == "de schoolteams van de stad")
        #expect(joiner.join(["de strand-", "zone"]) == "de strandzone")
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
