import AdviesModel
import AdviesExtraction
import Foundation
import Testing
import TestSupport

/// OCR of an image-only PDF: lines with positions, sizes and word confidences; footnote
/// markers raised; the document marked as OCR'd; a missing language is one clear diagnostic.
@Suite("OCR of scanned PDFs")
struct OCRTests {
    static let scan = Repository.corpus.appendingPathComponent("scanned/duaal-leren-hoger-onderwijs.pdf")

    static let layout: LayoutDocument = try! PDFExtractor().extract(scan)

    @Test("Pages without a text layer are read by OCR, with boxes, baselines, sizes and confidences")
    func pagesAreRead() {
        let layout = Self.layout
        #expect(layout.info.ocr)
        #expect(layout.pages.count == 6)
        #expect(layout.pages.allSatisfy { !$0.hasTextLayer && !$0.lines.isEmpty })
        let spans = layout.pages.flatMap(\.lines).flatMap(\.spans)
        #expect(spans.allSatisfy { $0.confidence.map { (0...100).contains($0) } ?? false })
        #expect(layout.pages.flatMap(\.lines).allSatisfy { $0.box != nil && $0.baseline != nil })
        #expect(layout.plainText.contains("De Vlaamse Regering keurde op 5 september 2017"))
        #expect(layout.diagnostics.map(\.code) == [.ocrApplied])
    }

    @Test("Headings come out bold, footnotes smaller than the body, some markers raised")
    func typography() {
        let lines = Self.layout.pages.flatMap(\.lines)
        let heading = lines.first { $0.text == "2.1 Geen nood aan een bijkomende definitie" }
        #expect(heading?.isMostlyBold == true)
        let body = lines.first { $0.text.hasPrefix("De Vlaamse Regering keurde") }
        let note = lines.first { $0.text.contains("Conceptnota bis duaal leren") }
        #expect(body?.isMostlyBold == false)
        if let bodySize = body?.dominantSize, let noteSize = note?.dominantSize {
            #expect(noteSize < bodySize * 0.9)
        } else {
            Issue.record("no size on body or note line")
        }
        #expect(lines.flatMap(\.spans).filter(\.raised).count >= 5)
    }

    @Test("--no-ocr behaviour: the scan gives no text and the note on missing text")
    func ocrOff() throws {
        let layout = try PDFExtractor(ocr: OCRSettings(mode: .never)).extract(Self.scan)
        #expect(!layout.info.ocr)
        #expect(layout.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(layout.diagnostics.map(\.message) == ["no text layer on any of its 6 pages (a scan?)"])
    }

    @Test("A language without Tesseract data is a one-line diagnostic, not a crash")
    func missingLanguage() throws {
        let layout = try PDFExtractor(ocr: OCRSettings(language: "xx")).extract(Self.scan)
        #expect(!layout.info.ocr)
        #expect(layout.diagnostics.map(\.message) == [
            "no OCR data for language \"xx\" (install tesseract-ocr-xx)",
            "no text layer on any of its 6 pages (a scan?)",
        ])
    }

    @Test("Forced OCR reads a page that has a text layer too, and progress counts the pages")
    func forced() throws {
        let counter = Counter()
        let one = try PDFExtractor(ocr: OCRSettings(mode: .always), progress: { counter.add($0) })
            .extract(Repository.pdf("schriftelijke-vraag-677"))
        #expect(one.info.ocr)
        #expect(one.pages.allSatisfy { $0.hasTextLayer })
        #expect(one.pages.flatMap(\.lines).flatMap(\.spans).allSatisfy { $0.confidence != nil })
        #expect(counter.events.map(\.done) == Array(1...one.pages.count))
        #expect(counter.events.allSatisfy { $0.total == one.pages.count })
    }
}

extension OCRTests {
    @Test("OCR stops at its bound of pages: the rest unread, said in ranges, progress counting to the bound")
    func pageBound() throws {
        let counter = Counter()
        let layout = try PDFExtractor(ocr: OCRSettings(maxPages: 2), progress: { counter.add($0) }).extract(Self.scan)
        #expect(layout.pages.prefix(2).allSatisfy { !$0.lines.isEmpty } && layout.pages.dropFirst(2).allSatisfy(\.lines.isEmpty))
        let messages = layout.diagnostics.map(\.message)
        #expect(messages.contains("OCR stopped after 2 of 6 pages (at most 2 pages a document; raise it with --ocr-max-pages); pages 3–6 not read"))
        #expect(messages.contains("no text layer on pages 3–6"))
        #expect(counter.events.map(\.total) == [2, 2])
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var events: [OCRProgress] = []

    func add(_ event: OCRProgress) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }
}
