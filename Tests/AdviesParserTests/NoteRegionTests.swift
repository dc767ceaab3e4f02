import Foundation
import AdviesModel
import AdviesParser
import Testing

/// Where a typeset page's notes are: the run of small type at its bottom, opening with the
/// next note number whose marker stands above; a note runs on to the next page only in its
/// own type.
@Suite("Note regions")
struct NoteRegionTests {
    static func text(_ document: ParsedDocument) -> String {
        document.blocks.map(\.text).joined(separator: " ")
    }

    @Test("The small type at the page bottom holds the notes, as the rule of a text export does")
    func smallTypeAtTheBottom() throws {
        let typeset = Typeset.parse { doc in
            doc.page { page in
                page.line("De raad vraagt de minister om de middelen voor het leerlingenvervoer te verhogen.^1")
                page.lines(Typeset.prose(page: 1))
                page.notes(["1 Zie het jaarverslag van het departement over het schooljaar", "2020-2021."])
            }
        }
        let exported = Fixture.parse([[
            "De raad vraagt de minister om de middelen voor het leerlingenvervoer te verhogen.1",
        ] + Typeset.prose(page: 1) + ["---", "1 Zie het jaarverslag van het departement over het schooljaar", "2020-2021."]])
        for document in [typeset, exported] {
            let note = try #require(document.footnotes.first)
            #expect(document.footnotes.count == 1)
            #expect(note.text == "Zie het jaarverslag van het departement over het schooljaar 2020-2021.")
            #expect(note.markerContext == "om de middelen voor het leerlingenvervoer te verhogen.")
            #expect(!Self.text(document).contains("jaarverslag"))
        }
    }

    @Test("Small type with no marker for it, or with body type below it, is no note")
    func notNotes() {
        let unmarked = Typeset.parse { doc in
            doc.page { page in
                page.line("De raad vraagt de minister om de middelen voor het leerlingenvervoer te verhogen.")
                page.lines(Typeset.prose(page: 1))
                page.notes(["1 Ritten per dag, volgens het departement onderwijs."])
            }
        }
        #expect(unmarked.footnotes.isEmpty)
        #expect(Self.text(unmarked).contains("volgens het departement onderwijs"))
        let midPage = Typeset.parse { doc in
            doc.page { page in
                page.line("De raad vraagt de minister om de middelen voor het leerlingenvervoer te verhogen.^1")
                page.line("1 Bron: departement onderwijs, bewerking door de raad.", .footnote)
                page.gap()
                page.lines(Typeset.prose(page: 1))
            }
        }
        #expect(midPage.footnotes.isEmpty)
        #expect(Self.text(midPage).contains("Bron: departement onderwijs"))
    }

    /// A note broken off at the bottom of page 1; page 2 has body text, then `next` in small
    /// type at its bottom, then note 2.
    static func twoPages(_ next: [String], _ style: TypesetStyle = .footnote) -> ParsedDocument {
        Typeset.parse { doc in
            doc.page { page in
                page.line("De aanvragen voor aangepast vervoer stegen sterk in de grote steden.^1")
                page.lines(Typeset.prose(page: 1))
                page.notes(["1 Het departement telde in dat schooljaar meer aanvragen dan ooit, vooral in de"])
            }
            doc.page { page in
                page.lines(Typeset.prose(page: 2))
                page.line("Ook de kostprijs per rit nam toe, zo blijkt uit de cijfers.^2")
                page.notes(next, style)
                page.place("2 Cijfers van de vervoerders, verzameld door de raad.", .footnote, baseline: Typeset.bottom + 9.6)
            }
        }
    }

    @Test("Small type opening the next page's notes continues the last note when set in its family and size")
    func continuedNote() {
        let document = Self.twoPages(["grote steden en in de randgemeenten."])
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(document.footnotes.first?.text
                == "Het departement telde in dat schooljaar meer aanvragen dan ooit, vooral in de grote steden en in de randgemeenten.")
        #expect(!Self.text(document).contains("randgemeenten"))
    }

    @Test("Small type in another size or family on the next page is not part of the note", arguments: [
        TypesetStyle.footnote.sized(7), TypesetStyle.footnote.font("TimesNewRomanPS"),
    ])
    func smallTypeTable(_ style: TypesetStyle) {
        let document = Self.twoPages(["Provincie   Aanvragen   Ritten", "Antwerpen   1.240   3.100"], style)
        #expect(document.footnotes.first?.text == "Het departement telde in dat schooljaar meer aanvragen dan ooit, vooral in de")
        #expect(!(document.footnotes.first?.text.contains("Provincie") ?? true))
    }

    @Test("A page of nothing but small type continues a note only when the note broke off mid-sentence")
    func smallTypePage() {
        func document(lastLine: String) -> ParsedDocument {
            Typeset.parse { doc in
                doc.page { page in
                    page.line("De aanvragen voor aangepast vervoer stegen sterk in de grote steden.^1")
                    page.lines(Typeset.prose(page: 1))
                    page.notes(["1 Het departement telde in dat schooljaar meer aanvragen dan ooit,", lastLine])
                }
                doc.page { page in
                    page.lines(["en dat in alle provincies, zo blijkt uit de jaarlijkse telling van de centra",
                                "die het vervoer aanvragen voor hun leerlingen."], .footnote)
                }
            }
        }
        let broken = document(lastLine: "vooral in de grote steden")
        #expect(broken.footnotes.first?.text.hasSuffix("voor hun leerlingen.") == true)
        let finished = document(lastLine: "vooral in de grote steden.")
        #expect(finished.footnotes.first?.text.hasSuffix("vooral in de grote steden.") == true)
    }

    @Test("A URL line in the notes' type is the note's text; a URL line in body type after the notes is not")
    func urlLines() throws {
        let document = Typeset.parse { doc in
            doc.page { page in
                page.line("De inspectie beschreef de knelpunten in haar verslag.^1")
                page.lines(Typeset.prose(page: 1))
                page.notes(["1 Onderwijsinspectie, Verslag over het leerlingenvervoer, 2021, online op",
                            "https://www.onderwijsinspectie.be/verslag-leerlingenvervoer-2021"])
                page.place("https://www.vlor.be/adviezen", baseline: Typeset.bottom + 16)
            }
        }
        let note = try #require(document.footnotes.first)
        #expect(note.text.hasSuffix("online op https://www.onderwijsinspectie.be/verslag-leerlingenvervoer-2021"))
        #expect(note.urls.contains("https://www.onderwijsinspectie.be/verslag-leerlingenvervoer-2021"))
        #expect(!note.text.contains("vlor.be"))
        #expect(document.urls.map(\.url).contains("https://www.vlor.be/adviezen"))
    }
}
