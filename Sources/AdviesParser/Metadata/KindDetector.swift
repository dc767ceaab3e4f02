import AdviesModel
import AdviesText

/// What kind of document it is (GUIDE-wild §1), from its own apparatus rather than from what
/// it prints as a label (a legal adviser's memo headed "Notitie" is an advice):
/// 1. a written question: the question header of a parliament ("Schriftelijke vraag",
///    "Vragen van het lid … aan de Minister … (ingezonden …)") with its numbered answers;
/// 2. an advisory: the text calls itself an advice ("dit advies", "het advies van de raad",
///    "adviseert") more often than a report;
/// 3. a letter: letterhead fields (Datum, Onderwerp, Ons kenmerk, …), a closing formula
///    ("De Minister van …,", "Hoogachtend") and the writer in the first person or a
///    salutation ("Geachte voorzitter,");
/// 4. a note: a memo's fields under a "Nota"/"Notitie" label (one naming its addressee,
///    "Nota aan de Vlaamse Regering", counts as a field);
/// 5. a report: the text calls itself a report, study, fiche or evaluation;
/// 6. an advisory by the older, weaker signs: numbered sections, a council named.
enum KindDetector {
    /// `letterhead`: the small type beside the text column, where a letter's fields may stand.
    static func detect(_ texts: [String], letterhead: [String] = []) -> DocumentKind {
        let lower = texts.map { $0.lowercased().collapsed }
        let head = lower.prefix(40)
        if isWrittenQuestion(lower, head: head) { return .writtenQuestion }
        let advice = count(Self.adviceSelf, in: lower), report = count(Self.reportSelf, in: lower)
        if advice >= 2 && advice >= report { return .advisory }
        let fields = (head + letterhead.map { $0.lowercased().collapsed }).filter { Self.letterField.isMatch($0) }.count
        let closing = lower.contains { Self.closing.isMatch($0) }
        let firstPerson = count(Self.firstPerson, in: lower) >= 2
        let salutation = head.contains { Self.salutation.isMatch($0) }
        if fields >= 2 && closing && (firstPerson || salutation) { return .letter }
        // A memo label that names its addressee ("Nota aan de Vlaamse Regering") is a field too.
        let memoFields = head.filter { Self.memoField.isMatch($0) }.count
            + (head.prefix(10).contains { Self.addressedMemoLabel.isMatch($0) } ? 1 : 0)
        if head.prefix(10).contains(where: { Self.memoLabel.isMatch($0) }) && memoFields >= 2 {
            return .note
        }
        if report >= 1 && report > advice { return .report }
        let numbered = texts.filter { $0.first?.isNumber == true && HeadingDetector.numberedStart.isMatch($0) }.count
        let councilWords = lower.contains { $0.containsBytes("vlor") || $0.containsBytes("onderwijsraad") || $0.containsBytes("advies") || $0.containsBytes("raad ") }
        if numbered >= 2 || councilWords { return .advisory }
        return .unknown
    }

    /// A parliament's question header, and answers to the questions.
    private static func isWrittenQuestion(_ lower: [String], head: ArraySlice<String>) -> Bool {
        if head.prefix(15).contains(where: { $0.hasPrefix("schriftelijke vraag") || $0.hasPrefix("vraag om uitleg") }) { return true }
        if lower.contains("antwoord"), lower.contains(where: { $0.hasPrefix("op vraag nr") }) { return true }
        let asked = head.contains { QuestionHeader.asked.isMatch($0) || $0.containsBytes("(ingezonden ") }
        let answers = lower.contains { $0 == "antwoord" || QuestionHeader.answerLabel.isMatch($0) }
        return asked && answers
    }

    private static func count(_ pattern: TextPattern, in lines: [String]) -> Int {
        lines.reduce(0) { $0 + pattern.matches(in: $1).count }
    }

    private static let adviceSelf = TextPattern(#"\b(?:dit|ons|deze|het onderhavige|beknopte) (?:beknopte )?advies\b|\badviseer?t\b|\badviseren\b|^advies (?:over|van|bij|inzake|aan)\b|\badviesvrager\b|\buitgebracht door\b"#)
    private static let reportSelf = TextPattern(#"\b(?:dit|deze|het onderhavige) (?:rapport|rapportage|fiche|onderzoek|verslag|evaluatie|studie)\b"#)
    private static let letterField = TextPattern(#"^(?:datum|onderwerp|betreft|ons kenmerk|uw kenmerk|kenmerk|uw brief(?: van)?|> ?retouradres|retouradres|bijlage\(?n?\)?)\b"#)
    private static let closing = TextPattern(#"^(?:(?:de|het) (?:minister|staatssecretaris|minister-president|vice-?premier|burgemeester|commissaris)\b.{0,100},$|hoogachtend|met (?:vriendelijke|hoogachtende) groet)"#)
    private static let firstPerson = TextPattern(#"\b(?:ik|mijn|uw kamer)\b"#)
    private static let memoLabel = TextPattern(#"^(?:nota|notitie|memo|memorandum)\b"#)
    private static let salutation = TextPattern(#"^(?:geachte|beste|zeer geachte)\b.{0,80},$"#)
    private static let addressedMemoLabel = TextPattern(#"^(?:nota|notitie|memo) aan\b"#)
    private static let memoField = TextPattern(#"^(?:aan|van|voor|cc|datum|kenmerk|onderwerp|betreft|inzake)\b"#)
}
