import AdviesText
import Testing

/// The hyphen at a line break kept or dropped on the document's own evidence (GUIDE.md §2).
@Suite("Hyphenated line breaks")
struct LineJoinerTests {
    static func join(_ lines: [String], seen: [String] = []) -> String {
        LineJoiner(vocabulary: Vocabulary(lines: seen + lines)).join(lines)
    }

    @Test("A compound the document writes hyphenated inside a line keeps its hyphen; without that evidence it is one word")
    func compounds() {
        #expect(Self.join(["hun sociaal-", "economische positie"], seen: ["de sociaal-economische achtergrond"])
                == "hun sociaal-economische positie")
        #expect(Self.join(["hun sociaal-", "economische positie"]) == "hun sociaaleconomische positie")
    }

    @Test("A first part the document writes in capitals is an acronym and keeps the hyphen; otherwise it is a word break")
    func acronyms() {
        #expect(Self.join(["de cvo-", "cursisten"], seen: ["het CVO en de scholen"]) == "de cvo-cursisten")
        #expect(Self.join(["de cvo-", "cursisten"]) == "de cvocursisten")
    }

    @Test("A word the document writes whole drops the hyphen, before all else; a capital on either side keeps it")
    func wholeWords() {
        #expect(Self.join(["de leer-", "lingen"], seen: ["alle leerlingen"]) == "de leerlingen")
        #expect(Self.join(["in Noord-", "Brabant en Limburg"]) == "in Noord-Brabant en Limburg")
        #expect(Self.join(["de Oost-", "europese landen"]) == "de Oost-europese landen")
        #expect(Self.join(["de Vlaams-", "nationale partij"], seen: ["een vlaamsnationale reflex"]) == "de Vlaamsnationale partij")
    }

    @Test("A hyphen not right after a letter or digit is a dash, joined with a space")
    func dashes() {
        #expect(Self.join(["de scholen –", "en de ouders"]) == "de scholen – en de ouders")
        #expect(Self.join(["de scholen (-", "ouders)"]) == "de scholen (- ouders)")
    }
}
