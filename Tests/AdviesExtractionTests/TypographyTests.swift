import AdviesModel
import AdviesText
import AdviesExtraction
import Foundation
import Testing
import TestSupport

/// The typography the parser relies on is in the extracted data: headings bold or larger,
/// footnotes smaller than the body, markers raised and smaller.
@Suite("PDF typography")
struct TypographyTests {
    static let ids = Repository.documentIDs

    /// The size most characters are set in.
    static func bodySize(_ document: LayoutDocument) -> Double {
        var weight: [Double: Int] = [:]
        for line in document.pages.flatMap(\.lines) {
            for span in line.spans { if let size = span.size { weight[size.rounded(), default: 0] += span.text.count } }
        }
        return weight.max { $0.value < $1.value }!.key
    }

    static func norm(_ s: String) -> String { TextNormalization.norm(s) }

    @Test("Every gold heading is on a bold or larger line", arguments: ids)
    func headingsStandOut(id: String) throws {
        let layout = try PDFExtractor().extract(Repository.pdf(id))
        let gold = try Gold.load(id)
        let body = Self.bodySize(layout)
        let lines = layout.pages.flatMap(\.lines)
        let titled = gold.sections.filter { !$0.title.isEmpty }
        #expect(!titled.isEmpty)
        for section in titled {
            let title = Self.norm(section.title)
            let start = String(title.prefix(24))
            let line = lines.first { line in
                let text = Self.norm(line.text)
                return text.contains(start) && text.count <= title.count + 12
            }
            let found = try #require(line, "\(id): no line for heading \(section.number ?? "") \(section.title)")
            #expect(found.isMostlyBold || (found.dominantSize ?? 0) > body + 0.5,
                    "\(id): heading '\(section.title)' is set like body text")
        }
    }

    @Test("Every gold footnote is in type smaller than the body", arguments: ids)
    func footnotesAreSmaller(id: String) throws {
        let layout = try PDFExtractor().extract(Repository.pdf(id))
        let gold = try Gold.load(id)
        let body = Self.bodySize(layout)
        let lines = layout.pages.flatMap(\.lines)
        for note in gold.footnotes {
            // The number may stand on the line or hang left of it as a line of its own (the
            // parser joins such fragments).
            let text = String(Self.norm(note.text).prefix(20))
            let found = try #require(lines.first { Self.norm($0.text).hasPrefix("\(note.number)" + text) }
                                     ?? lines.first { Self.norm($0.text).hasPrefix(text) },
                                     "\(id): no line opens footnote \(note.number)")
            #expect((found.dominantSize ?? body) < body - 0.5, "\(id): footnote \(note.number) is not set smaller")
        }
    }

    @Test("Every gold footnote marker is a raised, smaller span", arguments: ids)
    func markersAreRaised(id: String) throws {
        let layout = try PDFExtractor().extract(Repository.pdf(id))
        let gold = try Gold.load(id)
        let body = Self.bodySize(layout)
        let bodyLines = layout.pages.flatMap(\.lines).filter { ($0.dominantSize ?? 0) >= body * 0.9 }
        for note in gold.footnotes {
            let printed = note.markerOcr ?? "\(note.number)"
            let lastWord = Self.norm(String(note.markerContext?.split(separator: " ").last ?? ""))
            let hit = bodyLines.contains { line in
                var before = ""
                for span in line.spans {
                    if span.raised, span.text.trimmingCharacters(in: .whitespaces) == printed,
                       (span.size ?? body) < (line.dominantSize ?? body), Self.norm(before).hasSuffix(lastWord) {
                        return true
                    }
                    before += span.text
                }
                return false
            }
            #expect(hit, "\(id): no raised marker '\(printed)' after '\(lastWord)' for footnote \(note.number)")
        }
    }

    @Test("Every gold URL is a link annotation or printed in the text", arguments: ids)
    func urlsAreFound(id: String) throws {
        let layout = try PDFExtractor().extract(Repository.pdf(id))
        let gold = try Gold.load(id)
        let links = Set(layout.pages.flatMap(\.links).map(\.uri))
        // URLs wrap over lines: compare against the text with line breaks removed.
        let text = layout.pages.flatMap(\.lines).map(\.text).joined()
        for url in gold.urls.map(\.url) {
            #expect(links.contains(url) || text.contains(url), "\(id): \(url) not found")
        }
    }

    @Test("The raised marker of a footnote reads as its number")
    func markerSpanIsData() throws {
        let layout = try PDFExtractor().extract(Repository.pdf("drempels-wegwerken-duaal-leren"))
        let line = try #require(layout.pages[0].lines.first { $0.text.contains("uit duaal leren.1") })
        let marker = try #require(line.spans.first { $0.raised })
        #expect(marker.text == "1")
        let size = try #require(marker.size), lineSize = try #require(line.dominantSize)
        #expect(size < lineSize)
        let baseline = try #require(marker.baseline), lineBaseline = try #require(line.baseline)
        #expect(baseline < lineBaseline, "a superscript sits above the line's baseline (y grows downwards)")
    }
}
