import AdviesModel
import AdviesText

/// The language in which a Dutch policy council asks that someone act: the cue lexicon the
/// recommendation detector reads. Patterns match the lower-cased sentence; extend them here.
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

        init(_ strength: RecommendationStrength, _ regex: String, _ label: String, councilSpeaks: Bool = true,
             leadInOnly: Bool = false, triggers: [String]) {
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
        Pattern(.urges, #"\b(?:roept|roepen)\b(?![^.;:]{0,120}\bvragen\b)[^.;:]{0,120}?\bop\b"#, "roept op", triggers: ["roep"]),
        Pattern(.urges, #"\b(?:lanceert|lanceren|doet|doen)\b[^.;:]{0,30}?\boproep\b"#, "lanceert een oproep", triggers: ["oproep"]),
        Pattern(.asks, #"\b(?:vraagt|vragen)\b[^.;:]{0,40}?\baandacht voor\b"#, "vraagt aandacht voor", triggers: ["aandacht"]),
        Pattern(.asks, #"\b(?:vraagt|vragen)\b"#, "vraagt", triggers: ["vraag", "vrag"]),
        Pattern(.asks, #"\b(?:adviseert|adviseren)\b"#, "adviseert", triggers: ["advise"]),
        Pattern(.asks, #"\b(?:beveelt|bevelen)\b[^.;:]{0,60}?\baan\b"#, "beveelt aan", triggers: ["beveel", "bevel"]),
        Pattern(.asks, #"\b(?:verzoekt|verzoeken)\b"#, "verzoekt", triggers: ["verzoek"]),
        Pattern(.asks, #"\b(?:wordt|worden)\b[^.;:]{0,40}?\bgevraagd\b"#, "wordt gevraagd", councilSpeaks: false, triggers: ["gevraagd"]),
        Pattern(.proposes, #"\b(?:stelt|stellen)\b(?![^.;:]{0,60}\bvast\b)[^.;:]{0,60}?\bvoor\b"#, "stelt voor", triggers: ["stel"]),
        Pattern(.proposes, #"\b(?:pleit|pleiten)\b[^.;:]{0,40}?\b(?:voor|ervoor)\b"#, "pleit voor ervoor", triggers: ["pleit"]),
        Pattern(.proposes, #"\b(?:is|zijn)\b[^.;:]{0,25}?(?<!blijft )\bvoorstander van (?:een|meer|de invoering)\b"#, "is voorstander van", triggers: ["voorstander"]),
        Pattern(.proposes, #"\b(?:suggereert|suggereren)\b"#, "suggereert", triggers: ["suggere"]),
        Pattern(.normative, #"\b(?:beklemtoont|benadrukt|onderstreept)\b[^.;:]{0,80}\bdat\b[^.;:]{0,120}\b(?:niet|geen)\b[^.;:]{0,80}\b(?:mag|mogen|moet|moeten)\b"#, "beklemtoont niet mag moet mogen moeten", triggers: ["beklemto", "benadruk", "onderstre"]),
        Pattern(.soft, #"\bvindt het\b[^.;:]{0,25}?\b(?:belangrijk|relevant|nodig|noodzakelijk|wenselijk|aangewezen)\b"#, "vindt het belangrijk relevant nodig noodzakelijk wenselijk aangewezen", triggers: ["vindt het"]),
        Pattern(.soft, #"\b(?:is|blijft) het\b[^.;:]{0,25}?\b(?:belangrijk|noodzakelijk|aangewezen|wenselijk)\b"#, "is het belangrijk noodzakelijk aangewezen wenselijk", councilSpeaks: false, triggers: ["het"]),
        Pattern(.soft, #"\bhet is\b[^.;:]{0,20}?\b(?:belangrijk|noodzakelijk|aangewezen|wenselijk)\s+(?:dat|om)\b"#, "is belangrijk noodzakelijk aangewezen wenselijk dat om", councilSpeaks: false, triggers: ["het is"]),
        Pattern(.soft, #"\b(?:is het|het is) (?:nu |hoog |de )?tijd om\b"#, "is het tijd om", councilSpeaks: false, triggers: ["tijd"]),
        Pattern(.soft, #"\b(?:zou|zouden)\b[^.;:]{0,25}?\bbeter\b[^.;:]{0,10}?\bzijn\b"#, "zou beter zijn", councilSpeaks: false, triggers: ["beter"]),
        Pattern(.soft, #"\b(?:beslist|beslissen|gebeurt|gebeuren|kiest|kiezen|wordt|worden)\s+best\b"#, "best", councilSpeaks: false, triggers: ["best"]),
        Pattern(.soft, #"\b(?:is|zijn)\b[^.;:]{0,40}?\bvan belang\b"#, "zijn is van belang", councilSpeaks: false, leadInOnly: true, triggers: ["belang"]),
    ]

    /// Who speaks for the council in its own text.
    public static let councilSubject = #"\b(?:de vlor|vlor|vior|de raad|de algemene raad|we|wij|de vlaamse onderwijsraad|vlaamse onderwijsraad|de serv|de minaraad|de sarc)\b"#

    /// Words that open a subordinate clause: a modal inside one is not the council's demand.
    public static let subordinators: Set<String> = [
        "die", "waar", "waarin", "waarbij", "waarover", "waarmee", "waardoor", "waarvoor", "waarop", "waarbinnen",
        "omdat", "zodat", "opdat", "terwijl", "aangezien", "hoewel", "doordat", "indien", "wanneer", "tenzij",
        "voordat", "nadat", "totdat", "welke", "wie", "zodra",
    ]

    /// Words after which "dat" opens a complement clause ("betekent dat", "belangrijk dat"),
    /// not a relative one ("het aantal leerlingen dat").
    public static let complementTakers: Set<String> = [
        "betekent", "betekenen", "is", "zijn", "blijkt", "blijken", "vindt", "vinden", "meent", "menen", "benadrukt",
        "beklemtoont", "onderstreept", "stelt", "stellen", "vraagt", "vragen", "hoopt", "hopen", "verwacht", "denkt",
        "weet", "zegt", "oordeelt", "gevraagd", "belangrijk", "nodig", "noodzakelijk", "wenselijk", "aangewezen",
        "ervoor", "erop", "erover", "voor", "zo", "zodanig", "opdat", "wil", "willen", "eist", "eisen", "verzoekt",
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
        "schrap", "vermeerder", "stop", "wacht", "denk",
    ]

    /// What a council can ask an actor to have: "X heeft voldoende financiering nodig".
    public static let resources = #"\b(?:voldoende|extra|bijkomende|meer|structurele)\b|\b(?:financiering|middelen|budget|omkadering|capaciteit|personeel|ondersteuning)\b"#
}
