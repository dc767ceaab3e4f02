import AdviesModel
import AdviesText
import CPoppler
import Foundation

/// Reads a PDF through poppler-glib into the layout model: per page the lines in poppler's
/// reading order, each split into spans of one font and size, with boxes, baselines and the
/// raised (superscript) flag; the page's link annotations with the text under them; and the
/// document information dictionary.
///
/// Pages without a text layer are read by OCR (Tesseract), unless `ocr` says otherwise.
public struct PDFExtractor: Sendable {
    public var password: String?
    public var ocr: OCRSettings
    /// Called after each page OCR reads (OCR is slow: a few seconds a page).
    public var progress: (@Sendable (OCRProgress) -> Void)?

    public init(password: String? = nil, ocr: OCRSettings = OCRSettings(),
                progress: (@Sendable (OCRProgress) -> Void)? = nil) {
        self.password = password
        self.ocr = ocr
        self.progress = progress
    }

    public func extract(_ url: URL) throws(ExtractionError) -> LayoutDocument {
        try extract(FileProbe.read(url), source: url.path)
    }

    /// Reads the bytes of a PDF; `source` names it in the result.
    public func extract(_ data: Data, source: String) throws(ExtractionError) -> LayoutDocument {
        guard Self.hasPDFHeader(data) else { throw .notPDF(looksLike: FileProbe.sniff(data)) }
        let document = try PopplerDocument(data: data, password: password)
        var pages: [LayoutPage] = []
        var diagnostics: [Diagnostic] = []
        var damaged: Set<Int> = []
        for index in 0..<document.pageCount {
            let (page, messages) = PopplerMessages.collecting { document.page(at: index) }
            let number = index + 1
            guard var page else {
                damaged.insert(number)
                diagnostics.append(Diagnostic(.error, .pageUnreadable, "page \(number) cannot be read",
                                              at: SourceLocation(page: number, line: 1)))
                pages.append(LayoutPage(number: number, lines: [], hasTextLayer: false))
                continue
            }
            page.number = number
            if !messages.isEmpty {
                let broken = !page.hasTextLayer
                if broken { damaged.insert(number) }
                diagnostics.append(Diagnostic(
                    broken ? .error : .warning, broken ? .pageUnreadable : .libraryMessage,
                    (broken ? "page \(number) is damaged: " : "page \(number): ") + Self.summarise(messages),
                    at: SourceLocation(page: number, line: 1)))
            }
            pages.append(page)
        }
        var info = document.info
        let wanted = pages.filter { page in
            !damaged.contains(page.number) && (ocr.mode == .always || (ocr.mode == .auto && !page.hasTextLayer))
        }.map(\.number)
        if !wanted.isEmpty {
            let read = OCRReader(settings: ocr, source: source, progress: progress)
                .read(wanted, of: document, into: &pages, diagnostics: &diagnostics)
            info.ocr = !read.isEmpty
        }
        let blank = pages.filter { $0.lines.isEmpty && !$0.hasTextLayer && !damaged.contains($0.number) }.map(\.number)
        if !blank.isEmpty {
            diagnostics.append(Diagnostic(.warning, .noTextLayer, Self.noTextLayer(blank, of: pages.count),
                                          at: SourceLocation(page: blank[0], line: 1)))
        }
        if !document.openMessages.isEmpty {
            diagnostics.insert(Diagnostic(.warning, .libraryMessage,
                                          "repaired while opening: " + Self.summarise(document.openMessages)), at: 0)
        }
        info.pageCount = pages.count
        return LayoutDocument(source: source, format: .pdf, info: info, pages: pages, diagnostics: diagnostics,
                              outline: document.outline(pageHeights: pages.map(\.height)))
    }

    /// A PDF starts with `%PDF-` within its first kilobyte.
    static func hasPDFHeader(_ data: Data) -> Bool {
        let head = data.prefix(1024)
        return head.range(of: Data("%PDF-".utf8)) != nil
    }

