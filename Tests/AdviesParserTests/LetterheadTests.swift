import AdviesModel
import AdviesParser
import Testing

/// Small type set wholly beside the text column (a letterhead's right column) is read for
/// the document's facts and never as its text.
@Suite("Letterhead column")
struct LetterheadTests {
    /// A ministry letter: the letterhead's column at x 430 in 7.5 pt, the text column from
    /// x 72 to about x 390.
    static func letter(inColumn extra: (inout TypesetPage) -> Void = { _ in }) -> ParsedDocument {
        Typeset.parse { doc in
            doc.page { page in
                let column = ["Ministerie van Onderwijs", "Directie Leerlingenzorg", "Postbus 16375", "2500 BJ Den Haag",
                              "", "Datum", "3 maart 2021", "Ons kenmerk", "2021-0042"]
                for (k, text) in column.enumerated() where !text.isEmpty {
                    page.place(text, .small, x: 430, baseline: 40 + 9 * Double(k))
                }
                page.gap(80)
                page.lines(["Geachte voorzitter,"])
                page.gap()
                page.lines(["Hierbij beantwoord ik de vragen over het leerlingenvervoer",
                            "in het buitengewoon onderwijs. Mijn ministerie heeft de",
                            "cijfers van de gemeenten verzameld en ik deel ze graag met",
                            "uw Kamer, zodat het debat op feiten kan steunen."])
                extra(&page)
                page.gap()
                page.lines(["De Minister van Onderwijs,"])
                page.gap(30)
                page.lines(["A.B. de Vries"])
            }
        }
    }

    static func text(_ document: ParsedDocument) -> String {
        document.blocks.map(\.text).joined(separator: " ")
    }

    @Test("Small type beside the text column is no text, and its fields are the document's date and reference")
    func factsNotText() {
        let document = Self.letter()
        let text = Self.text(document)
        for printed in ["Ministerie van Onderwijs", "Postbus", "Ons kenmerk", "2021-0042", "3 maart 2021"] {
            #expect(!text.contains(printed), "letterhead in the text: \(printed)")
        }
        #expect(document.sections.isEmpty)
        #expect(document.metadata.date == "2021-03-03")
        #expect(document.metadata.referenceNumber == "2021-0042")
        #expect(text.contains("Hierbij beantwoord ik de vragen"))
    }

    @Test("Small type inside the column, and text-size type beside it, stay text")
    func notLetterhead() {
        let document = Self.letter { page in
            page.gap()
            page.line("Tabel: aanvragen per gemeente, bron: departement, 2021.", .small)
            page.gap()
            page.line("Zie de bijlage.", indent: 358)
            page.lines(["Ik kom op de cijfers terug in de voortgangsbrief van het", "najaar, na overleg met de gemeenten."])
        }
        let text = Self.text(document)
        #expect(text.contains("Tabel: aanvragen per gemeente"))
        #expect(text.contains("Zie de bijlage."))
    }

    @Test("A letter whose fields stand in its letterhead is a letter")
    func kindFromLetterhead() {
        // The kind is told from the body's lines only; the letterhead's fields never count.
        #expect(Self.letter().kind == .letter)
    }
}
