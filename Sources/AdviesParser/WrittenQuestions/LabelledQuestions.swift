import AdviesModel
import AdviesText

/// Written questions in the layout of the Dutch parliament (Aanhangsel van de Handelingen):
/// a header naming the members, the minister, the subject and the dates, then alternating
/// "Vraag n" / "Antwoord n" labels (or bare numbers and "Antwoord op vraag n"), each on a
/// line of its own. Such a document has no
/// sections (GUIDE-wild §6); its questions and answers are read between the labels.
struct LabelledQuestions {
    let input: ParserInput

    /// "Vraag 3", "Vragen 3 en 4", "Antwoord 3", "Antwoord op vraag 3".
    static let label = TextPattern(#"^(Vra(?:ag|gen)|Antwoord(?: op vra(?:ag|gen))?)\s+(\d{1,3})(?:\s*(?:,|en|t/m|tot en met)\s*\d{1,3})*\s*[.:]?$"#)
    /// A question numbered bare, "3" alone on its line, in layouts that label only the answers.
    static let bareNumber = TextPattern(#"^(\d{1,3})[.)]?$"#)

    /// A label line: a question's or an answer's, and its number.
    struct Label {
        var isQuestion: Bool
        var number: Int
    }

    /// The label lines of the body, by index. Bare numbers count as question labels only in a
    /// document with answer labels and no "Vraag n" labels, and only while they run 1, 2, 3 …
    /// before the answers (a page number left in the text does not).
    private static func labels(in body: Body) -> [Int: Label] {
        var labels: [Int: Label] = [:]
        var bare: [(index: Int, number: Int)] = []
        for index in body.indices {
            let text = body[index].text
            if let match = label.firstMatch(in: text), let kind = match[1], let number = match[2].flatMap({ Int($0) }) {
                labels[index] = Label(isQuestion: kind.hasPrefix("Vra"), number: number)
            } else if let number = bareNumber.firstMatch(in: text)?[1].flatMap({ Int($0) }) {
                bare.append((index, number))
            }
        }
        let answers = labels.values.filter { !$0.isQuestion }
        guard !answers.isEmpty, !labels.values.contains(where: \.isQuestion),
              let firstAnswer = labels.keys.min() else { return labels }
        let leading = bare.filter { $0.index < firstAnswer }
        guard !leading.isEmpty, leading.map(\.number) == Array(1...leading.count) else { return labels }
        for item in leading { labels[item.index] = Label(isQuestion: true, number: item.number) }
        return labels
    }

    /// The labels, when the document has this layout: a question label followed later by an
    /// answer label.
    static func layout(of body: Body) -> [Int: Label]? {
        let found = labels(in: body)
        guard let firstQuestion = found.filter({ $0.value.isQuestion }).keys.min(),
              found.contains(where: { !$0.value.isQuestion && $0.key > firstQuestion }) else { return nil }
        return found
    }

    func parse(_ body: Body, labels: [Int: Label], into document: inout ParsedDocument) {
        let starts = labels.keys.sorted()
        let first = starts.first ?? body.count
        document.metadata = header(body.texts(0..<first))
        var blocks: [Block] = []
        var questions: [Question] = [], answers: [Answer] = []
        let builder = BlockBuilder(joiner: input.joiner)
        for (k, index) in starts.enumerated() {
            let label = labels[index]!
            let end = k + 1 < starts.count ? starts[k + 1] : body.count
            let lines = (index + 1..<end).map { BlockBuilder.Line(text: body[$0].text, source: body[$0].source) }
            let built = builder.build(lines, section: nil, turn: label.isQuestion ? .question(label.number) : .answer(label.number))
            let text = built.map(\.text).joined(separator: " ")
            let span = SourceSpan(start: body[index].location, end: body[max(index, end - 1)].location)
            if label.isQuestion {
                questions.append(Question(number: label.number, text: text, span: span))
            } else {
                answers.append(Answer(number: label.number, textStart: text.split(separator: " ").prefix(12).joined(separator: " "),
                                      text: text, span: span))
            }
            blocks += built
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

    /// The minister may go unnamed ("Vragen van de leden X en Y over Z (ingezonden …)").
    private static let asked = TextPattern(#"(Vra(?:ag|gen) van (?:het lid|de leden) (.+?)(?: aan de (.+?))? over .+?)\s*\(ingezonden"#)
    private static let sent = TextPattern(#"\(ingezonden ([^)]+)\)"#)
    private static let received = TextPattern(#"\(ontvangen ([^)]+)\)"#)
    private static let answeredBy = TextPattern(#"Antwoord van (?:de )?((?i:minister|staatssecretaris|minister-president))\s+(\p{Lu}[\p{L}'’ .-]+?)\s*(?:\(([^)]+)\))?\s*(?:,|\(ontvangen|mede namens)"#)
}
