import AdviesCore
import AdviesExtraction
import AdviesKnowledgeBase
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

    @Option(help: "A manifest.json (default: one found beside the files).")
    var manifest: String?

    @Option(help: "Documents read at once (default: the number of cores).")
    var workers: Int?

    @Option(help: "Password tried on encrypted PDFs.")
    var password: String?

    @OptionGroup var ocr: OCROptions

    @OptionGroup var store: KnowledgeBaseOptions

    func run() async throws {
        var facts: Manifest?
        if let manifest {
            do { facts = try Manifest.load(URL(fileURLWithPath: manifest)) } catch {
                Console.error(manifest, "not a readable manifest (\(error.localizedDescription))")
                throw ExitCode.failure
            }
        }
        let knowledgeBase = try store.open(create: true)
        let progress = IngestProgress(terminal: Console.stderrIsTerminal)
        var ingestor = Ingestor(knowledgeBase: knowledgeBase, manifest: facts,
                                workers: workers ?? ProcessInfo.processInfo.activeProcessorCount, password: password)
        ingestor.ocr = ocr.settings
        ingestor.ocrProgress = { progress.showOCR($0) }
        let summary = await ingestor.ingest(paths) { progress.show($0) }
        progress.finish()
        let rate = summary.seconds > 0 ? Double(summary.added + summary.replaced + summary.unchanged) / summary.seconds : 0
        Console.note(String(format: "%d added, %d replaced, %d skipped (unchanged), %d duplicates, %d failed — %d %@ in %.1f s (%.1f documents/s) into %@",
                            summary.added, summary.replaced, summary.unchanged, summary.duplicates, summary.failed,
                            summary.pages, summary.pages == 1 ? "page" : "pages", summary.seconds, rate, knowledgeBase.path))
        if summary.failed > 0 { throw ExitCode.failure }
    }
}

/// Progress of an ingest: a line redrawn in place on a terminal, otherwise one line per file.
final class IngestProgress: @unchecked Sendable {
    private let terminal: Bool
    private let started = Date()
    private let lock = NSLock()
    private let ocrLine: OCRProgressLine

    init(terminal: Bool) {
        self.terminal = terminal
        ocrLine = OCRProgressLine(terminal: terminal)
    }

    func show(_ event: Ingestor.Event) {
        lock.lock()
        defer { lock.unlock() }
        let name = URL(fileURLWithPath: event.path).lastPathComponent
        if terminal && (event.outcome == .failed || !event.notices.isEmpty) {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
        if event.outcome == .failed {
            Console.error(event.path, event.message ?? "failed")
        } else if !terminal {
            let detail = event.message.map { " (\($0))" } ?? ""
            Console.note("\(event.outcome.rawValue) \(event.documentID ?? name) ← \(event.path)\(detail)")
        }
        for notice in event.notices { Console.error(event.path, notice) }
        if terminal {
            let elapsed = max(Date().timeIntervalSince(started), 0.001)
            let line = String(format: "\r\u{1B}[K[%d/%d] %@ · %.1f files/s", event.done, event.total, name, Double(event.done) / elapsed)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// OCR of a scan under way: drawn in place of the file line until the file is done.
    func showOCR(_ ocr: OCRProgress) {
        lock.lock()
        defer { lock.unlock() }
        ocrLine.show(ocr)
    }

    func finish() {
        if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
