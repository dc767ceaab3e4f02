import Foundation

/// When pages of a PDF are read by OCR, and in which language.
public struct OCRSettings: Sendable, Equatable {
    public enum Mode: String, Sendable, CaseIterable {
        /// Pages without a text layer (scans).
        case auto
        /// Every page, text layer or not.
        case always
        /// None: a scan gives no text.
        case never
    }

    public var mode: Mode
    /// Tesseract language code(s): "nld", "nld+eng".
    public var language: String
    /// Resolution pages are rendered at for recognition.
    public var dpi: Double
    /// OCR of one document stops after this many pages, or once it has taken this long, and
    /// says so: a few seconds a page made a 5,000-page blank PDF an hour's work nobody asked for.
    public var maxPages: Int
    public var maxSeconds: Double

    public static let defaultMaxPages = 200
    public static let defaultMaxSeconds = 600.0

    public init(mode: Mode = .auto, language: String = "nld", dpi: Double = 300,
                maxPages: Int = defaultMaxPages, maxSeconds: Double = defaultMaxSeconds) {
        self.mode = mode
        self.language = language
        self.dpi = dpi
        self.maxPages = maxPages
        self.maxSeconds = maxSeconds
    }

    /// The bound that stops OCR after `done` pages and `elapsed` time, said with the flag that
    /// raises it; nil while neither is reached.
    func bound(reached done: Int, after elapsed: Duration) -> String? {
        if done >= maxPages { return "at most \(maxPages) pages a document; raise it with --ocr-max-pages" }
        if elapsed >= .seconds(maxSeconds) {
            return "at most \(String(format: "%g", maxSeconds)) s a document; raise it with --ocr-max-seconds"
        }
        return nil
    }
}

/// How far OCR of one document has come: `done` of `total` pages, the last one being `page`.
public struct OCRProgress: Sendable, Equatable {
    public var source: String
    public var page: Int
    public var done: Int
    public var total: Int
}
