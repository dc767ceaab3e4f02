import AdviesModel

/// The words and identifiers of the genre's formal citation styles (docs/references.md):
/// what `OfficialCitation` reads. Bodies and their web domains are in `Organisations`.
enum ReferenceLexicon {
    /// Parliamentary papers by their prefix: the house that publishes them (GUIDE-wild §4).
    static let houses: [(prefix: String, house: String)] = [
        (#"Kamerstukken\s+II"#, "Tweede Kamer"), (#"Kamerstukken\s+I"#, "Eerste Kamer"),
        (#"Kamerstuk\s+II"#, "Tweede Kamer"), (#"Kamerstuk\s+I"#, "Eerste Kamer"),
        (#"Handelingen\s+II"#, "Tweede Kamer"), (#"Handelingen\s+I"#, "Eerste Kamer"),
        (#"Aanhangsel\s+Handelingen\s+II"#, "Tweede Kamer"),
        (#"Parl\.\s*St\.\s*Vl\.\s*Parl\.?"#, "Vlaams Parlement"), (#"Parl\.\s*Doc\.\s*Vl\.\s*Parl\.?"#, "Vlaams Parlement"),
        (#"Hand\.\s*Vl\.\s*Parl\.?"#, "Vlaams Parlement"), (#"Parl\.\s*St\.\s*Kamer"#, "Kamer van volksvertegenwoordigers"),
    ]

    /// Official gazettes by their prefix, with the publisher named as organisation.
    static let gazettes: [(prefix: String, name: String)] = [
        (#"Stb\."#, "Staatsblad"), ("Staatsblad", "Staatsblad"), (#"Stcrt\."#, "Staatscourant"),
        ("Staatscourant", "Staatscourant"), (#"B\.S\."#, "Belgisch Staatsblad"), ("BS", "Belgisch Staatsblad"),
        ("Belgisch Staatsblad", "Belgisch Staatsblad"), (#"PbEU"#, "Publicatieblad van de Europese Unie"),
    ]

    /// A ministerial letter to parliament, cited by its date: the house it was sent to.
    static let letters: [(word: String, house: String)] = [("Kamerbrief", "Tweede Kamer"), ("Brief aan de Tweede Kamer", "Tweede Kamer"),
                                                          ("Brief aan de Eerste Kamer", "Eerste Kamer")]

    /// EU acts by the word they open with ("Verordening (EU) nr. 648/2012", "Richtlijn 95/46/EG").
    static let euActs = #"(?:Verordening|Richtlijn|Besluit|Uitvoeringsverordening|Gedelegeerde verordening|Uitvoeringsbesluit|Beschikking|Kaderbesluit)\s*(?:\((?:EU|EG|EEG|Euratom)\)\s*)?(?:[Nn]r\.?\s*)?\d+/\d+(?:/(?:EU|EG|EEG))?"#

    /// Laws cited by abbreviation or name after an article; those that are EU acts.
    static let euLaws: Set<String> = ["AVG", "GDPR", "EMIR", "MiFIR", "MiFID", "MiFID II", "VWEU", "VEU", "Handvest", "DSA", "DMA"]

    /// The pinpoint parts that follow an article number ("eerste lid", "onder c", "aanhef en onder a").
    static let ordinals = "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\\d+e|\\d+de"
    static let articleHead = #"(?:[Aa]rtikel(?:en)?|[Aa]rt\.|[Aa]anwijzing|[Oo]verweging|[Oo]verw\.)\s+[\dIVXL]+[\w.:/]*"#
    static let articlePart = #"(?:(?:"# + ordinals + #")(?:\s+en\s+(?:"# + ordinals + #"))?\s+lid|onder\s+\w+|onderdeel\s+\w+|sub\s+\w+|aanhef(?:\s+en\s+onder\s+\w+)?|\d+[a-z]?)"#

    /// Nouns naming a document, as the head (or the end of a compound) of a citation's first
    /// words: "juridische analyse van ...", "Gegevensbeschermingseffectbeoordeling (DPIA) van ...".
    static let documentNouns = ["advies", "analyse", "beoordeling", "rapport", "brief", "nota", "notitie", "verslag",
                                "evaluatie", "studie", "onderzoek", "mededeling", "verklaring", "richtsnoeren",
                                "besluit", "beschikking", "uitspraak", "arrest", "fiche", "toelichting", "toets", "toetsing", "memo", "visie"]

    /// Courts by their printed abbreviation, for case law.
    static let courts: [(printed: String, name: String)] = [
        ("HvJ EU", "Hof van Justitie van de Europese Unie"), ("HvJEU", "Hof van Justitie van de Europese Unie"),
        ("HvJ", "Hof van Justitie van de Europese Unie"), ("EHRM", "Europees Hof voor de Rechten van de Mens"),
        ("ABRvS", "Afdeling bestuursrechtspraak van de Raad van State"), ("HR", "Hoge Raad"),
        ("CRvB", "Centrale Raad van Beroep"), ("CBb", "College van Beroep voor het bedrijfsleven"),
        ("GwH", "Grondwettelijk Hof"), ("RvS", "Raad van State"),
    ]

    /// An advice number of the Raad van State ("W13.20.0254/III") or a similar body.
    static let adviceNumber = #"\b[A-Z]\d{2}\.\d{2}\.\d{4}/[IVX]+\b"#
    /// A European Case Law Identifier.
    static let ecli = #"\bECLI:[A-Z]{2}:[A-Za-z]+:\d{4}:[\w.]+"#
    /// An Official Journal number ("2020/C 124 I/01") or publication ("PbEU 2010, L331").
    static let journal = #"\b\d{4}/C\s+\d+\s*(?:I\s*)?/\d+\b|\bPbEU\s+\d{4},\s*[LC]\s?\d+\b"#
    /// Pinpoints of a formal citation, as trailing comma parts.
    static let pinpoint = #"^(?:p\.|pp\.|blz\.|pagina|paragraaf|par\.|punt|item|overweging|randnummer|rn\.|r\.o\.|bijlage|onder)(?=\s|\d|$)"#
}
