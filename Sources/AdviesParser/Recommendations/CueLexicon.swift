import AdviesModel
import AdviesText

/// The language in which a Dutch policy council or any advising body asks that someone act:
/// the cue lexicon the recommendation detector reads, documented in docs/recommendations.md.
/// Patterns match the lower-cased sentence; extend them here.
///
/// Strength, strongest first (`RecommendationStrength`):
/// - urges: "vraagt met aandrang", "wordt met aandrang gevraagd", "dringt aan", "roept op",
///   "lanceert een oproep";
/// - asks: "vraagt", "vragen we", "vraagt aandacht voor", "adviseert", "beveelt aan",
///   "verzoekt", imperatives ("Definieer de doelgroep.");
/// - proposes: "stelt voor", "pleit voor", "is voorstander van" (a new measure);
/// - normative: "moet/moeten", "mag/mogen niet", "beklemtoont dat ... niet mag", "X is nodig";
/// - soft: "is het belangrijk dat/om", "vindt het belangrijk/relevant", "is het tijd om",
///   "zou beter zijn om", "beslist best", "zijn van belang" (lead-ins).
///
/// Not recommendations (GUIDE.md §7): findings; appreciation ("is tevreden", "waardeert",
/// "onderschrijft"); the council's own commitments ("blijft opvolgen", "is bereid");
/// reports of earlier advice (past tense, "werd aangedrongen"); permissive "kan/kunnen";
/// descriptive "moet ... nog beslissen"; future "zal moeten"; "X is cruciaal/essentieel";
/// questions and quotations.
public enum CueLexicon {
    public struct Pattern: Sendable {
        public var strength: RecommendationStrength
        /// Matched against the lower-cased sentence.
        public var regex: String
        /// The words of a match kept when the cue is reported (the first and last always are;
        /// others become "...": "stellen dan ook voor" -> "stellen ... voor").
        public var label: String
        /// The council ("de Vlor", "de raad", "we") must be the one speaking.
        public var councilSpeaks: Bool
        /// Only in the sentence that introduces a list of demands.
        public var leadInOnly: Bool
        /// Fragments one of which any match contains; a sentence without them is not tried.
        public var triggers: [String]
        /// An impersonal cue counts only in a main clause ("de vraag of het wenselijk is" asks nothing).
        public var mainClause: Bool

        init(_ strength: RecommendationStrength, _ regex: String, _ label: String, councilSpeaks: Bool = true,
             leadInOnly: Bool = false, mainClause: Bool = false, triggers: [String]) {
            self.mainClause = mainClause
            self.strength = strength
            self.regex = regex
            self.label = label
            self.councilSpeaks = councilSpeaks
            self.leadInOnly = leadInOnly
            self.triggers = triggers
        }
    }

