import AdviesModel
import AdviesText

/// Reads the chosen pages of a PDF by OCR: renders each, recognises it with one Tesseract
/// instance made for this document (never shared between threads), and puts the recognised
/// lines in place of the page's own. Says what it did as diagnostics: which pages, in which
/// language, how confident; or why it could not (no data for the language).
struct OCRReader {
    var settings: OCRSettings
    var source: String
    var progress: (@Sendable (OCRProgress) -> Void)?

    /// Returns the numbers of the pages read.
    func read(_ numbers: [Int], of document: PopplerDocument, into pages: inout [LayoutPage],
              diagnostics: inout [Diagnostic]) -> [Int] {
        let engine: TesseractEngine
        do {
            engine = try TesseractEngine(language: settings.language)
        } catch {
            diagnostics.append(Diagnostic(.warning, .ocrUnavailable, error.description,
                                          at: SourceLocation(page: numbers[0], line: 1)))
            return []
        }
        var read: [Int] = []
        var confidences: [Double] = []
        var stopped: Diagnostic?
        let started = ContinuousClock.now
        for (done, number) in numbers.enumerated() {
            if let bound = settings.bound(reached: done, after: ContinuousClock.now - started) {
                stopped = Diagnostic(.warning, .ocrUnavailable,
                    "OCR stopped after \(done) of \(numbers.count) pages (\(bound)); \(PageRanges.text(Array(numbers[done...]))) not read",
                    at: SourceLocation(page: number, line: 1))
                break
            }
            let index = number - 1
            if let image = document.render(at: index, dpi: settings.dpi) {
                let lines = engine.recognise(image)
                let old = pages[index]
                var page = OCRLayout.page(number: number, width: old.width ?? Double(image.width) / image.scale,
                                          height: old.height ?? Double(image.height) / image.scale,
                                          lines: lines, image: image, links: old.links)
                page.hasTextLayer = old.hasTextLayer
                pages[index] = page
                read.append(number)
                confidences += lines.flatMap(\.words).filter { !$0.text.allSatisfy(\.isWhitespace) }.map(\.confidence)
            } else {
                diagnostics.append(Diagnostic(.warning, .pageUnreadable, "page \(number) cannot be rendered for OCR",
                                              at: SourceLocation(page: number, line: 1)))
            }
            progress?(OCRProgress(source: source, page: number, done: done + 1, total: min(numbers.count, settings.maxPages)))
        }
        if !read.isEmpty {
            let mean = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
            diagnostics.append(Diagnostic(.info, .ocrApplied,
                "read by OCR (\(settings.language)): \(PageRanges.text(read, of: pages.count)), mean word confidence \(Int(mean.rounded()))%",
                at: SourceLocation(page: read[0], line: 1)))
        }
        if let stopped { diagnostics.append(stopped) }
        return read
    }
}
