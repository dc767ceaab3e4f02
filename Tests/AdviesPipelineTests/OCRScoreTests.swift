import AdviesModel
import AdviesEvaluation
import AdviesAnnotation
import AdviesPipeline
import Foundation
import Testing
import TestSupport

/// The image-only copy of a corpus document, read by OCR and parsed, scored against the
/// document's gold annotation and held to floors.
@Suite("Scanned PDF against gold")
struct OCRScoreTests {
    static let report: EvaluationReport = {
        let evaluation = CorpusEvaluation(annotations: Repository.annotations, corpus: Repository.corpus, scanned: true)
        return try! evaluation.run()
    }()

    /// Below the measured scores (2026-12-02: sections, recommendations, references 1.000;
    /// footnotes 0.857, one note's "I.3" read as "1.3"), with room for OCR's own variance.
    static let floors: [(Evaluator.Element, Double)] = [
        (.sections, 0.95), (.footnotes, 0.85), (.recommendations, 0.95), (.references, 0.95),
    ]

    @Test("Structure and semantic floors hold on the scan")
    func floorsHold() {
        #expect(Self.report.failures.isEmpty, "unreadable: \(Self.report.failures)")
        let scanned = Self.report.documents.filter(\.scanned).map(\.id)
        #expect(scanned.contains("duaal-leren-hoger-onderwijs"), "scored: \(scanned)")
        for (element, floor) in Self.floors {
            let score = Self.report.score(element)
            print(String(format: "scanned %@: P %.3f R %.3f F1 %.3f (floor %.2f)", element.rawValue,
                         score.precision, score.recall, score.f1, floor))
            #expect(!score.isEmpty, "\(element) has nothing to score")
            #expect(score.f1 >= floor, "scanned \(element) F1 \(score.f1) < \(floor)")
        }
    }

    @Test("The parsed scan says it was read by OCR, and what OCR damage it put right")
    func ocrIsReported() throws {
        let document = try DocumentLoader().load(Repository.corpus.appendingPathComponent("scanned/duaal-leren-hoger-onderwijs.pdf"))
        let applied = document.diagnostics.filter { $0.code == .ocrApplied }
        #expect(applied.count == 1)
        #expect(applied.first?.message.hasPrefix("read by OCR (nld): all 6 pages, mean word confidence ") == true)
        #expect(!document.diagnostics.contains { $0.code == .noTextLayer })
        // Every correction on OCR text is visible as a diagnostic.
        let corrections = document.diagnostics.filter { $0.code == .ocrCorrection }
        #expect(corrections.contains { $0.message.hasPrefix("footnote number '") })
    }

    @Test("The OCR-damaged text export holds the semantic floors of the clean documents")
    func ocrDamagedText() {
        let results = ParserScoreTests.report.documents.filter { $0.id == "actieplan-duaal-leren" }
        #expect(results.count == 2)
        for result in results {
            for (element, floor) in SemanticScoreTests.floors {
                guard let score = result.scores[element.rawValue]?.score else { continue }
                print(String(format: "actieplan-duaal-leren %@ %@: F1 %.3f (floor %.2f)", result.format.rawValue,
                             element.rawValue, score.f1, floor))
                #expect(score.f1 >= floor, "actieplan-duaal-leren \(result.format) \(element) F1 \(score.f1) < \(floor)")
            }
        }
    }
}
