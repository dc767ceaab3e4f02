import AdviesCore
import AdviesPipeline
import ArgumentParser
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the parser against the gold annotations (precision, recall, F1)."
    )

    enum Input: String, ExpressibleByArgument, CaseIterable { case pdf, text, both, scanned }
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: "Folder of gold annotation JSON files.")
    var annotations = "Annotations"

    @Option(help: "Corpus folder (with pdf/, text/ and manifest.json).")
    var corpus = "Corpus"

    @Option(help: "Which renderings to parse (scanned: the image-only copies in scanned/, read by OCR).")
    var input: Input = .both

    @Option(help: "table or json.")
    var format: Format = .table

    @Flag(help: "List the misses and false hits.")
    var verbose = false

    func run() throws {
        let formats: [SourceFormat] = switch input {
        case .pdf: [.pdf]
        case .text: [.text]
        case .both: [.pdf, .text]
        case .scanned: [.pdf]
        }
        let evaluation = CorpusEvaluation(annotations: URL(fileURLWithPath: annotations),
                                          corpus: URL(fileURLWithPath: corpus), formats: formats, scanned: input == .scanned)
        let report: CorpusEvaluation.Report
        do {
            report = try evaluation.run()
        } catch {
            Console.error(annotations, "cannot read the annotations (\(error.localizedDescription))")
            throw ExitCode.failure
        }
        for failure in report.failures { Console.note(failure) }
        switch format {
        case .json: try JSONOutput.print(report)
        case .table: Console.out(EvaluationTable.render(report, verbose: verbose))
        }
    }
}

/// The evaluation report as a text table: one row per element, P/R/F1 overall and per document.
enum EvaluationTable {
    static func render(_ report: CorpusEvaluation.Report, verbose: Bool) -> String {
        let elements = Evaluator.Element.allCases.filter { report.overall[$0.rawValue].map { !$0.isEmpty } ?? false }
        var lines: [String] = []
        let header = "element".padding(toLength: 26, withPad: " ", startingAt: 0) + "   P      R      F1     (tp/fp/fn)"
        lines.append(header)
        lines.append(String(repeating: "-", count: header.count))
        for element in elements {
            lines.append(row(element.rawValue, report.score(element)))
        }
        for document in report.documents {
            lines.append("")
            lines.append("\(document.id) [\(document.scanned ? "scanned pdf, OCR" : document.format.rawValue)]")
            for element in elements {
                guard let comparison = document.scores[element.rawValue], !comparison.score.isEmpty else { continue }
                lines.append(row("  " + element.rawValue, comparison.score))
                if verbose {
                    lines += comparison.missed.map { "      - missed: \($0)" }
                    lines += comparison.spurious.map { "      + false:  \($0)" }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ score: Score) -> String {
        name.padding(toLength: 26, withPad: " ", startingAt: 0)
            + String(format: "  %.3f  %.3f  %.3f  (%d/%d/%d)", score.precision, score.recall, score.f1,
                     score.truePositives, score.falsePositives, score.falseNegatives)
    }
}
