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

    public init(mode: Mode = .auto, language: String = "nld", dpi: Double = 300) {
        self.mode = mode
        self.language = language
        self.dpi = dpi
    }
}

/// How far OCR of one document has come: `done` of `total` pages, the last one being `page`.
public struct OCRProgress: Sendable, Equatable {
    public var source: String
    public var page: Int
    public var done: Int
    public var total: Int
}
