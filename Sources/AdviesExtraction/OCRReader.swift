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
        for (done, number) in numbers.enumerated() {
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
            progress?(OCRProgress(source: source, page: number, done: done + 1, total: numbers.count))
        }
        guard !read.isEmpty else { return read }
        let mean = confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
        diagnostics.append(Diagnostic(.info, .ocrApplied,
            "read by OCR (\(settings.language)): \(Self.describe(read, of: pages.count)), mean word confidence \(Int(mean.rounded()))%",
            at: SourceLocation(page: read[0], line: 1)))
        return read
    }

    /// "all 6 pages", "page 3", "pages 1–3, 5".
    static func describe(_ pages: [Int], of total: Int) -> String {
        if pages.count == total && total > 1 { return "all \(total) pages" }
        if pages.count == 1 { return "page \(pages[0])" }
        var ranges: [String] = []
        var start = pages[0], end = pages[0]
        for page in pages.dropFirst() {
            if page == end + 1 { end = page; continue }
            ranges.append(start == end ? "\(start)" : "\(start)–\(end)")
            start = page; end = page
        }
        ranges.append(start == end ? "\(start)" : "\(start)–\(end)")
        return "pages " + ranges.joined(separator: ", ")
    }
}
