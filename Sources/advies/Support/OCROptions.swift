import AdviesExtraction
import ArgumentParser
import Foundation

/// `--ocr`, `--no-ocr` and `--ocr-lang`, shared by every command that reads PDFs.
struct OCROptions: ParsableArguments {
    @Flag(inversion: .prefixedNo,
          help: "Read every PDF page by OCR (--ocr), or none (--no-ocr). Default: pages without a text layer.")
    var ocr: Bool?

    @Option(name: .customLong("ocr-lang"), help: "Tesseract language(s) for OCR, e.g. nld or nld+eng.")
    var ocrLanguage = "nld"

    var settings: OCRSettings {
        let mode: OCRSettings.Mode = switch ocr {
        case nil: .auto
        case true?: .always
        case false?: .never
        }
        return OCRSettings(mode: mode, language: ocrLanguage)
    }
}

/// "OCR page 3/6 · scan.pdf", redrawn in place on a terminal; nothing otherwise (OCR's
/// outcome is reported as a note when the file is done).
final class OCRProgressLine: @unchecked Sendable {
    private let terminal: Bool
    private let lock = NSLock()
    private var drawn = false

    init(terminal: Bool = Console.stderrIsTerminal) {
        self.terminal = terminal
    }

    func show(_ progress: OCRProgress) {
        guard terminal else { return }
        lock.lock()
        defer { lock.unlock() }
        let name = URL(fileURLWithPath: progress.source).lastPathComponent
        FileHandle.standardError.write(Data("\r\u{1B}[KOCR page \(progress.done)/\(progress.total) · \(name)".utf8))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}
