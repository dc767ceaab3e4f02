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

    /// OCR of a scan under way, drawn on the progress line ("OCR page 3/6 · scan.pdf").
    static func show(_ progress: OCRProgress) {
        let name = URL(fileURLWithPath: progress.source).lastPathComponent
        ProgressLine.shared.show("OCR page \(progress.done)/\(progress.total) · \(name)")
    }
}