    /// "no text layer on any of its 6 pages (a scan?)", "no text layer on page 3", "… on pages 2–40, 45".
    static func noTextLayer(_ pages: [Int], of total: Int) -> String {
        if pages.count == total { return "no text layer on \(total == 1 ? "its page" : "any of its \(total) pages") (a scan?)" }
        return "no text layer on " + PageRanges.text(pages)
    }

    private static func summarise(_ messages: [String]) -> String {
        let distinct = messages.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let shown = distinct.prefix(2).joined(separator: "; ")
        return distinct.count > 2 ? "\(shown) (+\(distinct.count - 2) more)" : shown
    }
}

/// Owns a `PopplerDocument*` and frees it when done.
final class PopplerDocument {
    let handle: OpaquePointer
    let pageCount: Int
    let info: DocumentInfo
    let openMessages: [String]

    init(data: Data, password: String?) throws(ExtractionError) {
        let opened: Result<OpaquePointer, ExtractionError>
        var messages: [String] = []
        (opened, messages) = PopplerMessages.collecting { Self.open(data, password: password) }
        handle = try opened.get()
        openMessages = messages
        pageCount = Int(poppler_document_get_n_pages(handle))
        info = Self.readInfo(handle)
        if pageCount == 0 {
            g_object_unref(UnsafeMutableRawPointer(handle))
            throw .damaged(messages.first ?? "no pages")
        }
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Opens the bytes already read (not the file again by its `file://` URI): what was checked
    /// and hashed is what poppler reads, even if the file changes meanwhile. Through a memory
    /// stream: poppler 22's `new_from_bytes`/`new_from_data` crash on a wrong password.
    private static func open(_ data: Data, password: String?) -> Result<OpaquePointer, ExtractionError> {
        var error: UnsafeMutablePointer<GError>?
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        let stream = g_memory_input_stream_new_from_bytes(bytes)
        g_bytes_unref(bytes)
        defer { g_object_unref(stream) }
        guard let document = poppler_document_new_from_stream(
            stream, goffset(data.count), password, nil, &error)
        else {
            defer { if let error { g_error_free(error) } }
            guard let error else { return .failure(.damaged("poppler could not open it")) }
            let code = UInt32(error.pointee.code)
            let message = String(cString: error.pointee.message)
            if code == POPPLER_ERROR_ENCRYPTED.rawValue {
                return .failure(password == nil ? .encrypted : .wrongPassword)
            }
            if code == POPPLER_ERROR_OPEN_FILE.rawValue { return .failure(.unreadable(message)) }
            return .failure(.damaged(message))
        }
        return .success(document)
    }

    private static func readInfo(_ document: OpaquePointer) -> DocumentInfo {
        func string(_ value: UnsafeMutablePointer<gchar>?) -> String? {
            guard let value else { return nil }
            defer { g_free(value) }
            let text = String(cString: value).trimming(.whitespacesAndNewlines)
            return text.isEmpty ? nil : text
        }
        func date(_ value: OpaquePointer?) -> String? {
            guard let value else { return nil }
            defer { g_date_time_unref(value) }
            return string(g_date_time_format_iso8601(value))
        }
        return DocumentInfo(
            title: string(poppler_document_get_title(document)),
            author: string(poppler_document_get_author(document)),
            subject: string(poppler_document_get_subject(document)),
            creator: string(poppler_document_get_creator(document)),
            producer: string(poppler_document_get_producer(document)),
            created: date(poppler_document_get_creation_date_time(document)),
            modified: date(poppler_document_get_modification_date_time(document)))
    }

    /// The page rendered to grey pixels for OCR, or nil when it cannot be.
    func render(at index: Int, dpi: Double) -> GreyImage? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return PopplerMessages.collecting { PageRenderer.render(page, dpi: dpi) }.0
    }

    /// The page's layout, or nil when poppler cannot load the page at all.
    func page(at index: Int) -> LayoutPage? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return PopplerPageReader(page: page).read()
    }
}
