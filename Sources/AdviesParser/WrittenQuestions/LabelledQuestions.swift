import AdviesModel
import AdviesText

/// Written questions in the layout of the Dutch parliament (Aanhangsel van de Handelingen):
/// a header naming the members, the minister, the subject and the dates, then alternating
/// "Vraag n" / "Antwoord n" labels, each on a line of its own. Such a document has no
/// sections (GUIDE-wild §6); its questions and answers are read between the labels.
struct LabelledQuestions {
    let input: ParserInput

    /// "Vraag 3", "Vragen 3 en 4", "Antwoord 3", "Antwoord op vraag 3".
    static let label = TextPattern(#"^(Vra(?:ag|gen)|Antwoord(?: op vra(?:ag|gen))?)\s+(\d{1,3})(?:\s*(?:,|en|t/m|tot en met)\s*\d{1,3})*\s*[.:]?$"#)

    /// The document has this layout: a question label followed later by an answer label.
    static func applies(to body: Body) -> Bool {
        var asked = false
        for index in body.indices {
            guard let match = label.firstMatch(in: body[index].text), let kind = match[1] else { continue }
            if kind.hasPrefix("Vra") { asked = true } else if asked { return true }
        }
        return false
    }

    func parse(_ body: Body, into document: inout ParsedDocument) {
        let first = body.indices.first { Self.label.isMatch(body[$0].text) } ?? body.count
        document.metadata = header(body.texts(0..<first))
        var blocks: [Block] = []
        var questions: [Question] = [], answers: [Answer] = []
        let builder = BlockBuilder(joiner: input.joiner)
        var index = first
        while index < body.count {
            guard let match = Self.label.firstMatch(in: body[index].text), let kind = match[1], let number = match[2].flatMap({ Int($0) })
            else { index += 1; continue }
            let end = (index + 1..<body.count).first { Self.label.isMatch(body[$0].text) } ?? body.count
            let lines = (index + 1..<end).map { BlockBuilder.Line(text: body[$0].text, source: body[$0].source) }
            let isQuestion = kind.hasPrefix("Vra")
            let built = builder.build(lines, section: nil, turn: isQuestion ? .question(number) : .answer(number))
            let text = built.map(\.text).joined(separator: " ")
            let span = SourceSpan(start: body[index].location, end: body[max(index, end - 1)].location)
            if isQuestion {
                questions.append(Question(number: number, text: text, span: span))
            } else {
                answers.append(Answer(number: number, textStart: text.split(separator: " ").prefix(12).joined(separator: " "),
                                      text: text, span: span))
            }
            blocks += built
            index = end
        }
        document.blocks = blocks
        document.questions = questions
        document.answers = answers
    }

    /// The facts of the header: "Vragen van de leden X aan de Minister van Y over Z
    /// (ingezonden <date>).", "Antwoord van Minister N (Y) (ontvangen <date>).", the question's
    /// number on a line of its own, the house above it all.
    private func header(_ lines: [String]) -> Metadata {
        var metadata = Metadata()
        let text = lines.joined(separator: " ").collapsed
        if let asked = Self.asked.firstMatch(in: text) {
            metadata.title = asked[1].map { String($0).trimming(.whitespaces) }
            metadata.askedBy = asked[2].map(String.init)
            metadata.addressedTo = asked[3].map(String.init)
        }
        metadata.questionDate = Self.sent.firstMatch(in: text).flatMap { $0[1] }.flatMap { DutchDate.first(in: String($0))?.iso }
        metadata.answerDate = Self.received.firstMatch(in: text).flatMap { $0[1] }.flatMap { DutchDate.first(in: String($0))?.iso }
        metadata.date = metadata.questionDate
        metadata.datePrecision = metadata.date.flatMap(DatePrecision.init(isoDate:))
        if let answered = Self.answeredBy.firstMatch(in: text), let role = answered[1], let name = answered[2] {
            let portfolio = answered[3].map { " van " + $0 } ?? ""
            metadata.signatories = [Signatory(name: String(name), role: String(role) + portfolio)]
        }
        // The question's number stands alone on its line, a line of several digits.
        metadata.questionNumber = lines.first { $0.count >= 2 && $0.count <= 6 && $0.allSatisfy(\.isNumber) }
        metadata.referenceNumber = metadata.questionNumber
        metadata.body = Masthead.body(lines.prefix(3))
        metadata.organisation = metadata.body
        return metadata
    }

    private static let asked = TextPattern(#"(Vra(?:ag|gen) van (?:het lid|de leden) (.+?) aan de (.+?) over .+?)\s*\(ingezonden"#)
    private static let sent = TextPattern(#"\(ingezonden ([^)]+)\)"#)
    private static let received = TextPattern(#"\(ontvangen ([^)]+)\)"#)
    private static let answeredBy = TextPattern(#"Antwoord van (?:de )?(Minister|Staatssecretaris|Minister-President)\s+(\p{Lu}[\p{L}'’ .-]+?)\s*(?:\(([^)]+)\))?\s*(?:,|\(ontvangen|mede namens)"#)
}
