import AdviesModel
import AdviesParser
import Testing

@Suite("Written questions and tables")
struct WrittenQuestionFixtureTests {
    static let document = Fixture.parse([[
        "SCHRIFTELIJKE VRAAG", "nr. 12", "van JAN JANSSENS", "datum: 3 maart 2024", "aan AN PEETERS",
        "VLAAMS MINISTER VAN ONDERWIJS EN SPORT", "Leerlingen  -  per provincie",
        "Het aantal leerlingen in het deeltijds onderwijs schommelt al jaren en dat roept vragen op bij de scholen.",
        "1. Hoeveel leerlingen telt elke provincie in het", "schooljaar 2023-2024?",
        "2. Hoe evalueert de minister die cijfers?",
        "AN PEETERS", "VLAAMS MINISTER VAN ONDERWIJS EN SPORT", "ANTWOORD", "op vraag nr. 12 van 3 maart 2024",
        "1. Hieronder vindt u de cijfers per provincie, zoals de administratie ze heeft verzameld voor de",
        "twee laatste schooljaren van het deeltijds beroepssecundair onderwijs in Vlaanderen.",
        "a) Leerlingen per provincie", "Aantal leerlingen", "per provincie", "2022-", "2023", "2023-", "2024*",
        "Provincie Antwerpen 1.100 200", "Provincie Oost-", "Vlaanderen met een lange naam", "300 400",
        "*Voorlopige cijfers, het", "schooljaar loopt nog.",
        "2. De cijfers tonen een stijging die de minister toeschrijft aan de betere oriëntering van de leerlingen.",
        "ACHTERGROND:", "- Jaarrapport van het departement over het schooljaar 2022-2023.",
    ]])

    @Test func header() {
        let m = Self.document.metadata
        #expect(Self.document.kind == .writtenQuestion)
        #expect(m.questionNumber == "12")
        #expect(m.askedBy == "Jan Janssens")
        #expect(m.questionDate == "2024-03-03")
        #expect(m.addressedTo == "An Peeters, Vlaams minister van Onderwijs en Sport")
        #expect(m.title == "Leerlingen - per provincie")
        #expect(m.signatories == [Signatory(name: "An Peeters", role: "Vlaams minister van Onderwijs en Sport")])
    }

    @Test func questionsAndAnswers() {
        #expect(Self.document.questions.map(\.number) == [1, 2])
        #expect(Self.document.questions.first?.text == "Hoeveel leerlingen telt elke provincie in het schooljaar 2023-2024?")
        #expect(Self.document.answers.map(\.number) == [1, 2])
        #expect(Self.document.answers.first?.textStart == "Hieronder vindt u de cijfers per provincie, zoals de administratie ze heeft")
        #expect(Self.document.sections.map { $0.number ?? $0.title } == ["Q", "Q.1", "Q.2", "A", "A.1", "A.1.a", "A.2", "ACHTERGROND"])
    }

    @Test("Column headers and row labels that wrap are joined; notes kept")
    func table() throws {
        let table = try #require(Self.document.answers.first?.tables.first)
        #expect(table.label == "a")
        #expect(table.caption == "Leerlingen per provincie")
        #expect(table.rowHeader == "Aantal leerlingen per provincie")
        #expect(table.columns == ["2022-2023", "2023-2024*"])
        #expect(table.rows == [DataTable.Row(label: "Provincie Antwerpen", values: [1100, 200]),
                               DataTable.Row(label: "Provincie Oost-Vlaanderen met een lange naam", values: [300, 400])])
        #expect(table.notes == ["*Voorlopige cijfers, het schooljaar loopt nog."])
        #expect(table.section.flatMap { Self.document[section: $0]?.number } == "A.1.a")
    }

    @Test("Blocks know the question or answer they belong to; answers are nodes, not section labels")
    func turns() {
        let answerBlocks = Self.document.blocks.filter { $0.turn == .answer(1) }
        #expect(!answerBlocks.isEmpty)
        #expect(answerBlocks.first?.text.hasPrefix("Hieronder vindt u de cijfers") == true)
        #expect(Self.document.blocks.contains { $0.turn == .question(1) })
        let background = Self.document.sections.last { $0.title == "ACHTERGROND" }?.id
        #expect(Self.document.blocks.filter { $0.section == background }.allSatisfy { $0.turn == nil })
    }

    @Test("'nr. 12 van 3 maart 2024', or the day on a 'van' line of its own, is the day the question was asked")
    func dateBesideNumber() {
        for header in [["SCHRIFTELIJKE VRAAG", "nr. 12 van 3 maart 2024", "van JAN JANSSENS"],
                       ["SCHRIFTELIJKE VRAAG", "nr. 12", "van 3 maart 2024", "van JAN JANSSENS"]] {
            let document = Fixture.parse([header + [
                "aan AN PEETERS", "VLAAMS MINISTER VAN ONDERWIJS EN SPORT", "Leerlingenvervoer",
                "Het leerlingenvervoer kampt al jaren met lange ritten voor de kinderen.",
                "1. Hoeveel leerlingen hebben een lange rit?",
                "ANTWOORD", "op vraag nr. 12 van 3 maart 2024",
                "1. Het zijn er ongeveer 1.200.",
            ]])
            #expect(document.metadata.questionDate == "2024-03-03", "\(header)")
            #expect(document.metadata.askedBy == "Jan Janssens", "\(header)")
            #expect(document.metadata.questionNumber == "12", "\(header)")
        }
    }
}
