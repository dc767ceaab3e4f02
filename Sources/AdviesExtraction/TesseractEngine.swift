import AdviesModel
import AdviesText
import CTesseract
import Foundation

/// What Tesseract read on one page, in points: lines with their box and baseline, words with
/// their confidence, and the characters with theirs (for telling superscripts apart).
struct OCRLine {
    var box: Box
    /// Left and right end of the baseline, top-down page coordinates.
    var baseline: (x0: Double, y0: Double, x1: Double, y1: Double)?
    var words: [OCRWord] = []

    /// The baseline's height at `x`.
    func baselineY(at x: Double) -> Double? {
        guard let b = baseline else { return nil }
        guard b.x1 - b.x0 > 1 else { return (b.y0 + b.y1) / 2 }
        return b.y0 + (b.y1 - b.y0) * (x - b.x0) / (b.x1 - b.x0)
    }
}

struct OCRWord {
    var text: String
    var box: Box
    /// 0...100.
    var confidence: Double
    var symbols: [OCRSymbol] = []
}

struct OCRSymbol {
    var text: String
    var box: Box
}

/// One Tesseract instance. Tesseract is not thread-safe: each extraction makes its own, so
/// parallel ingest workers never share one. Everything it hands out is freed, and the
/// instance itself is ended and deleted on deinit.
final class TesseractEngine {
    private let handle: OpaquePointer
    let language: String

    init(language: String) throws(ExtractionError) {
        let directory = try Self.dataDirectory(for: language)
        guard let api = TessBaseAPICreate() else { throw .ocrUnavailable("Tesseract could not start") }
        // Tesseract's own chatter (resolution guesses, warnings) would clutter stderr; what
        // matters reaches the user as a diagnostic.
        _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        guard TessBaseAPIInit3(api, directory, language) == 0 else {
            TessBaseAPIEnd(api)
            TessBaseAPIDelete(api)
            throw .noOCRData(language)
        }
        handle = api
        self.language = language
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// The lines of a rendered page, in Tesseract's reading order, boxes in points.
    func recognise(_ image: GreyImage) -> [OCRLine] {
        Self.adaptThreads()
        image.pixels.withUnsafeBufferPointer { pixels in
            TessBaseAPISetImage(handle, pixels.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        TessBaseAPISetSourceResolution(handle, Int32((image.scale * 72).rounded()))
        defer { TessBaseAPIClear(handle) }
        guard TessBaseAPIRecognize(handle, nil) == 0, let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let page = TessResultIteratorGetPageIterator(iterator)
        let toPoints = 1 / image.scale

        func box(_ level: TessPageIteratorLevel) -> Box? {
            var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
            guard TessPageIteratorBoundingBox(page, level, &left, &top, &right, &bottom) != 0 else { return nil }
            return Box(x0: Double(left) * toPoints, y0: Double(top) * toPoints,
                       x1: Double(right) * toPoints, y1: Double(bottom) * toPoints)
        }
        func text(_ level: TessPageIteratorLevel) -> String? {
            guard let raw = TessResultIteratorGetUTF8Text(iterator, level) else { return nil }
            defer { TessDeleteText(raw) }
            return String(cString: raw)
        }

        var lines: [OCRLine] = []
        repeat {
            if TessPageIteratorIsAtBeginningOf(page, RIL_TEXTLINE) != 0 || lines.isEmpty {
                guard let lineBox = box(RIL_TEXTLINE) else { continue }
                var x0: Int32 = 0, y0: Int32 = 0, x1: Int32 = 0, y1: Int32 = 0
                let baseline = TessPageIteratorBaseline(page, RIL_TEXTLINE, &x0, &y0, &x1, &y1) != 0
                    ? (Double(x0) * toPoints, Double(y0) * toPoints, Double(x1) * toPoints, Double(y1) * toPoints) : nil
                lines.append(OCRLine(box: lineBox, baseline: baseline))
            }
            if TessPageIteratorIsAtBeginningOf(page, RIL_WORD) != 0 || lines[lines.count - 1].words.isEmpty {
                guard let word = text(RIL_WORD), let wordBox = box(RIL_WORD) else { continue }
                let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
                lines[lines.count - 1].words.append(OCRWord(text: word, box: wordBox, confidence: confidence))
            }
            let last = lines.count - 1
            if !lines[last].words.isEmpty, let symbol = text(RIL_SYMBOL), let symbolBox = box(RIL_SYMBOL) {
                lines[last].words[lines[last].words.count - 1].symbols.append(OCRSymbol(text: symbol, box: symbolBox))
            }
        } while TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return lines.filter { !$0.words.isEmpty }
    }

    /// Debian's Tesseract runs OpenMP teams of a fixed size whose spinning threads fight the
    /// ingest workers (and everything else) for the cores: five times slower on two busy
    /// cores. With dynamic adjustment OpenMP sizes a team by the idle cores instead. The setting
    /// is per thread, so it is made on the thread that recognises; looked up at run time, as a
    /// Tesseract built without OpenMP lacks it.
    private static func adaptThreads() {
        guard let symbol = setDynamic else { return }
        unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Void).self)(1)
    }

    private nonisolated(unsafe) static let setDynamic = dlsym(dlopen(nil, RTLD_NOW), "omp_set_dynamic")

    /// The tessdata folder that holds every language of `language` ("nld", "nld+eng"), so that
    /// a missing one is one clear reason rather than Tesseract's messages.
    static func dataDirectory(for language: String) throws(ExtractionError) -> String {
        let codes = language.split(separator: "+").map(String.init)
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        guard !codes.isEmpty, codes.allSatisfy({ !$0.isEmpty && $0.allSatisfy(allowed.contains) }) else {
            throw .noOCRData(language)
        }
        let fileManager = FileManager.default
        var candidates: [String] = []
        if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], !prefix.isEmpty {
            candidates += [prefix, prefix + "/tessdata"]
        }
        candidates += ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                       "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata"]
        for directory in candidates where codes.allSatisfy({ fileManager.fileExists(atPath: "\(directory)/\($0).traineddata") }) {
            return directory
        }
        let missing = codes.first { code in
            !candidates.contains { fileManager.fileExists(atPath: "\($0)/\(code).traineddata") }
        } ?? codes[0]
        throw .noOCRData(missing)
    }
}
