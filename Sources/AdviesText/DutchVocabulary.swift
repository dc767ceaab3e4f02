/// Word lists of written Dutch that more than one part of advies reads. Each list is written
/// here once; a stage that needs more words adds its own to one of these.
public enum DutchVocabulary {
    /// The month names, January first.
    public static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                "september", "oktober", "november", "december"]

    /// The month a (lower-case) name stands for, 1...12.
    public static func month(named name: some StringProtocol) -> Int? {
        months.firstIndex(of: name.lowercased()).map { $0 + 1 }
    }

    /// Articles, prepositions and conjunctions: words that carry no subject of their own in a
    /// title or an address.
    public static let functionWords: Set<String> = [
        "de", "het", "een", "en", "van", "in", "op", "te", "voor", "met", "aan", "over", "tot", "naar",
    ]

    /// Function words and the commonest pronouns, auxiliaries and adverbs: what similarity
    /// between passages leaves out (search keeps them: phrases need them).
    public static let stopwords: Set<String> = functionWords.union([
        "dat", "die", "zijn", "is", "om", "er", "niet", "ook", "als", "bij", "of", "door", "uit", "worden", "wordt",
        "werd", "kan", "kunnen", "moet", "moeten", "zal", "zullen", "hun", "haar", "zij", "ze", "we", "wij", "deze",
        "dit", "nog", "maar", "dan", "wel", "meer", "zo", "al", "na", "hij", "hem", "geen", "heeft", "hebben", "was",
        "waren", "daarom", "daarbij", "dus", "wat", "welke", "waar", "hoe", "zich", "u", "ons", "onze", "mee",
    ])
}
