import AdviesModel
import AdviesPipeline
import Foundation
import Testing
import TestSupport

/// Every house style the generator knows (a cover, a table of contents with dot leaders,
/// running header and footer "n/m", letterhead fields, serif and sans, headings "1." and at a
/// tab, lettered and italic subsections, headings in another family or only larger, notes
/// under a rule or after space, bookmarks) parses from its PDF to the tree of its text export:
/// the same sections, notes, paragraphs, recommendations and references (F1 ≥ 0.98 each).
@Suite("House styles parse like their text export")
struct HouseStyleTests {
    static let perStyle = 3

    @Test("Every style, element by element", arguments: HouseStyle.all.map(\.name))
    func style(_ name: String) throws {
        let style = try #require(HouseStyle.named(name))
        let folder = try Repository.scratchDirectory("advies-style-\(name)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ScaleCorpusGenerator(source: Repository.corpus, count: Self.perStyle, pdfCount: Self.perStyle,
                                     seed: 11, styles: [style]).write(to: folder)
        let manifest = try ManifestReader.read(folder.appendingPathComponent("manifest.json")).manifest
        // No manifest for the loader: what the PDF says about itself is what is scored.
        let loader = DocumentLoader()
        var scores = ElementScores()
        for entry in manifest.documents {
            let pdf = try loader.load(folder.appendingPathComponent(try #require(entry.pdf)))
            let text = try loader.load(folder.appendingPathComponent(try #require(entry.text)))
            scores.add(pdf: pdf, text: text)
            #expect(pdf.kind == text.kind, "\(entry.id): kind")
            if style.cover || style.letterhead {
                #expect(pdf.metadata.date == entry.date, "\(entry.id): the date its \(style.cover ? "cover" : "letterhead") prints")
            }
            if style.cover { #expect(pdf.metadata.title == entry.title, "\(entry.id): the title its cover prints") }
            if style.tableOfContents {
                #expect(pdf.diagnostics.contains { $0.code == .tableOfContentsSkipped }, "\(entry.id): contents read")
            }
        }
        print("house style \(name):", scores.summary)
        for (element, f1) in scores.f1 {
            #expect(f1 >= 0.98, "\(name): \(element) F1 \(f1)")
        }
    }
}

/// F1 of the PDF's elements against the text export's, element by element, over documents.
struct ElementScores {
    private var counts: [String: (tp: Int, fp: Int, fn: Int)] = [:]

    mutating func add(pdf: ParsedDocument, text: ParsedDocument) {
        score("sections", pdf.sections.map { "\($0.number ?? "-")|\($0.level)|\($0.title)" },
              text.sections.map { "\($0.number ?? "-")|\($0.level)|\($0.title)" })
        score("footnotes", pdf.footnotes.map { "\($0.number)|\($0.text)" }, text.footnotes.map { "\($0.number)|\($0.text)" })
        score("paragraphs", pdf.blocks.map(\.text), text.blocks.map(\.text))
        score("recommendations", pdf.recommendations.map(\.text), text.recommendations.map(\.text))
        score("references", pdf.references.map { $0.workKey ?? $0.raw }, text.references.map { $0.workKey ?? $0.raw })
    }

    private mutating func score(_ element: String, _ found: [String], _ expected: [String]) {
        var pool = Dictionary(expected.map { ($0, 1) }, uniquingKeysWith: +)
        var tp = 0
        for item in found where (pool[item] ?? 0) > 0 {
            pool[item]! -= 1
            tp += 1
        }
        let old = counts[element] ?? (0, 0, 0)
        counts[element] = (old.tp + tp, old.fp + found.count - tp, old.fn + expected.count - tp)
    }

    var f1: [(String, Double)] {
        counts.sorted { $0.key < $1.key }.map { element, c in
            let denominator = Double(2 * c.tp + c.fp + c.fn)
            return (element, denominator == 0 ? 1 : Double(2 * c.tp) / denominator)
        }
    }

    var summary: String {
        f1.map { String(format: "%@ %.3f", $0.0, $0.1) }.joined(separator: ", ")
    }
}
