import AdviesPipeline
import Foundation
import Testing
import TestSupport

/// One row of the bad-input matrix (docs/robustness.md): an input that is hard to read, and
/// what advies must say about it.
struct BadInput: Sendable, CustomTestStringConvertible {
    enum Outcome: Sendable, Equatable {
        /// Exit 1; one line `advies: <path>: <reason…>`; nothing on stdout, nothing stored.
        case refused(String)
        /// Exit 0; the note, if any, is the one line on stderr (`advies: <path>: <note…>`).
        case read(note: String?)
    }

    /// The file's name in the matrix folder.
    let file: String
    let outcome: Outcome
    /// How `ingest` words it, when a batch of folders says it differently.
    var ingestOutcome: Outcome?
    var arguments: [String] = []

    var testDescription: String { ([file] + arguments).joined(separator: " ") }

    static let all: [BadInput] = [
        BadInput(file: "missing.pdf", outcome: .refused("no such file"), ingestOutcome: .refused("no such file or folder")),
        BadInput(file: "no-documents", outcome: .refused("is a directory, not a document"),
                 ingestOutcome: .refused("no .pdf or .txt documents in this folder")),
        BadInput(file: "empty.txt", outcome: .refused("empty file")),
        BadInput(file: "zero-bytes.pdf", outcome: .refused("empty file")),
        BadInput(file: "truncated.pdf", outcome: .refused("damaged PDF")),
        BadInput(file: "corrupt-xref.pdf", outcome: .read(note: "repaired while opening: ")),
        BadInput(file: "broken-page.pdf", outcome: .read(note: "page 2 is damaged: ")),
        BadInput(file: "locked.pdf", outcome: .refused("encrypted PDF: give the password with --password")),
        BadInput(file: "locked.pdf", outcome: .refused("encrypted PDF: the password is wrong"), arguments: ["--password", "fout"]),
        BadInput(file: "locked.pdf", outcome: .read(note: nil), arguments: ["--password", "geheim"]),
        BadInput(file: "scan.pdf", outcome: .read(note: "read by OCR (nld): all 6 pages, mean word confidence ")),
        BadInput(file: "scan.pdf", outcome: .read(note: "no text layer on any of its 6 pages (a scan?)"), arguments: ["--no-ocr"]),
        BadInput(file: "page.pdf", outcome: .refused("not a PDF (the file holds HTML)")),
        BadInput(file: "archive.pdf", outcome: .refused("not a PDF (the file holds a ZIP archive (an Office document?))")),
        BadInput(file: "letter.pdf", outcome: .refused("not a PDF (the file holds text)")),
        BadInput(file: "noise.txt", outcome: .refused("binary data, not text")),
        BadInput(file: "notes.docx", outcome: .refused("unsupported file type 'docx' (expected .pdf or .txt)")),
        BadInput(file: "latin1.txt", outcome: .read(note: "read as windows-1252 and converted to UTF-8")),
        BadInput(file: "utf16.txt", outcome: .read(note: "read as utf-16le and converted to UTF-8")),
        BadInput(file: "stray-byte.txt", outcome: .read(note: "1 byte(s) not valid in UTF-8 replaced by U+FFFD (the rest read as UTF-8)")),
        BadInput(file: "one-line.txt", outcome: .read(note: "1 line(s) longer than 2000 characters were wrapped")),
        BadInput(file: "nul.txt", outcome: .read(note: "3 control character(s) (NUL and the like) removed")),
        BadInput(file: "footnotes.txt", outcome: .read(note: nil)),
        BadInput(file: "nested.txt", outcome: .read(note: nil)),
        BadInput(file: "gone.txt", outcome: .refused("cannot be read (a link to a file that is gone)")),
        BadInput(file: "pipe.txt", outcome: .refused("not a regular file (a pipe, socket or device)")),
    ]
}

