import AdviesPipeline
import Foundation
import Testing
import TestSupport

/// The bad-input matrix through the built binary: every input gives a defined exit code and
/// at most one line `advies: <path>: <reason>` on stderr; no crash, no library chatter, and in
/// a batch the rest still goes in while nothing stored is lost.
@Suite("Bad input to extract, parse and ingest")
struct BadInputTests {
    private func path(_ input: BadInput) async throws -> String {
        try await BadInputFolder.shared.url().appendingPathComponent(input.file).path
    }

    @Test("extract and parse: the exit code and the one line each input deserves",
          arguments: ["extract", "parse"], BadInput.all)
    func readOne(command: String, input: BadInput) async throws {
        let path = try await path(input)
        let result = try Command.advies([command, path] + input.arguments)
        switch input.outcome {
        case .refused(let reason):
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.errorLines.count == 1, "stderr: \(result.stderr)")
            #expect(result.errorLines.first?.hasPrefix("advies: \(path): \(reason)") == true, "stderr: \(result.stderr)")
        case .read(let note):
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.errorLines.count == (note == nil ? 0 : 1), "stderr: \(result.stderr)")
            if let note {
                #expect(result.errorLines.first?.hasPrefix("advies: \(path): \(note)") == true, "stderr: \(result.stderr)")
            }
        }
    }

    /// The text `advies extract` gives for a file.
    private func extractedText(_ path: String, _ arguments: [String] = []) throws -> String {
        try Command.advies(["extract", path, "--format", "text"] + arguments).stdout
    }

    @Test("Text in other encodings and with NUL bytes reads as the clean UTF-8 original",
          arguments: ["latin1.txt", "utf16.txt", "nul.txt"])
    func encodings(file: String) async throws {
        let folder = try await BadInputFolder.shared.url()
        let original = try extractedText(Repository.text("drempels-wegwerken-duaal-leren").path)
        #expect(try extractedText(folder.appendingPathComponent(file).path) == original)
    }

    @Test("UTF-8 with one stray byte stays UTF-8: every diacritic intact, one U+FFFD, and search finds oriënteren")
    func strayByte() async throws {
        let path = try await BadInputFolder.shared.url().appendingPathComponent("stray-byte.txt").path
        let original = try extractedText(Repository.text("drempels-wegwerken-duaal-leren").path)
        let text = try extractedText(path)
        #expect(text.filter { $0 == "\u{FFFD}" }.count == 1)
        #expect(text.replacingOccurrences(of: "\u{FFFD}", with: "") == original)
        #expect(original.contains("oriënteren"))
        let db = try Repository.scratchDirectory("advies-stray-byte").appendingPathComponent("kb.sqlite").path
        try #require(try Command.advies(["ingest", path, "--db", db]).status == 0)
        let search = try Command.advies(["search", "oriënteren", "--db", db, "--format", "json"])
        #expect(search.status == 0 && search.stdout.contains("\"stray-byte\""), "\(search.stderr)")
    }

    @Test("A broken page among good ones: the good pages still come through")
    func brokenPage() async throws {
        let folder = try await BadInputFolder.shared.url()
        let intact = try extractedText(Repository.pdf("aanvullende-stagebonus").path).components(separatedBy: "\u{0C}")
        let damaged = try extractedText(folder.appendingPathComponent("broken-page.pdf").path).components(separatedBy: "\u{0C}")
        #expect(damaged.count == intact.count)
        for page in intact.indices where page != 1 {
            #expect(damaged[page] == intact[page], "page \(page + 1)")
        }
        let repaired = try extractedText(folder.appendingPathComponent("corrupt-xref.pdf").path)
        #expect(repaired == intact.joined(separator: "\u{0C}"))
        #expect(try extractedText(folder.appendingPathComponent("locked.pdf").path, ["--password", BadInputFolder.password])
                == intact.joined(separator: "\u{0C}"))
    }

    @Test("10,000 footnotes and numbering 12 deep parse whole")
    func extremes() async throws {
        let folder = try await BadInputFolder.shared.url()
        let notes = try parsed(folder.appendingPathComponent("footnotes.txt").path)
        #expect((notes["footnotes"] as? [Any])?.count == 10_000)
        let nested = try parsed(folder.appendingPathComponent("nested.txt").path)
        let levels = (nested["sections"] as? [[String: Any]])?.compactMap { $0["level"] as? Int }
        #expect(levels == Array(1...12))
    }

    private func parsed(_ path: String) throws -> [String: Any] {
        let result = try Command.advies(["parse", path, "--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test("ingest: each bad file one line, the rest goes in, what was stored stays as it was")
    func ingestBatch() async throws {
        let scratch = try Repository.scratchDirectory("advies-bad-ingest")
        let db = scratch.appendingPathComponent("kb.sqlite").path
        // A stored document the batch then offers again as garbage under the same id.
        let stored = scratch.appendingPathComponent("aanvullende-stagebonus.txt")
        try FileManager.default.copyItem(at: Repository.text("aanvullende-stagebonus"), to: stored)
        try #require(try Command.advies(["ingest", stored.path, "--db", db]).status == 0)
        let before = try Command.advies(["show", "aanvullende-stagebonus", "--format", "json", "--db", db]).stdout
        var random = SplitMix64(seed: 3)
        try Data(random.bytes(4096)).write(to: stored)

        let inputs = BadInput.all.filter(\.arguments.isEmpty)
        var paths: [String] = []
        for input in inputs { paths.append(try await path(input)) }
        let good = Repository.text("schriftelijke-vraag-677").path
        let result = try Command.advies(["ingest", "--db", db] + paths + [stored.path, good])

        #expect(result.status == 1)
        for (input, path) in zip(inputs, paths) {
            let lines = result.errorLines.filter { $0.contains(path) }
            switch input.ingestOutcome ?? input.outcome {
            case .refused(let reason):
                #expect(lines.count == 1 && lines[0].hasPrefix("advies: \(path): \(reason)"), "\(input.file): \(lines)")
            case .read(let note):
                #expect(lines.contains { $0.hasPrefix("advies: added ") && $0.hasSuffix(path) }, "\(input.file): \(lines)")
                #expect(lines.count == (note == nil ? 1 : 2), "\(input.file): \(lines)")
            }
        }
        #expect(result.errorLines.contains("advies: \(stored.path): binary data, not text"))
        #expect(result.errorLines.contains { $0.hasPrefix("advies: added schriftelijke-vraag-677 ") })
        let after = try Command.advies(["show", "aanvullende-stagebonus", "--format", "json", "--db", db]).stdout
        #expect(after == before)

        let readable = inputs.filter { if case .read = $0.outcome { true } else { false } }
        let expected = Set(readable.map { String($0.file.split(separator: ".")[0]) } + ["aanvullende-stagebonus", "schriftelijke-vraag-677"])
        #expect(try storedIDs(db) == expected)

        let unlocked = try Command.advies(["ingest", "--db", db, "--password", BadInputFolder.password,
                                           try await BadInputFolder.shared.url().appendingPathComponent("locked.pdf").path])
        #expect(unlocked.status == 0 && unlocked.errorLines.contains { $0.hasPrefix("advies: added locked ") }, "\(unlocked.stderr)")
    }

    private func storedIDs(_ db: String) throws -> Set<String> {
        let list = try Command.advies(["list", "--db", db, "--format", "json"])
        let documents = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        return Set(documents.compactMap { $0["id"] as? String })
    }

    @Test("A file that disappears or becomes a pipe during a batch: one line each, the rest goes in")
    func filesChangingDuringBatch() throws {
        let batch = try Repository.scratchDirectory("advies-vanishing")
        let ids = Repository.documentIDs
        let files = (0..<16).map { batch.appendingPathComponent(String(format: "batch-%02d.txt", $0)) }
        for (i, file) in files.enumerated() {
            try FileManager.default.copyItem(at: Repository.text(ids[i % ids.count]), to: file)
        }
        let vanishing = files[15], piped = files[14]
        var acted = false
        let db = batch.appendingPathComponent("kb.sqlite").path
        let result = try Command.advies(["ingest", batch.path, "--db", db, "--workers", "1"]) { stderr in
            guard !acted, stderr.contains("advies: added ") else { return }
            acted = true
            try? FileManager.default.removeItem(at: vanishing)
            try? FileManager.default.removeItem(at: piped)
            _ = mkfifo(piped.path, 0o644)
        }
        #expect(acted)
        #expect(result.status == 1)
        #expect(result.errorLines.contains("advies: \(vanishing.path): no such file"), "\(result.stderr)")
        #expect(result.errorLines.contains("advies: \(piped.path): not a regular file (a pipe, socket or device)"), "\(result.stderr)")
        #expect(try storedIDs(db) == Set((0..<14).map { String(format: "batch-%02d", $0) }))
    }

    private var scan: String { Repository.corpus.appendingPathComponent("scanned/duaal-leren-hoger-onderwijs.pdf").path }

    @Test("An image-only PDF is read by OCR by default: text, info.ocr, and a note saying so")
    func imageOnlyPDFIsOCRd() throws {
        let result = try Command.advies(["extract", scan, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errorLines.count == 1, "stderr was: \(result.stderr)")
        #expect(result.errorLines.first?.hasPrefix("advies: \(scan): read by OCR (nld): all 6 pages, mean word confidence ") == true)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((json?["info"] as? [String: Any])?["ocr"] as? Bool == true)
        let pages = json?["pages"] as? [[String: Any]] ?? []
        let texts = pages.flatMap { ($0["lines"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
        #expect(texts.contains("1 Situering"))
        #expect(texts.joined(separator: " ").count > 10_000)
    }

    @Test("OCR in a language without data: one clear line, the scan still read as before")
    func missingOCRLanguage() throws {
        let result = try Command.advies(["extract", scan, "--ocr-lang", "xx"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        #expect(result.errorLines == ["advies: \(scan): no OCR data for language \"xx\" (install tesseract-ocr-xx)",
                                      "advies: \(scan): no text layer on any of its 6 pages (a scan?)"])
    }
}
