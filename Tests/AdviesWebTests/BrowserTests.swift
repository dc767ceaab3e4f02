import Foundation
import TestSupport
import Testing
import WebDriver

/// The pages in a real headless Chromium (Debian's `chromium` and `chromium-driver`), driven
/// through chromedriver over `advies serve` on the corpus: search, a facet, a document, a
/// footnote, a trace, a BibTeX download read back with bibtexparser, and screenshots of every
/// page at a laptop's and a phone's size (in `.build/web-artefacts/`). Fails, not skips, when
/// Chromium is missing: `scripts/setup` installs it.
@Suite("Web app in a browser")
struct BrowserTests {
    static let pages: [(name: String, target: String)] = [
        ("home", "/"),
        ("search", "/search?q=leerwerkplek"),
        ("search-facet", "/search?q=leerwerkplek&in=recommendations"),
        ("documents", "/documents"),
        ("document", "/documents/drempels-wegwerken-duaal-leren"),
        ("document-recommendation", "/documents/drempels-wegwerken-duaal-leren#rec-16"),
        ("written-question", "/documents/schriftelijke-vraag-677"),
        ("recommendations", "/recommendations?council=RSO"),
        ("trace", "/trace?q=premie"),
        ("trace-rec", "/trace?rec=aanvullende-stagebonus%23rec-1"),
        ("graph", "/graph?around=drempels-wegwerken-duaal-leren&depth=1"),
        ("work", "/works/work:vlaamse-onderwijsraad-2017-10-12-advies-over-het-voorontwerp"),
        ("stats", "/stats"),
        ("not-found", "/documents/drempels-wegwerken"),
        ("bad-request", "/search?q=x&since=twenty"),
    ]

    @Test(.timeLimit(.minutes(10)))
    func journey() async throws {
        _ = try ChromeDriver.locate()  // one clear line when the packages are missing
        let artefacts = try artefactFolder()
        let run = try Repository.scratchDirectory("advies-browser")
        defer { try? FileManager.default.removeItem(at: run) }
        let downloads = run.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)

        _ = Fixture.knowledgeBase
        let server = try await ServeProcess.start()
        defer { server.stop() }
        let driver = try await ChromeDriver(lifetime: 1800)
        defer { driver.stop() }  // chromedriver and every Chromium process, also after a failure
        let session = try await driver.newSession(profile: run.appendingPathComponent("profile"), downloads: downloads)
        do {
            try await steps(session, base: server.url, downloads: downloads)
            try await screenshots(session, base: server.url, artefacts: artefacts)
        } catch {
            if let png = try? await session.screenshot() { try? png.write(to: artefacts.appendingPathComponent("failure.png")) }
            try? await session.delete()
            throw error
        }
        try await session.delete()
        print("web app screenshots in \(artefacts.path)")
    }

    func steps(_ s: WebDriverSession, base: URL, downloads: URL) async throws {
        try await s.setViewportSize(width: 1366, height: 768)
        // Search from the home page's form.
        try await s.navigate(to: base)
        try await s.type("premie", into: s.find("#q"))
        try await s.click(s.find("#go"))
        _ = try await s.waitForElement("#hits li")
        #expect(try await s.currentURL()?.query == "q=premie&in=&kind=&council=&since=&until=&addressee=")
        let all = try await s.text(s.find("#summary"))
        #expect(all.contains("matches for"), "\(all)")

        // A facet narrows the search, and says so in the URL.
        try await s.click(s.find("#facet-element a"))
        _ = try await waitFor("the facet's page") { try await s.currentURL()?.query?.contains("in=") == true ? true : nil }
        let narrowed = try await s.text(s.waitForElement("#summary"))
        #expect(narrowed != all, "\(narrowed)")
        #expect(try await s.findAll("#facet-element li.selected").count == 1)

        // Open a document from a hit, then follow a footnote marker to its note.
        try await s.navigate(to: URL(string: "\(base)/search?q=leerwerkplek&in=sections")!)
        try await s.click(s.waitForElement("#hits a.hit-title"))
        _ = try await s.waitForElement("#text")
        #expect(try await s.currentURL()?.path.hasPrefix("/documents/") == true)
        try await s.navigate(to: URL(string: "\(base)/documents/drempels-wegwerken-duaal-leren")!)
        let marker = try await s.waitForElement("sup.fn a")
        let note = try await s.property("hash", of: marker) as? String ?? ""
        try await s.click(marker)
        #expect(try await s.currentURL()?.fragment == String(note.dropFirst()))
        #expect(try await s.execute("return document.querySelector(':target').id") as? String == String(note.dropFirst()))
        #expect(try await s.execute("return document.querySelector(':target').tagName") as? String == "LI")

        // A trace: the timeline's marks link to their passages.
        try await s.navigate(to: URL(string: "\(base)/trace?q=premie")!)
        _ = try await s.waitForElement("#timeline svg")
        let marks = try await s.findAll("#timeline svg a[href^='#item-']")
        #expect(marks.count > 3)
        try await s.click(try #require(marks.last))
        let target = try await s.execute("return document.querySelector(':target') && document.querySelector(':target').id") as? String
        #expect(target?.hasPrefix("item-") == true)

        // Download the references of a document as BibTeX and read it back with bibtexparser.
        try await s.navigate(to: URL(string: "\(base)/documents/actieplan-duaal-leren")!)
        try await s.click(s.waitForElement("#references a.download.bibtex"))
        let file = downloads.appendingPathComponent("references-of-actieplan-duaal-leren.bib")
        let bibtex = try await waitFor("the BibTeX download", timeout: 15) { try? String(contentsOf: file, encoding: .utf8) }
        let entries = try #require(try CitationReaders.read("bibtex", bibtex) as? [[String: Any]], "bibtexparser: \(bibtex.prefix(500))")
        #expect(entries.count >= 10)
        #expect(entries.allSatisfy { ($0["fields"] as? [String: Any])?["title"] != nil })
    }

    /// Every page at 1366x768 and 390x844, none wider than the window (a figure scrolls in its frame).
    func screenshots(_ s: WebDriverSession, base: URL, artefacts: URL) async throws {
        for (width, height) in [(1366, 768), (390, 844)] {
            let viewport = try await s.setViewportSize(width: width, height: height)
            #expect(viewport == (width, height), "viewport \(viewport)")
            for page in Self.pages {
                try await s.navigate(to: URL(string: "\(base)\(page.target)")!)
                try await s.waitForPageLoad()
                let overflow = try await s.execute("return document.documentElement.scrollWidth - window.innerWidth") as? Int ?? -1
                #expect(overflow <= 0, "\(page.name) at \(width)px is \(overflow)px wider than the window")
                let png = try await s.screenshot()
                #expect(pngSize(png).map { $0 == (width, height) } == true)
                try png.write(to: artefacts.appendingPathComponent("\(page.name)-\(width)x\(height).png"))
            }
        }
    }
}
