import AdviesEvaluation
import AdviesExport
import AdviesModel
import AdviesPipeline
import ArgumentParser
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the parser against the gold annotations (precision, recall, F1)."
    )

    enum Input: String, ExpressibleByArgument, CaseIterable { case pdf, text, both, scanned }

    @Option(help: "Folder of gold annotation JSON files.")
    var annotations = "Annotations"

    @Option(help: "Corpus folder (with pdf/, text/ and manifest.json).")
    var corpus = "Corpus"

    @Option(help: "Which renderings to parse (scanned: the image-only copies in scanned/, read by OCR).")
    var input: Input = .both

    @Option(help: "text (a table) or json.")
    var format: ListingFormat = .text

    @Flag(help: "List the misses and false hits.")
    var verbose = false

    func run() throws {
        let formats: [SourceFormat] = switch input {
        case .pdf, .scanned: [.pdf]
        case .text: [.text]
        case .both: [.pdf, .text]
        }
        let evaluation = CorpusEvaluation(annotations: URL(fileURLWithPath: annotations),
                                          corpus: URL(fileURLWithPath: corpus), formats: formats, scanned: input == .scanned)
        let report = try reporting { try evaluation.run() }
        for line in report.failures + report.skipped { Console.note(line) }
        try emit(report, as: format) { EvaluationTable.render($0, verbose: verbose) }
        if !report.failures.isEmpty { throw ExitCode.failure }
    }
}
