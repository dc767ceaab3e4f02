import AdviesModel
import AdviesParser
import Testing

/// The kind of a document from its own apparatus (GUIDE-wild §1), in the detector's order.
@Suite("Document kind")
struct KindDetectorTests {
    static func kind(_ lines: [String]) -> DocumentKind {
        Fixture.parse([lines]).kind
    }

    static let prose = "Het nieuwe stelsel gaat in op 1 september en geldt voor alle scholen in het land."

    @Test("A question header among the first lines is a written question; the same words deep in a text cite one")
    func questionHeader() {
        #expect(Self.kind(["Vraag om uitleg", "van Jan Peeters", "aan de minister van Onderwijs", Self.prose]) == .writtenQuestion)
        let deep = ["1 Aanleiding"] + Array(repeating: Self.prose, count: 16)
            + ["Schriftelijke vraag nr. 12 van 3 maart 2024 stelde dezelfde vraag.", "2 Standpunt", Self.prose]
        #expect(Self.kind(deep) == .advisory)
    }

    @Test("A parliament's answer to a numbered question, without its header, is a written question")
    func answerToNumberedQuestion() {
        #expect(Self.kind(["ANTWOORD", "op vraag nr. 31 van 4 mei 2023", "van BART DE SMET",
                           "1. Het aantal aanvragen steeg in alle provincies."]) == .writtenQuestion)
        #expect(Self.kind(["Antwoord", "De minister gaf geen antwoord op de vraag.", Self.prose]) != .writtenQuestion)
    }

    @Test("Questions of a member to a minister, sent in and answered by number, are a written question")
    func tweedeKamer() {
        let header = "Vragen van het lid Van Dam (CDA) aan de Minister van Onderwijs over de schoolbus (ingezonden 2 maart 2022)."
        #expect(Self.kind([header, "Vraag 1", "Kent u het bericht?", "Antwoord 1", "Ja."]) == .writtenQuestion)
        // The header without answers is a letter's subject or a quotation, not a question.
        #expect(Self.kind([header, "Vraag 1", "Kent u het bericht?", Self.prose]) != .writtenQuestion)
    }

    @Test("A text that calls itself an advice twice, more than a report, is an advisory")
    func advisorySelf() {
        #expect(Self.kind(["Dit advies gaat over het leerlingenvervoer.", "De minister adviseert de scholen."]) == .advisory)
        #expect(Self.kind(["Dit rapport beschrijft het leerlingenvervoer.", "Dit rapport steunt op cijfers.",
                           "Ons advies volgt later."]) == .report)
    }

    @Test("Letter fields, a closing formula and the first person make a letter; without the first person it is none")
    func letter() {
        let fields = ["Datum 3 maart 2021", "Onderwerp Leerlingenvervoer", "Ons kenmerk 2021-0042"]
        let closing = ["De Minister van Onderwijs,", "A.B. de Vries"]
        #expect(Self.kind(fields + ["Hierbij stuur ik u mijn antwoord op de vragen over het vervoer.", Self.prose] + closing)
                == .letter)
        #expect(Self.kind(fields + ["Het antwoord op de vragen over het vervoer volgt hieronder.", Self.prose] + closing)
                == .unknown)
        #expect(Self.kind(fields + ["Hierbij stuur ik u mijn antwoord op de vragen over het vervoer.", Self.prose])
                == .unknown)
    }

    @Test("A minister's office whose name holds commas is a closing formula too")
    func closingWithCommas() {
        let letter = ["Datum 3 maart 2021", "Onderwerp Leerlingenvervoer",
                      "Hierbij stuur ik u mijn antwoord op de vragen over het vervoer.", Self.prose,
                      "De Minister van Volksgezondheid, Welzijn en Sport,", "A.B. de Vries"]
        #expect(Self.kind(letter) == .letter)
    }

    @Test("A memo's label over two of its fields makes a note; the label alone does not")
    func note() {
        #expect(Self.kind(["Notitie", "Aan: directieteam", "Van: afdeling leerlingenzorg", "Datum: 3 maart 2021",
                           Self.prose]) == .note)
        #expect(Self.kind(["Notitie", "Datum: 3 maart 2021", Self.prose]) == .unknown)
    }

    @Test("A salutation stands in for the first person: fields, 'Geachte …,' and a closing formula make a letter")
    func salutation() {
        let fields = ["Datum 3 maart 2021", "Betreft: leerlingenvervoer"]
        let text = ["Geachte voorzitter,", "Graag ontvangen we uw reactie op het plan voor het vervoer.", Self.prose]
        #expect(Self.kind(fields + text + ["Met vriendelijke groeten,", "Jan Peeters"]) == .letter)
        #expect(Self.kind(fields + text) == .unknown)
    }

    @Test("A memo label naming its addressee counts as one of its fields")
    func addressedNote() {
        #expect(Self.kind(["NOTA AAN DE VLAAMSE REGERING", "Betreft: het leerlingenvervoer", Self.prose]) == .note)
        #expect(Self.kind(["NOTA", "Betreft: het leerlingenvervoer", Self.prose]) == .unknown)
    }

    @Test("A text that calls itself a report, study or evaluation more than an advice is a report")
    func report() {
        #expect(Self.kind(["Deze evaluatie bekijkt het leerlingenvervoer.", Self.prose]) == .report)
        #expect(Self.kind(["Deze studie bekijkt het leerlingenvervoer.", Self.prose]) == .report)
        #expect(Self.kind(["De evaluatie van het leerlingenvervoer volgt later.", Self.prose]) == .unknown)
    }

    @Test("Numbered sections or a council named make a weak advisory")
    func weakAdvisory() {
        #expect(Self.kind(["1 Aanleiding", Self.prose, "2 Standpunt", Self.prose]) == .advisory)
        #expect(Self.kind(["De Vlor bekeek het leerlingenvervoer.", Self.prose]) == .advisory)
        #expect(Self.kind(["1 Aanleiding", Self.prose, Self.prose]) == .unknown)
    }

    @Test("A document with none of these is of no kind, and says so")
    func noKind() {
        let document = Fixture.parse([["Het leerlingenvervoer", Self.prose, "Ouders krijgen vooraf een brief."]])
        #expect(document.kind == .unknown)
        #expect(document.diagnostics.contains { $0.code == .unknownKind })
        #expect(!Fixture.parse([["1 Aanleiding", Self.prose, "2 Standpunt", Self.prose]]).diagnostics
            .contains { $0.code == .unknownKind })
    }
}
