import AdviesModel
import AdviesParser
import Testing

/// Every distinct URL a document prints or links to: a printed address broken across lines
/// is the link's own when the link over it names it in full; bare domains count in prose,
/// but not inside an e-mail address or as the label of an address printed in full.
@Suite("URLs")
struct URLCollectorTests {
    static let uri = "https://www.onderwijsinspectie.be/nl/verslagen/leerlingenvervoer-2021"

    /// A note printing the inspectorate's address broken after "leerlingen-", a link over
    /// each printed piece (or over `linked` on the first line) to `target`.
    static func document(target: String = URLCollectorTests.uri, linked: String? = nil) -> ParsedDocument {
        Typeset.parse { doc in
            doc.page { page in
                page.line("De inspectie beschreef de wachttijden in haar verslag.^1")
                page.lines(Typeset.prose(page: 1))
                page.notes(["1 Onderwijsinspectie (2021), Verslag, https://www.onderwijsinspectie.be/nl/verslagen/leerlingen-",
                            "vervoer-2021"])
                let first = page.lines.count - 2
                page.link(target, on: first, text: linked ?? "https://www.onderwijsinspectie.be/nl/verslagen/leerlingen-")
                page.link(target, on: first + 1, text: "vervoer-2021")
            }
        }
    }

    @Test("A printed URL broken across lines is the address the link over it names in full")
    func brokenURL() {
        let document = Self.document()
        #expect(document.urls.map(\.url) == [Self.uri])
        #expect(document.urls.first?.footnote == 1)
        #expect(document.footnotes.first?.urls == [Self.uri])
    }

    @Test("A link that names another address, or sits on words that are not the URL, leaves the printed URL as printed")
    func otherLinks() {
        let printed = "https://www.onderwijsinspectie.be/nl/verslagen/leerlingen-vervoer-2021"
        let elsewhere = Self.document(target: "https://www.vlaanderen.be/leerlingenvervoer")
        #expect(elsewhere.urls.map(\.url).contains(printed))
        let onWords = Self.document(linked: "Onderwijsinspectie (2021)")
        #expect(onWords.urls.map(\.url).contains(printed))
    }

    static func urls(_ line: String) -> [String] {
        Fixture.parse([["1 Advies", line, Fixture.filler]]).urls.map(\.url)
    }

    @Test("A bare domain in prose is a URL; inside an e-mail address or an address with a path it is not one of its own")
    func bareDomains() {
        #expect(Self.urls("Ouders vinden de regels op schoolvervoer.be en in de brochure.") == ["schoolvervoer.be"])
        #expect(Self.urls("Vragen kunnen naar info@schoolvervoer.be of naar de school.").isEmpty)
        #expect(Self.urls("De regels staan op https://www.schoolvervoer.be/ouders en in de brochure.")
                == ["https://www.schoolvervoer.be/ouders"])
        #expect(Self.urls("De cijfers staan in overzicht-2021.xlsx en in nota.pdf bij dit advies.").isEmpty)
    }

    @Test("A file name whose first parts look like a domain is no URL")
    func fileName() {
        #expect(Self.urls("De cijfers per gemeente staan in het bestand ritten.nl.xlsx bij dit advies.").isEmpty)
    }

    @Test("A bare domain that labels an address printed in full is that address's label; another site's domain stays")
    func labels() {
        #expect(Self.urls("Meer uitleg staat op de portaalsite (vlaanderen.be): https://www.vlaanderen.be/leerlingenvervoer")
                == ["https://www.vlaanderen.be/leerlingenvervoer"])
        #expect(Set(Self.urls("Zie ook schoolvervoer.be en https://www.vlaanderen.be/leerlingenvervoer voor de regels."))
                == ["schoolvervoer.be", "https://www.vlaanderen.be/leerlingenvervoer"])
    }
}
