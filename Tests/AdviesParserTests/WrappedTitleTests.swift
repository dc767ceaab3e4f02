import AdviesModel
import AdviesParser
import Testing

/// A title that wraps: the next line set like it, aligned with its text, under a line that
/// fills most of the measure; or a short lower-case tail in any type.
@Suite("Wrapped titles")
struct WrappedTitleTests {
    static let first = "Het vervoer van leerlingen met een beperking naar de"

    /// Sections 1 and 2; the title of 2 is `first` (at a tab after its number) over `next`.
    static func titles(next: String, style: TypesetStyle = .subheading, x: Double = 100,
                       first: String = WrappedTitleTests.first) -> [String] {
        Typeset.parse { doc in
            doc.page { page in
                page.row([(72, "1"), (100, "Aanleiding")], .subheading)
                page.lines(Typeset.prose(page: 0))
                page.gap(12)
                page.row([(72, "2"), (100, first)], .subheading)
                page.line(next, style, indent: x - Typeset.left)
                page.lines(Typeset.prose(page: 1))
            }
        }.sections.map(\.title)
    }

    @Test("The next line in the title's style, starting where its text does, carries the title on")
    func continued() {
        #expect(Self.titles(next: "Scholen voor buitengewoon onderwijs")
                == ["Aanleiding", "Het vervoer van leerlingen met een beperking naar de Scholen voor buitengewoon onderwijs"])
    }

    @Test("A next line in another style, under the number instead of the text, or under a short title, is not the title's")
    func notContinued() {
        let bodyType = Self.titles(next: "Scholen voor buitengewoon onderwijs kampen met lange ritten", style: .body)
        #expect(bodyType.last == Self.first)
        let underNumber = Self.titles(next: "Scholen voor buitengewoon onderwijs", x: 72)
        #expect(underNumber.dropFirst().first == Self.first)
        let short = Self.titles(next: "Scholen voor buitengewoon onderwijs", first: "Het vervoer")
        #expect(short.dropFirst().first == "Het vervoer")
    }

    @Test("A short lower-case tail carries a title on whatever its type; a line ending a sentence does not")
    func lowerCaseTail() {
        #expect(Self.titles(next: "buitengewoon onderwijs", style: .body).last == Self.first + " buitengewoon onderwijs")
        #expect(Self.titles(next: "scholen.", style: .body).last == Self.first)
    }
}
