import AdviesModel
import AdviesParser
import Testing

/// A short line in heading type is no heading when what stands beside or against it shows it
/// belongs to something else: a table's header row, a column of names, a form field, a word
/// broken at the line's end.
@Suite("Heading neighbours")
struct HeadingNeighbourTests {
    /// A page opening with a real heading, so the document has headings set in bold.
    static func opening(_ page: inout TypesetPage) {
        page.line("1 Inleiding", .heading)
        page.lines(Typeset.prose(page: 1))
        page.gap(14)
    }

    /// The opening, one candidate set by `set`, then a paragraph.
    static func titles(after set: (inout TypesetPage) -> Void) -> [String] {
        Typeset.parse { doc in
            doc.page { page in
                Self.opening(&page)
                set(&page)
                page.gap(14)
                page.lines(Typeset.prose(page: 2))
            }
        }.sections.map(\.title)
    }

    @Test("The bold header cells of a table row are no headings; the heading above the table is")
    func tableHeaderRow() {
        let titles = Self.titles { page in
            page.line("Overzicht van de maatregelen", .subheading)
            page.lines(Typeset.prose(page: 3, lines: 2))
            page.gap(14)
            page.columns([(72, "Maatregel"), (300, "Kostprijs"), (420, "Termijn")], .bold)
            page.columns([(72, "Extra begeleiders"), (300, "12 miljoen"), (420, "2025")])
            page.columns([(72, "Minder planlast"), (300, "2 miljoen"), (420, "2026")])
        }
        #expect(titles == ["Inleiding", "Overzicht van de maatregelen"])
    }

    @Test("A column of names in the headings' type, line under line, is no series of headings")
    func columnOfNames() {
        let titles = Self.titles { page in
            page.line("Samenstelling van de werkgroep", .subheading)
            page.gap(8)
            for name in ["Griet Vandenberghe", "Joris Mertens", "Amira El Khatib", "Pieter-Jan Claes"] {
                page.line(name, .bold)
            }
        }
        #expect(titles == ["Inleiding", "Samenstelling van de werkgroep"])
    }

    @Test("A label and its value a tab apart, in heading type, are a field, not a heading")
    func labelAndValue() {
        #expect(Self.titles { $0.row([(72, "Opgesteld door"), (220, "Afdeling Studie")], .bold) } == ["Inleiding"])
    }

    @Test("A bold line ending in a word broken across lines is no heading")
    func brokenWord() {
        #expect(Self.titles { $0.line("Verwachte kosten en opbrengsten per onder-", .bold) } == ["Inleiding"])
    }

    @Test("A heading and the subheading right under it, set differently, are both headings")
    func stillHeadings() {
        let document = Typeset.parse { doc in
            doc.page { page in
                Self.opening(&page)
                page.line("Deel A", .heading)
                page.line("Achtergrond van de vraag", .subheading)
                page.lines(Typeset.prose(page: 2))
            }
        }
        #expect(document.sections.map(\.title) == ["Inleiding", "Deel A", "Achtergrond van de vraag"])
    }
}
