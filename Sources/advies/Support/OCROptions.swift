import AdviesExtraction
import ArgumentParser
import Foundation

/// `--ocr`, `--no-ocr`, `--ocr-lang` and the bounds of OCR, shared by every command that reads PDFs.
struct OCROptions: ParsableArguments {
    @Flag(inversion: .prefixedNo,
          help: "Read every PDF page by OCR (--ocr), or none (--no-ocr). Default: pages without a text layer.")
    var ocr: Bool?

    @Option(name: .customLong("ocr-lang"), help: "Tesseract language(s) for OCR, e.g. nld or nld+eng.")
    var ocrLanguage = "nld"

    @Option(name: .customLong("ocr-max-pages"), help: "Pages of one document read by OCR at most.")
    var ocrMaxPages = OCRSettings.defaultMaxPages

    @Option(name: .customLong("ocr-max-seconds"), help: "Seconds OCR spends on one document at most.")
    var ocrMaxSeconds = OCRSettings.defaultMaxSeconds

    func validate() throws {
        guard ocrMaxPages >= 0, ocrMaxSeconds >= 0 else { throw ValidationError("OCR bounds cannot be negative") }
    }

    var settings: OCRSettings {
        let mode: OCRSettings.Mode = switch ocr {
        case nil: .auto
        case true?: .always
        case false?: .never
        }
        return OCRSettings(mode: mode, language: ocrLanguage, maxPages: ocrMaxPages, maxSeconds: ocrMaxSeconds)
    }

    /// OCR of a scan under way, drawn on the progress line ("OCR page 3/6 · scan.pdf").
    static func show(_ progress: OCRProgress) {
        let name = URL(fileURLWithPath: progress.source).lastPathComponent
        ProgressLine.shared.show("OCR page \(progress.done)/\(progress.total) · \(name)")
    }
}
