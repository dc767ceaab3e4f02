import AdviesModel
import AdviesEvaluation
import AdviesAnnotation
import AdviesPipeline
import Foundation
import Testing
import TestSupport

/// The scale-corpus generator: deterministic given a seed, documents all distinct, and
/// what it writes parses like an advisory (sections, notes numbered in order) from the PDF
/// and the text export alike.
@Suite("Scale corpus generator")
struct ScaleCorpusTests {
    static func generate(seed: UInt64, count: Int = 12, pdf: Int = 2) throws -> URL {
        let folder = try Repository.scratchDirectory("advies-scale")
        _ = try ScaleCorpusGenerator(source: Repository.corpus, count: count, pdfCount: pdf, seed: seed).write(to: folder)
        return folder
    }

    static func texts(_ folder: URL) throws -> [String: Data] {
        let text = folder.appendingPathComponent("text")
        let names = try FileManager.default.contentsOfDirectory(atPath: text.path)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: text.appendingPathComponent($0))) })
    }

    @Test("The same seed gives the same corpus; another seed another one")
    func deterministic() throws {
        let a = try Self.generate(seed: 42, pdf: 0), b = try Self.generate(seed: 42, pdf: 0), c = try Self.generate(seed: 43, pdf: 0)
        defer { for f in [a, b, c] { try? FileManager.default.removeItem(at: f) } }
        #expect(try Self.texts(a) == Self.texts(b))
        #expect(try Data(contentsOf: a.appendingPathComponent("manifest.json")) == Data(contentsOf: b.appendingPathComponent("manifest.json")))
        #expect(try Self.texts(a) != Self.texts(c))
    }

    @Test("N distinct documents, all in the manifest")
    func distinct() throws {
        let folder = try Self.generate(seed: 7, count: 40, pdf: 0)
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = try Self.texts(folder)
        #expect(texts.count == 40)
        #expect(Set(texts.values).count == 40)
        let manifest = try ManifestReader.read(folder.appendingPathComponent("manifest.json")).manifest
        #expect(Set(manifest.documents.map(\.id)).count == 40)
        #expect(manifest.documents.allSatisfy { $0.date != nil && $0.title != nil && $0.text != nil })
    }

    @Test("A generated PDF and its text export parse into the same sections and notes")
    func parses() throws {
        let folder = try Self.generate(seed: 3, count: 8, pdf: 8)
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = try ManifestReader.read(folder.appendingPathComponent("manifest.json")).manifest
        let loader = DocumentLoader(manifest: manifest)
        var notes = 0
        for entry in manifest.documents {
            let pdf = try loader.load(folder.appendingPathComponent(try #require(entry.pdf)))
            let text = try loader.load(folder.appendingPathComponent(try #require(entry.text)))
            #expect(pdf.kind == .advisory)
            #expect(pdf.metadata.title == entry.title)
            #expect(pdf.sections.count >= 2)
            #expect(pdf.sections.map(\.label) == text.sections.map(\.label))
            #expect(pdf.footnotes.map(\.number) == (0..<pdf.footnotes.count).map { $0 + 1 })
            #expect(pdf.footnotes.map(\.text) == text.footnotes.map(\.text))
            #expect(pdf.blocks.count == text.blocks.count)
            notes += pdf.footnotes.count
        }
        #expect(notes > 0)
    }
}