    /// Verb cues, strongest first. The modal cues (moet, mag niet, nodig) and imperatives are
    /// recognised in code: they need the clause around them.
    public static let patterns: [Pattern] = [
        Pattern(.urges, #"\b(?:vraagt|vragen)\b[^.;:]{0,60}?\bmet aandrang\b"#, "vraagt met aandrang", triggers: ["aandrang"]),
        Pattern(.urges, #"\b(?:wordt|worden)\b[^.;:]{0,60}?\bmet aandrang gevraagd\b"#, "wordt met aandrang gevraagd", councilSpeaks: false, triggers: ["aandrang"]),
        Pattern(.urges, #"\b(?:dringt|dringen)\b[^.;:]{0,60}?\baan\b"#, "dringt aan", triggers: ["dring"]),
        Pattern(.urges, #"\b(?:roept|roepen)\b(?![^.;:]{0,120}\bvragen\b)(?![^.;:]{0,20}\bvraag\b)[^.;:]{0,120}?\bop\b"#, "roept op", triggers: ["roep"]),
        Pattern(.urges, #"\b(?:lanceert|lanceren|doet|doen)\b[^.;:]{0,30}?\boproep\b"#, "lanceert een oproep", triggers: ["oproep"]),
        Pattern(.asks, #"\b(?:vraagt|vragen)\b[^.;:]{0,40}?\baandacht voor\b"#, "vraagt aandacht voor", triggers: ["aandacht"]),
        // "vraagt zich af" / "vragen we ons af" is a question, not a demand.
        Pattern(.asks, #"\b(?:vraagt|vragen)\b(?!\s+(?:zich|ons|we ons|wij ons)\s+af\b)(?![^.;:]{0,40}\b(?:zich|ons) af\b)"#, "vraagt", triggers: ["vraag", "vrag"]),
        Pattern(.asks, #"\b(?:adviseert|adviseren)\b"#, "adviseert", triggers: ["advise"]),
        Pattern(.asks, #"\b(?:beveelt|bevelen)\b[^.;:]{0,60}?\baan\b"#, "beveelt aan", triggers: ["beveel", "bevel"]),
        Pattern(.asks, #"\b(?:verzoekt|verzoeken)\b"#, "verzoekt", triggers: ["verzoek"]),
        // "De raad verwacht van de minister ..." / "verwacht dat": an expectation the speaker sets.
        Pattern(.asks, #"\b(?:verwacht|verwachten)\b(?=\s+(?:\S+\s+){0,3}?(?:van|dat)\b)(?![^.;:]*\b(?:zal|zullen)\b)"#, "verwacht", triggers: ["verwacht"]),
        // "U wordt geadviseerd in te stemmen met:", "wordt aanbevolen".
        Pattern(.asks, #"(?<!kan |kunnen |zou )\b(?:wordt|worden)\b[^.;:]{0,40}?\b(?:geadviseerd|aanbevolen)\b(?!\s+(?:hoe|wat|welke|waar)\b)"#, "wordt geadviseerd", councilSpeaks: false, triggers: ["geadviseerd", "aanbevolen"]),
        Pattern(.asks, #"(?<!kan |kunnen |zou )\b(?:wordt|worden)\b[^.;:]{0,40}?\bgevraagd\b"#, "wordt gevraagd", councilSpeaks: false, triggers: ["gevraagd"]),
        Pattern(.proposes, #"\b(?:stelt|stellen)\b(?![^.;:]{0,60}\bvast\b)[^.;:]{0,60}?\bvoor\b"#, "stelt voor", triggers: ["stel"]),
        Pattern(.proposes, #"\b(?:pleit|pleiten)\b[^.;:]{0,40}?\b(?:voor|ervoor)\b"#, "pleit voor ervoor", triggers: ["pleit"]),
        Pattern(.proposes, #"\b(?:bepleit|bepleiten)\b"#, "bepleit", triggers: ["bepleit"]),
        // Any noun phrase: "is voorstander van flexibele trajecten"; "blijft voorstander" reports a stance.
        Pattern(.proposes, #"\b(?:is|zijn)\b[^.;:]{0,25}?(?<!blijft )\bvoorstander van\b"#, "is voorstander van", triggers: ["voorstander"]),
        // A negotiating stance: "zal bezwaar maken tegen".
        Pattern(.proposes, #"\b(?:zal|zullen|maakt|maken)\b[^.;:]{0,60}?\bbezwaar\b(?:\s+maken)?\s+tegen\b"#, "bezwaar maken tegen", triggers: ["bezwaar"]),
        Pattern(.proposes, #"\b(?:suggereert|suggereren)\b"#, "suggereert", triggers: ["suggere"]),
        Pattern(.normative, #"\b(?:beklemtoont|benadrukt|onderstreept)\b[^.;:]{0,80}\bdat\b[^.;:]{0,120}\b(?:niet|geen)\b[^.;:]{0,80}\b(?:mag|mogen|moet|moeten)\b"#, "beklemtoont niet mag moet mogen moeten", triggers: ["beklemto", "benadruk", "onderstre"]),
        // "De Afdeling acht het aangewezen om ...", "acht het kabinet het wenselijk dat ...".
        Pattern(.soft, #"\b(?:acht|achten)\b[^.;:]{0,30}?\bhet\b[^.;:]{0,15}?\b(?:aangewezen|nuttig|raadzaam|wenselijk|onwenselijk|gewenst|ongewenst|noodzakelijk|van belang|geboden)\b"#, "acht het aangewezen nuttig raadzaam wenselijk onwenselijk gewenst ongewenst noodzakelijk van belang geboden", triggers: ["acht"]),
        // "Het ligt in de rede dat/om ...", "ligt het voor de hand dat ...": advisory, impersonal.
        Pattern(.soft, #"\bligt\b[^.;:]{0,40}?\b(?:in de rede|voor de hand)\b"#, "ligt in de rede voor de hand", councilSpeaks: false, mainClause: true, triggers: ["in de rede", "voor de hand"]),
        // "is van oordeel dat", "is van mening dat", "meent dat" with a modal in the complement.
        Pattern(.normative, #"\b(?:is|zijn)\b[^.;:]{0,30}?\bvan (?:oordeel|mening)\b[^.;:]{0,200}?\b(?:moet|moeten|dient|dienen)\b"#, "is van oordeel mening dat moet moeten dient dienen", triggers: ["oordeel", "mening"]),
        Pattern(.normative, #"\b(?:meent|menen)\b[^.;:]{0,20}?\bdat\b[^.;:]{0,200}?\b(?:moet|moeten|dient|dienen)\b"#, "meent dat moet moeten dient dienen", triggers: ["meen", "ment"]),
        // "is aanpassing van het wetsvoorstel wenselijk", "niet bijzonder gewenst is".
        // ("de aangewezen partner", "als verwerkingsverantwoordelijke aangewezen" designate.)
        Pattern(.soft, #"\b(?:is|zijn)\b[^.;:]{0,80}?\b(?<!de |het |een )(?:wenselijk|raadzaam)\b|\b(?:aangewezen|wenselijk|raadzaam)\s+(?:dat|om)\b|\b(?:wenselijk|gewenst)\s+(?:is|zijn)\b"#, "is wenselijk aangewezen raadzaam gewenst", councilSpeaks: false, mainClause: true, triggers: ["wenselijk", "aangewezen", "raadzaam", "gewenst"]),
        // Flemish "er is (dringend) nood aan X", "de raad ziet nood aan X"; not "geen nood aan".
        Pattern(.normative, #"\b(?:is|zijn|ziet|zien)\b[^.;:]{0,30}?(?<!geen )(?<!geen dringende )\b(?:dringende )?nood aan\b"#, "is nood aan", councilSpeaks: false, mainClause: true, triggers: ["nood aan"]),
        // "verdient ... verduidelijking / aanbeveling / de voorkeur".
        Pattern(.soft, #"\b(?:verdient|verdienen)\b[^.;:]{0,80}?\b(?:verduidelijking|aanbeveling|de voorkeur|aandacht|overweging|toelichting)\b"#, "verdient verduidelijking aanbeveling voorkeur aandacht overweging toelichting", triggers: ["verdien"]),
        Pattern(.soft, #"\bvindt het\b[^.;:]{0,25}?\b(?:belangrijk|relevant|nodig|noodzakelijk|wenselijk|aangewezen)\b"#, "vindt het belangrijk relevant nodig noodzakelijk wenselijk aangewezen", triggers: ["vindt het"]),
        Pattern(.soft, #"\b(?:is|blijft) het\b[^.;:]{0,25}?\b(?:belangrijk|noodzakelijk|aangewezen|wenselijk)\b"#, "is het belangrijk noodzakelijk aangewezen wenselijk", councilSpeaks: false, triggers: ["het"]),
        Pattern(.soft, #"\bhet is\b[^.;:]{0,20}?\b(?:belangrijk|noodzakelijk|aangewezen|wenselijk)\s+(?:dat|om)\b"#, "is belangrijk noodzakelijk aangewezen wenselijk dat om", councilSpeaks: false, triggers: ["het is"]),
        Pattern(.soft, #"\b(?:is het|het is) (?:nu |hoog |de )?tijd om\b"#, "is het tijd om", councilSpeaks: false, triggers: ["tijd"]),
        Pattern(.soft, #"\b(?:zou|zouden)\b[^.;:]{0,25}?\bbeter\b[^.;:]{0,10}?\bzijn\b"#, "zou beter zijn", councilSpeaks: false, triggers: ["beter"]),
        Pattern(.soft, #"\b(?:beslist|beslissen|gebeurt|gebeuren|kiest|kiezen|wordt|worden)\s+best\b"#, "best", councilSpeaks: false, triggers: ["best"]),
        // "Het panel doet de volgende aanbevelingen:" announces the list it introduces.
        Pattern(.asks, #"\b(?:doet|doen|formuleert|formuleren|geeft|geven|heeft|hebben|komt|komen)\b[^.;:]{0,40}?\baanbeveling(?:en)?\b"#, "doet aanbevelingen", leadInOnly: true, triggers: ["aanbeveling"]),
        Pattern(.soft, #"\b(?:is|zijn)\b[^.;:]{0,40}?\bvan belang\b"#, "zijn is van belang", councilSpeaks: false, leadInOnly: true, triggers: ["belang"]),
    ]

    /// Who speaks for the council in its own text.
    /// Any advising body may speak: a council, "de Afdeling", "het panel", "het kabinet", "we",
    /// a pronoun standing for it ("zij", "ze"); `CueFinder` also accepts "De"/"Het" with an
    /// acronym ("De AP", "De MORA").
    public static let councilSubject = #"\b(?:de vlor|vlor|vior|de raad|de algemene raad|we|wij|de vlaamse onderwijsraad|vlaamse onderwijsraad|de serv|de minaraad|de sarc|de mora|de onderwijsraad|de afdeling|het panel|het kabinet|het college|de landsadvocaat|zij|ze)\b"#

    /// Openings that state the law or report another text, not the speaker's demand ("Op grond
    /// van de AVG moet ...", "Volgens de richtsnoeren ...", "Hierin wordt opgemerkt dat ...").
    /// "Volgens de Afdeling" is the speaker's own voice and stays.
    public static let premise = #"^(?:op grond van|ingevolge|krachtens|overeenkomstig|conform|volgens|blijkens|naar luid van)\b(?!\s+(?:de afdeling|de raad|het kabinet|het panel|ons|de vlor|haar|zijn)\b)|^(?:hierin|daarin|daarbij)\s+(?:wordt|werd)\b[^.;:]{0,30}\b(?:opgemerkt|gesteld|vermeld|aangegeven)\b"#
    /// The speaker endorsing what another says: a cue inside it is the other's ("De Afdeling
    /// onderschrijft dat ... pleit voor ...").
    public static let endorsement = #"\b(?:onderschrijft|onderschrijven|waardeert|waarderen|deelt|delen|erkent|erkennen|volgt|volgen)\s+(?:\S+\s+){0,3}?(?:dat|het standpunt|de opvatting|het oordeel)\b"#
    /// A paraphrase closing with its source: "..., aldus de toelichting."
    public static let paraphrase = #",\s+aldus\s+\S+"#

    /// The label that turns what follows it into recommendations ("Aanbeveling:", "Aanbevelingen:").
    public static let label = #"^(?:aanbeveling(?:en)?)(?:\s+\d{1,2}[a-z]?)?\s*:\s*"#
    /// An item of a numbered list under a label ("1. ...", "b) ...").
    public static let listItem = #"^(?:\d{1,2}|[a-z])[.)]\s+\S"#
    /// The label opening a reply to the advice (a Raad van State advice with its "nader rapport").
    public static let reply = #"^(?:Reactie|Reactie van de regering|Antwoord van de regering|Standpunt van de regering)\s*:"#

    /// Words that open a subordinate clause: a modal inside one is not the council's demand.
    public static let subordinators: Set<String> = [
        "die", "waar", "waarin", "waarbij", "waarover", "waarmee", "waardoor", "waarvoor", "waarop", "waarbinnen",
        "omdat", "zodat", "opdat", "terwijl", "aangezien", "hoewel", "doordat", "indien", "wanneer", "tenzij",
        "voordat", "nadat", "totdat", "welke", "wie", "zodra", "zover",
    ]

    /// Words after which "dat" opens a complement clause ("betekent dat", "belangrijk dat"),
    /// not a relative one ("het aantal leerlingen dat").
    public static let complementTakers: Set<String> = [
        "betekent", "betekenen", "is", "zijn", "blijkt", "blijken", "vindt", "vinden", "meent", "menen", "benadrukt",
        "beklemtoont", "onderstreept", "stelt", "stellen", "vraagt", "vragen", "hoopt", "hopen", "verwacht", "denkt",
        "weet", "zegt", "oordeelt", "gevraagd", "belangrijk", "nodig", "noodzakelijk", "wenselijk", "aangewezen",
        "ervoor", "erop", "erover", "voor", "zo", "zodanig", "opdat", "wil", "willen", "eist", "eisen", "verzoekt",
        "oordeel", "mening", "acht", "achten", "rede", "hand", "wenselijk", "gewenst", "aangewezen", "raadzaam",
    ]

    /// Verbs after which "of" opens an indirect question ("bekeken kan worden of ...").
    public static let questionVerbs: Set<String> = [
        "worden", "wordt", "bekeken", "bekijken", "nagaan", "nagegaan", "onderzoeken", "onderzocht", "afvragen",
        "weten", "beslissen", "bepalen", "evalueren", "vraag", "twijfel",
    ]

    /// Imperatives that open a demand in a bullet or sentence ("Stem ... af", "Definieer ...").
    /// Verbs ending in "-eer" ("Investeer", "Garandeer") are recognised without listing them.
    public static let imperatives: Set<String> = [
        "stem", "bekijk", "herbekijk", "zorg", "maak", "geef", "voorzie", "hou", "houd", "betrek", "verhoog", "versterk",
        "ondersteun", "neem", "breid", "schaf", "vermijd", "veranker", "verduidelijk", "vereenvoudig", "leg", "zet",
        "creëer", "ontwikkel", "bied", "erken", "verbeter", "beperk", "verruim", "verlaag", "verleng", "behoud",
        "begeleid", "waak", "richt", "kies", "help", "bouw", "bundel", "benut", "volg", "trek", "verdeel", "maximaliseer",
        "schrap", "vermeerder", "stop", "wacht", "denk", "benoem", "stel", "vul", "regel", "voeg", "beschrijf",
        "omschrijf", "onderbouw", "overweeg", "heroverweeg", "wijzig", "verwijder", "vermeld", "verwijs",
    ]

    /// What a council can ask an actor to have: "X heeft voldoende financiering nodig".
    public static let resources = #"\b(?:voldoende|extra|bijkomende|meer|structurele)\b|\b(?:financiering|middelen|budget|omkadering|capaciteit|personeel|ondersteuning)\b"#
}
