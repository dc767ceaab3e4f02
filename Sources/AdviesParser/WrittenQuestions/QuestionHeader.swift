import AdviesText

/// The header grammar of written questions in the Dutch parliamentary layout, lower-cased:
/// "Vragen van het lid X (Partij) aan de Minister van Y over Z (ingezonden <date>).",
/// "Antwoord van Minister X (Y) (ontvangen <date>).", then "Vraag 1" / "Antwoord 1" labels.
enum QuestionHeader {
    static let asked = TextPattern(#"^vra(?:ag|gen) van (?:het lid|de leden) .+ aan de "#)
    static let answerLabel = TextPattern(#"^antwoord (?:op vra(?:ag|gen) )?\d+\b"#)
}
