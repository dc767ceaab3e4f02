import AdviesExtraction
import AdviesKnowledgeBase
import AdviesModel
import AdviesPipeline
import ArgumentParser
import Foundation

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read PDFs and text files (and folders of them) into the knowledge base."
    )

    @Argument(help: "Files and folders (searched recursively for .pdf and .txt).")
    var paths: [String]

    @Option(help: "A manifest.json (default: the manifest.json of each folder given or holding a file given).")
    var manifest: String?

    @Option(help: "Documents read at once (default: the number of cores).")
    var workers: Int?

    @Option(help: "Password tried on encrypted PDFs.")
    var password: String?

    @OptionGroup var ocr: OCROptions

    @OptionGroup var store: KnowledgeBaseOptions

    func run() async throws {
        var facts: (URL, Manifest)?
        if let manifest {
            let url = URL(fileURLWithPath: manifest)
            let (read, problems) = try reporting { try ManifestReader.read(url) }
            for problem in problems { Console.error(problem.file, problem.reason) }
            facts = (url, read)
        }
        let knowledgeBase = try store.open(.write)
        var ingestor = Ingestor(knowledgeBase: knowledgeBase, manifest: facts,
                                workers: workers ?? ProcessInfo.processInfo.activeProcessorCount, password: password)
        ingestor.ocr = ocr.settings
        ingestor.ocrProgress = OCROptions.show
        let progress = IngestProgress()
        let summary = await ingestor.ingest(paths) { progress.show($0) }
        ProgressLine.shared.clear()
        let rate = summary.seconds > 0 ? Double(summary.added + summary.replaced + summary.unchanged) / summary.seconds : 0
        Console.note(String(format: "%d added, %d replaced, %d skipped (unchanged), %d duplicates, %d failed — %d %@ in %.1f s (%.1f documents/s) into %@",
                            summary.added, summary.replaced, summary.unchanged, summary.duplicates, summary.failed,
                            summary.pages, summary.pages == 1 ? "page" : "pages", summary.seconds, rate, knowledgeBase.path))
        if summary.failed > 0 { throw ExitCode.failure }
    }
}

/// Progress of an ingest: the progress line on a terminal, otherwise one line per file.
final class IngestProgress: Sendable {
    private let started = Date()

    func show(_ event: Ingestor.Event) {
        let name = URL(fileURLWithPath: event.path).lastPathComponent
        switch event.outcome {
        case .failed: Console.error(event.path, event.message ?? "failed")
        case .note: Console.error(event.path, event.message ?? "")
        default:
            if !Console.stderrIsTerminal {
                let detail = event.message.map { " (\($0))" } ?? ""
                Console.note("\(event.outcome.rawValue) \(event.documentID ?? name) ← \(event.path)\(detail)")
            }
        }
        for notice in event.notices { Console.error(event.path, notice) }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        ProgressLine.shared.show(String(format: "[%d/%d] %@ · %.1f files/s", event.done, event.total, name, Double(event.done) / elapsed))
    }
}
