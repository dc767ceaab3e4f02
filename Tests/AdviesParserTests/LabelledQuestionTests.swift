import AdviesModel
import AdviesParser
import Testing

/// Written questions in the Dutch parliament's layout: the header's grammar, then "Vraag n"
/// and "Antwoord n" labels, each on a line of its own.
@Suite("Labelled questions and answers")
struct LabelledQuestionTests {
    static let header = [
        "Tweede Kamer der Staten-Generaal",
        "2022Z04417",
        "Vragen van het lid Van Dam (CDA) aan de Minister van Onderwijs, Cultuur en Wetenschap over",
        "de wachttijden voor het leerlingenvervoer (ingezonden 2 maart 2022).",
        "Antwoord van Minister Verhoeven (Onderwijs, Cultuur en Wetenschap) (ontvangen 30 maart 2022).",
    ]

    static let document = Fixture.parse([header + [
        "Vraag 1",
        "Kent u het bericht dat kinderen in het speciaal onderwijs soms twee uur per dag in",
        "de schoolbus zitten?",
        "Antwoord 1",
        "Ja, dat bericht ken ik.",
        "Vragen 2 en 3",
        "Hoeveel gemeenten halen de norm niet? Wat gaat u daaraan doen?",
        "Antwoord op vraag 2 en 3",
        "Vraag 2 en 3 hangen samen. Ik vraag de gemeenten om hun cijfers en bespreek die met",
        "de vervoerders.",
    ]])

    @Test("The header names member, minister, subject, and the dates sent and answered")
    func header() {
        let m = Self.document.metadata
        #expect(Self.document.kind == .writtenQuestion)
        #expect(m.askedBy == "Van Dam (CDA)")
        #expect(m.addressedTo == "Minister van Onderwijs, Cultuur en Wetenschap")
        #expect(m.title?.hasSuffix("over de wachttijden voor het leerlingenvervoer") == true)
        #expect(m.questionDate == "2022-03-02")
        #expect(m.answerDate == "2022-03-30")
        #expect(m.date == "2022-03-02")
        #expect(m.signatories == [Signatory(name: "Verhoeven", role: "Minister van Onderwijs, Cultuur en Wetenschap")])
        #expect(m.body == "Tweede Kamer der Staten-Generaal")
    }

    @Test("Each label opens a question or an answer; a label of two numbers is one turn; labels are no sections")
    func turns() {
        #expect(Self.document.questions.map(\.number) == [1, 2])
        #expect(Self.document.answers.map(\.number) == [1, 2])
        #expect(Self.document.questions.first?.text
                == "Kent u het bericht dat kinderen in het speciaal onderwijs soms twee uur per dag in de schoolbus zitten?")
        #expect(Self.document.answers.first?.text == "Ja, dat bericht ken ik.")
        #expect(Self.document.sections.isEmpty)
        #expect(Self.document.blocks.contains { $0.turn == .answer(1) && $0.text == "Ja, dat bericht ken ik." })
    }

    @Test("A sentence opening with 'Vraag 2' is the answer's text, not a label")
    func sentenceIsNoLabel() {
        #expect(Self.document.answers.last?.text
                == "Vraag 2 en 3 hangen samen. Ik vraag de gemeenten om hun cijfers en bespreek die met de vervoerders.")
    }

    @Test("Without '(ingezonden …)' the header names nobody; without '(ontvangen …)' no answer date")
    func headerGrammar() {
        let document = Fixture.parse([[
            "Vragen van het lid Van Dam (CDA) aan de Minister van Onderwijs over de schoolbus.",
            "Vraag 1", "Kent u het bericht?", "Antwoord 1", "Ja.",
        ]])
        #expect(document.metadata.askedBy == nil)
        #expect(document.metadata.answerDate == nil)
        #expect(document.metadata.questionDate == nil)
    }

    @Test("Question labels without an answer label after them are no labelled questions")
    func questionsOnly() {
        let document = Fixture.parse([[
            "1 Aanleiding", "De minister legde de raad twee vragen voor.", "Vraag 1", "Hoeveel scholen doen mee?",
            "Vraag 2", "Wat kost het vervoer?", "2 Advies", "De raad vraagt de minister om meer middelen.",
        ]])
        #expect(document.kind == .advisory)
        #expect(document.questions.isEmpty)
    }

    @Test("Questions numbered bare ('1.') before 'Antwoord op vraag n'; a header naming no minister")
    func bareNumbers() {
        let document = Fixture.parse([[
            "Vragen van de leden Peeters en De Groot over de bijscholing van leraren (ingezonden 8 mei 2023).",
            "1.", "Hoeveel leraren volgden vorig jaar een bijscholing?",
            "2.", "Hoeveel kost die bijscholing per leraar?",
            "Antwoord op vraag 1", "Ongeveer 40.000 leraren.",
            "Antwoord op vraag 2", "Gemiddeld 600 euro.",
        ]])
        #expect(document.kind == .writtenQuestion)
        #expect(document.questions.map(\.number) == [1, 2])
        #expect(document.answers.map(\.text) == ["Ongeveer 40.000 leraren.", "Gemiddeld 600 euro."])
        #expect(document.metadata.askedBy == "Peeters en De Groot")
        #expect(document.metadata.addressedTo == nil)
        #expect(document.metadata.questionDate == "2023-05-08")
    }

    @Test("Bare numbers out of step, or beside 'Vraag n' labels, are no question labels")
    func bareNumbersOutOfStep() {
        let document = Fixture.parse([[
            "Vragen van het lid Peeters aan de Minister van Onderwijs over de bijscholing (ingezonden 8 mei 2023).",
            "Vraag 1", "Hoeveel leraren volgden een bijscholing?", "3.", "Antwoord 1", "Ongeveer 40.000.",
        ]])
        #expect(document.questions.map(\.number) == [1])
        #expect(document.questions.first?.text == "Hoeveel leraren volgden een bijscholing? 3.")
    }

    @Test("'Antwoord van minister …' names the minister whatever the capital")
    func ministerInLowerCase() {
        let document = Fixture.parse([[
            "Vragen van het lid Peeters aan de minister van Onderwijs over de bijscholing (ingezonden 8 mei 2023).",
            "Antwoord van minister Arslan (Onderwijs) (ontvangen 1 juni 2023).",
            "Vraag 1", "Hoeveel leraren volgden een bijscholing?", "Antwoord 1", "Ongeveer 40.000.",
        ]])
        #expect(document.metadata.signatories == [Signatory(name: "Arslan", role: "minister van Onderwijs")])
        #expect(document.metadata.answerDate == "2023-06-01")
    }
}