/// The matrix's files, made once per test process in a scratch folder.
actor BadInputFolder {
    static let shared = BadInputFolder()
    private var made: Task<URL, Error>?

    func url() async throws -> URL {
        if let made { return try await made.value }
        let task = Task { try Self.make() }
        made = task
        return try await task.value
    }

    static let password = "geheim"

    private static func make() throws -> URL {
        let folder = try Repository.scratchDirectory("advies-bad-inputs")
        func write(_ name: String, _ bytes: some Sequence<UInt8>) throws {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        var random = SplitMix64(seed: 8)
        let pdf = Repository.pdf("aanvullende-stagebonus")
        let pdfBytes = [UInt8](try Data(contentsOf: pdf))
        let text = try String(contentsOf: Repository.text("drempels-wegwerken-duaal-leren"), encoding: .utf8)

        let noDocuments = folder.appendingPathComponent("no-documents")
        try FileManager.default.createDirectory(at: noDocuments, withIntermediateDirectories: true)
        try Data("Geen adviezen hier.\n".utf8).write(to: noDocuments.appendingPathComponent("LEESMIJ.md"))
        try write("empty.txt", [])
        try write("zero-bytes.pdf", [])
        try write("truncated.pdf", pdfBytes.prefix(pdfBytes.count / 3))
        try PDFDamage.shiftCrossReferences(of: pdf, to: folder.appendingPathComponent("corrupt-xref.pdf"))
        try PDFDamage.scrambleContents(ofPage: 2, of: pdf, to: folder.appendingPathComponent("broken-page.pdf"), using: &random)
        let qpdf = try Command.tool("qpdf", ["--encrypt", password, "eigenaar", "256", "--", pdf.path,
                                             folder.appendingPathComponent("locked.pdf").path])
        guard qpdf.status == 0 else { throw PDFDamage.Failure(message: "qpdf --encrypt: \(qpdf.stderr)") }
        try FileManager.default.copyItem(at: Repository.corpus.appendingPathComponent("scanned/duaal-leren-hoger-onderwijs.pdf"),
                                         to: folder.appendingPathComponent("scan.pdf"))
        try write("page.pdf", "<!DOCTYPE html><html><body>Advies</body></html>".utf8)
        try write("archive.pdf", [0x50, 0x4B, 0x03, 0x04] + random.bytes(400))
        try write("letter.pdf", "Beste, dit is geen PDF maar een brief.\n".utf8)
        try write("noise.txt", random.bytes(8192))
        try write("notes.docx", "x".utf8)
        try write("latin1.txt", text.data(using: .windowsCP1252, allowLossyConversion: true)!)
        try write("utf16.txt", text.data(using: .utf16LittleEndian)!)
        // A Windows-1252 quote (0x92) pasted into UTF-8 text, before a space midway.
        var stray = Array(text.utf8)
        stray.insert(0x92, at: stray[(stray.count / 2)...].firstIndex(of: 0x20)!)
        try write("stray-byte.txt", stray)
        try write("one-line.txt", oneLine(from: text, bytes: 20_000_000).utf8)
        var lines = text.components(separatedBy: "\n")
        lines[10] += "\u{0}"
        lines[40] += "\u{0}\u{0}"
        try write("nul.txt", lines.joined(separator: "\n").utf8)
        try write("footnotes.txt", footnotes(10_000).utf8)
        try write("nested.txt", nested(depth: 12).utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("weg.txt").path)
        guard mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o644) == 0 else {
            throw PDFDamage.Failure(message: "mkfifo failed")
        }
        return folder
    }

    /// The text's words on one line, repeated up to `bytes`.
    private static func oneLine(from text: String, bytes: Int) -> String {
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ") + " "
        let whole = String(repeating: words, count: bytes / words.utf8.count + 1)
        return String(whole.utf8.prefix(bytes))!
    }

    /// An advisory whose every sentence carries a footnote: `count` markers and notes.
    static func footnotes(_ count: Int) -> String {
        let body = (1...count).map { "Dit is zin \($0) van het advies met een verwijzing.\($0)" }
        let notes = (1...count).map { "\($0) Vlor, Raad Secundair Onderwijs. Advies nummer \($0), 12 maart 2015." }
        return (["1 Advies"] + body + [""] + notes).joined(separator: "\n") + "\n"
    }

    /// An advisory whose sections nest `depth` levels deep.
    static func nested(depth: Int) -> String {
        (1...depth).map { level in
            Array(repeating: "1", count: level).joined(separator: ".") + " Titel op niveau \(level)\n"
                + "De raad vraagt hier aandacht voor deze zaak op dit niveau van de tekst.\n"
        }.joined()
    }
}

/// Damages a real PDF the ways downloads get damaged, through qpdf's QDF form (a classic
/// cross-reference table, uncompressed objects, page comments).
enum PDFDamage {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private static func qdf(_ pdf: URL) throws -> Data {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("advies-qdf-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: target) }
        let qpdf = try Command.tool("qpdf", ["--qdf", "--object-streams=disable", pdf.path, target.path])
        guard qpdf.status == 0 else { throw Failure(message: "qpdf --qdf: \(qpdf.stderr)") }
        return try Data(contentsOf: target)
    }

    /// Every offset in the cross-reference table points 7 bytes off.
    static func shiftCrossReferences(of pdf: URL, to target: URL) throws {
        var bytes = try qdf(pdf)
        guard let table = bytes.range(of: Data("\nxref\n".utf8), options: .backwards),
              let trailer = bytes.range(of: Data("trailer".utf8), in: table.upperBound..<bytes.endIndex)
        else { throw Failure(message: "no cross-reference table") }
        let lines = String(decoding: bytes[table.upperBound..<trailer.lowerBound], as: UTF8.self)
            .components(separatedBy: "\n")
            .map { line -> String in
                guard line.hasSuffix(" n "), let offset = Int(line.prefix(10)) else { return line }
                return String(format: "%010d", offset + 7) + line.dropFirst(10)
            }
        bytes.replaceSubrange(table.upperBound..<trailer.lowerBound, with: Data(lines.joined(separator: "\n").utf8))
        try bytes.write(to: target)
    }

    /// The page's content stream replaced by random bytes of the same length.
    static func scrambleContents(ofPage page: Int, of pdf: URL, to target: URL,
                                 using random: inout SplitMix64) throws {
        var bytes = try qdf(pdf)
        guard let comment = bytes.range(of: Data("%% Contents for page \(page)\n".utf8)),
              let start = bytes.range(of: Data("stream\n".utf8), in: comment.upperBound..<bytes.endIndex),
              let end = bytes.range(of: Data("endstream".utf8), in: start.upperBound..<bytes.endIndex)
        else { throw Failure(message: "no contents for page \(page)") }
        let count = end.lowerBound - start.upperBound
        bytes.replaceSubrange(start.upperBound..<end.lowerBound, with: Data(random.bytes(count)))
        try bytes.write(to: target)
    }
}
