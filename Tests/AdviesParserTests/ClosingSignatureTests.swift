import AdviesModel
import AdviesParser
import Testing

/// The closing of a Dutch state's letter or advice: an office ending in a comma, then within a
/// few lines the signer's initials and surname.
@Suite("Closing signature")
struct ClosingSignatureTests {
    static let opening = ["Datum 3 maart 2021", "Onderwerp Leerlingenvervoer",
                          "Hierbij stuur ik u mijn antwoord op de vragen over het leerlingenvervoer.", Fixture.filler]

    static func signatories(_ closing: [String]) -> [Signatory] {
        Fixture.parse([opening + closing]).metadata.signatories
    }

    @Test("An office line ending in a comma and a name in initials below it, after the space for the signature")
    func signature() {
        #expect(Self.signatories(["De Staatssecretaris van Financiën,", "", "", "Th.C. van der Berg"])
                == [Signatory(name: "Th.C. van der Berg", role: "Staatssecretaris van Financiën")])
        #expect(Self.signatories(["De vicepresident van de Raad van State,", "A.B. de Vries"])
                == [Signatory(name: "A.B. de Vries", role: "vicepresident van de Raad van State")])
        // Two offices signing together.
        #expect(Self.signatories(["De Minister van Onderwijs,", "J. Peeters", "De Minister van Financiën,", "K. Jansen"]).map(\.name)
                == ["J. Peeters", "K. Jansen"])
    }

    @Test("A Flemish office ('De Vlaamse minister van …,') over a full name")
    func flemishOffice() {
        #expect(Self.signatories(["De Vlaamse minister van Welzijn, Volksgezondheid en Gezin,", "", "Hilde Crevits"])
                == [Signatory(name: "Hilde Crevits", role: "Vlaamse minister van Welzijn, Volksgezondheid en Gezin")])
    }

    @Test("A closing formula over the name, the office on the line below it")
    func formulaNameOffice() {
        #expect(Self.signatories(["Met vriendelijke groeten,", "", "Koen Vandenberghe", "Vlaams minister van Cultuur"])
                == [Signatory(name: "Koen Vandenberghe", role: "Vlaams minister van Cultuur")])
        #expect(Self.signatories(["Hoogachtend,", "A. Claes", "directeur-generaal Onderwijs"])
                == [Signatory(name: "A. Claes", role: "directeur-generaal Onderwijs")])
        // A sentence under the name is no office.
        #expect(Self.signatories(["Met vriendelijke groeten,", "Koen Vandenberghe", "De minister antwoordt later nog."])
                == [Signatory(name: "Koen Vandenberghe", role: "")])
    }

    @Test("'Name, office' on lines of their own at the end sign it; a sentence with a comma does not")
    func nameCommaOffice() {
        #expect(Self.signatories(["Griet Vermeulen, voorzitter", "Tom Maes, secretaris"])
                == [Signatory(name: "Griet Vermeulen", role: "voorzitter"), Signatory(name: "Tom Maes", role: "secretaris")])
        #expect(Self.signatories(["Volgens Griet Vermeulen, voorzitter van de werkgroep, is dat nodig."]).isEmpty)
    }

    @Test("An office without the comma, a name too far below, or a sentence below is no signature")
    func notSignatures() {
        #expect(Self.signatories(["De Staatssecretaris van Financiën", "Th.C. van der Berg"]).isEmpty)
        #expect(Self.signatories(["De Staatssecretaris van Financiën,", "Met vriendelijke groet", "namens deze",
                                  "het hoofd van de directie", "Th.C. van der Berg"]).isEmpty)
        #expect(Self.signatories(["De minister van Onderwijs,", "zo blijkt uit de stukken, is bevoegd."]).isEmpty)
    }

    @Test("The closing's lines are no text and no heading")
    func claimed() {
        let document = Fixture.parse([Self.opening + ["De Staatssecretaris van Financiën,", "Th.C. van der Berg"]])
        #expect(!document.blocks.contains { $0.text.contains("Staatssecretaris") || $0.text.contains("van der Berg") })
        #expect(document.sections.isEmpty)
        #expect(document.kind == .letter)
        #expect(document.metadata.body == "Ministerie van Financiën")
    }
}
