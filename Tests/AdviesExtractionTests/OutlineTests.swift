import AdviesModel
import AdviesExtraction
import Foundation
import Testing
import TestSupport

/// A PDF's bookmarks come through extraction with their depth, page and height; a PDF
/// without them has none.
@Suite("PDF outline")
struct OutlineTests {
    static func write(_ bookmarks: [PDFWriter.Bookmark]) throws -> URL {
        let folder = try Repository.scratchDirectory("advies-outline")
        let url = folder.appendingPathComponent("outline.pdf")
        let page = { (title: String) in
            PDFWriter.Page(lines: [PDFWriter.Line(x: 56, y: 100, runs: [PDFWriter.Run(title, size: 10)]),
                                   PDFWriter.Line(x: 56, y: 300, runs: [PDFWriter.Run("Verdere tekst van de nota.", size: 10)])])
        }
        try PDFWriter().write([page("Inleiding"), page("Standpunt van de raad")], title: "Nota", outline: bookmarks, to: url)
        return url
    }

    @Test("Entries with their level, page and height from the top")
    func entries() throws {
        let url = try Self.write([
            PDFWriter.Bookmark(title: "1 Inleiding", level: 1, page: 1, y: 100),
            PDFWriter.Bookmark(title: "1.1 Aanleiding", level: 2, page: 1, y: 300),
            PDFWriter.Bookmark(title: "2 Standpunt van de raad", level: 1, page: 2, y: 100),
        ])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let outline = try PDFExtractor().extract(url).outline
        #expect(outline.map(\.title) == ["1 Inleiding", "1.1 Aanleiding", "2 Standpunt van de raad"])
        #expect(outline.map(\.level) == [1, 2, 1])
        #expect(outline.map(\.page) == [1, 1, 2])
        // The writer points a bookmark a little above its line; the height is top-down.
        let tops = outline.compactMap(\.top)
        #expect(tops.count == 3)
        #expect(tops[0] < tops[1] && abs(tops[0] - 88) < 6)
    }

    @Test("No bookmarks, no outline")
    func none() throws {
        let url = try Self.write([])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(try PDFExtractor().extract(url).outline.isEmpty)
    }
}
