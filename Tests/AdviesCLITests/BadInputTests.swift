import Foundation
import Testing
import TestSupport

/// Each bad input gives one line `advies: <path>: <reason>` on stderr and a non-zero exit,
/// with no crash and no library chatter.
@Suite("Bad input to extract")
struct BadInputTests {
    let scratch: URL

    init() throws {
        scratch = try Repository.scratchDirectory("advies-bad-input")
    }

    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = scratch.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func expectFailure(_ path: String, reason: String, extra: [String] = []) throws {
        let result = try Command.advies(["extract", path] + extra)
        #expect(result.status != 0, "\(path): exit status \(result.status)")
        #expect(result.errorLines == ["advies: \(path): \(reason)"], "stderr was: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    private var corpusPDF: URL { Repository.pdf("aanvullende-stagebonus") }

    @Test func missingFile() throws {
        try expectFailure(scratch.appendingPathComponent("nope.pdf").path, reason: "no such file")
    }

    @Test func directoryGivenAsFile() throws {
        try expectFailure(scratch.path, reason: "is a directory, not a document")
    }

    @Test func emptyFile() throws {
        try expectFailure(try file("empty.pdf", []), reason: "empty file")
        try expectFailure(try file("empty.txt", []), reason: "empty file")
    }

    @Test func textSavedAsPDF() throws {
        try expectFailure(try file("letter.pdf", Array("Beste, dit is geen PDF.\n".utf8)), reason: "not a PDF (the file holds text)")
    }

    @Test func htmlAndZipSavedAsPDF() throws {
        try expectFailure(try file("page.pdf", Array("<!DOCTYPE html><html><body>x</body></html>".utf8)),
                          reason: "not a PDF (the file holds HTML)")
        try expectFailure(try file("report.pdf", [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 100)),
                          reason: "not a PDF (the file holds a ZIP archive (an Office document?))")
    }

    @Test func truncatedPDF() throws {
        let bytes = [UInt8](try Data(contentsOf: corpusPDF))
        let path = try file("truncated.pdf", Array(bytes.prefix(bytes.count / 3)))
        let result = try Command.advies(["extract", path])
        #expect(result.status != 0)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("advies: \(path): damaged PDF") == true, "stderr: \(result.stderr)")
    }

    @Test func encryptedPDF() throws {
        let path = scratch.appendingPathComponent("locked.pdf").path
        let qpdf = try Command.tool("qpdf", ["--encrypt", "geheim", "eigenaar", "256", "--", corpusPDF.path, path])
        try #require(qpdf.status == 0, "qpdf failed: \(qpdf.stderr)")
        try expectFailure(path, reason: "encrypted PDF: give the password with --password")
        try expectFailure(path, reason: "encrypted PDF: the password is wrong", extra: ["--password", "fout"])
        let opened = try Command.advies(["extract", path, "--password", "geheim"])
        #expect(opened.status == 0)
        #expect(opened.stdout.contains("aanvullende stagebonus"))
    }

    @Test func binaryGarbageAsText() throws {
        var generator = SystemRandomNumberGenerator()
        let noise = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try expectFailure(try file("noise.txt", noise), reason: "binary data, not text")
    }

    @Test func unsupportedExtension() throws {
        try expectFailure(try file("notes.docx", Array("x".utf8)), reason: "unsupported file type 'docx' (expected .pdf or .txt)")
    }

    private var scanPath: String { Repository.corpus.appendingPathComponent("scanned/duaal-leren-hoger-onderwijs.pdf").path }

    @Test("An image-only PDF with OCR off is not an error: no text, and a note on stderr")
    func imageOnlyPDF() throws {
        let path = scanPath
        let result = try Command.advies(["extract", path, "--no-ocr"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(result.errorLines == ["advies: \(path): no text layer on any of its 6 pages (a scan?)"])
    }

    @Test("An image-only PDF is read by OCR by default: text, info.ocr, and a note saying so")
    func imageOnlyPDFIsOCRd() throws {
        let path = scanPath
        let result = try Command.advies(["extract", path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errorLines.count == 1, "stderr was: \(result.stderr)")
        #expect(result.errorLines.first?.hasPrefix("advies: \(path): read by OCR (nld): all 6 pages, mean word confidence ") == true)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let info = json?["info"] as? [String: Any]
        #expect(info?["ocr"] as? Bool == true)
        let pages = json?["pages"] as? [[String: Any]] ?? []
        let texts = pages.flatMap { ($0["lines"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
        #expect(texts.contains("1 Situering"))
        #expect(texts.joined(separator: " ").count > 10_000)
    }

    @Test("OCR in a language without data: one clear line, the scan still read as before")
    func missingOCRLanguage() throws {
        let path = scanPath
        let result = try Command.advies(["extract", path, "--ocr-lang", "xx"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(result.errorLines == ["advies: \(path): no OCR data for language \"xx\" (install tesseract-ocr-xx)",
                                      "advies: \(path): no text layer on any of its 6 pages (a scan?)"])
    }
}
