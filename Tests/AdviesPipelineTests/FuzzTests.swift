import AdviesPipeline
import AdviesModel
import AdviesEvaluation
import AdviesAnnotation
import AdviesExtraction
import AdviesParser
import Foundation
import Testing
import TestSupport

/// Thousands of mutated corpus texts through the reader and the parser: none may crash, every
/// tree must hold together, and none may take much longer per byte than the rest (a sign of
/// quadratic work on some shape of input).
@Suite("Fuzzing the parser")
struct FuzzTests {
    static let inputs = 10_000
    static let slowestAllowed = 50.0

    struct Timing {
        var index: Int
        var bytes: Data
        var seconds: Double
        var perByte: Double { seconds / Double(bytes.count) }
    }

    @Test("10,000 mutated corpus texts: no crash, sound trees, no input 50× slower per byte than the median")
    func mutatedCorpus() throws {
        let texts = try Repository.documentIDs.map { try String(contentsOf: Repository.text($0), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) }
        var mutator = Mutator(random: SplitMix64(seed: 2026))
        var timings: [Timing] = []
        var refused = 0
        for index in 0..<Self.inputs {
            let (bytes, mutations) = mutator.mutate(mutator.window(of: texts))
            let started = ContinuousClock.now
            guard let (layout, document) = Self.parse(bytes, index: index) else { refused += 1; continue }
            let seconds = (ContinuousClock.now - started).seconds
            Self.expectSound(document, pages: layout.pages.count, from: bytes, mutations: mutations)
            // Below a kilobyte, fixed costs swamp the cost per byte.
            if bytes.count >= 1024 { timings.append(Timing(index: index, bytes: bytes, seconds: seconds)) }
        }
        let median = timings.map(\.perByte).sorted()[timings.count / 2]
        // Re-measure the slowest ones: a scheduler hiccup is not a blow-up.
        var worst = 0.0
        for timing in timings where timing.perByte > median * 10 {
            let best = (0..<3).map { _ in
                let started = ContinuousClock.now
                _ = Self.parse(timing.bytes, index: timing.index)
                return (ContinuousClock.now - started).seconds / Double(timing.bytes.count)
            }.min()!
            worst = max(worst, best / median)
            #expect(best / median <= Self.slowestAllowed,
                    "input \(timing.index) (\(timing.bytes.count) bytes) took \(best / median)× the median per byte")
        }
        print(String(format: "fuzz: %d inputs, %d refused by the reader, median %.1f µs/KB, slowest %.1f× the median per byte",
                     Self.inputs, refused, median * 1_024 * 1e6, max(worst, timings.map { $0.perByte / median }.filter { $0 <= 10 }.max() ?? 0)))
        #expect(timings.count > Self.inputs / 2)
    }

    /// The parsed tree, or nil when the reader refuses the bytes (binary, empty): a clear
    /// error is a fine answer to garbage.
    static func parse(_ bytes: Data, index: Int) -> (LayoutDocument, ParsedDocument)? {
        guard let layout = try? TextExtractor().extract(bytes, source: "fuzz-\(index).txt") else { return nil }
        return (layout, DocumentParser().parse(layout))
    }

    /// What must hold of any tree: spans inside the input, parents that exist, unique ids.
    static func expectSound(_ document: ParsedDocument, pages: Int, from bytes: Data, mutations: [Mutator.Mutation]) {
        let context = Comment(rawValue: "\(mutations): \(String(decoding: bytes.prefix(200), as: UTF8.self))")
        let spans = document.sections.compactMap(\.span) + document.blocks.compactMap(\.span)
        #expect(spans.allSatisfy { (1...max(1, pages)).contains($0.start.page) && $0.end.page <= pages }, context)
        #expect(document.sections.allSatisfy { section in section.parent.map { $0 < section.id && document[section: $0] != nil } ?? true },
                context)
        #expect(document.sections.enumerated().allSatisfy { $0.element.id == SectionID($0.offset) }, context)
        let ids = document.recommendations.map(\.id)
        #expect(Set(ids).count == ids.count, context)
        #expect(document.footnotes.allSatisfy { !$0.text.isEmpty }, context)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}
