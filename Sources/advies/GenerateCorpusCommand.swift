import AdviesPipeline
import ArgumentParser
import Foundation

struct GenerateCorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-corpus",
        abstract: "Write a scale corpus for benchmarks: N advisories derived from the corpus, as text (and PDF).",
        discussion: """
            Each document gets a new id, title, date and council; the units of each section are \
            reordered (some dropped, some borrowed from another advisory) and the notes renumbered. \
            Writes OUT/text/*.txt, OUT/pdf/*.pdf for the first --pdf documents, and OUT/manifest.json. \
            The same --seed gives the same files. --styles sets the documents in house styles, \
            taken in turn (\(HouseStyle.all.map(\.name).joined(separator: ", ")), or all).
            """
    )

    @Argument(help: "The folder to write into.")
    var out: String

    @Option(help: "Documents to write as text.")
    var count: Int

    @Option(help: "How many of them to write as PDF too (at most 1000).")
    var pdf: Int = 0

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "The source corpus (its text/ and manifest.json).")
    var from: String = "Corpus"

    @Option(help: "House styles, comma-separated, or all.")
    var styles: String = HouseStyle.council.name

    private var houseStyles: [HouseStyle] {
        styles == "all" ? HouseStyle.all : styles.split(separator: ",").compactMap { HouseStyle.named(String($0)) }
    }

    func validate() throws {
        guard count >= 1 else { throw ValidationError("--count must be at least 1") }
        guard (0...1000).contains(pdf), pdf <= count else { throw ValidationError("--pdf must be 0...1000 and at most --count") }
        let unknown = styles == "all" ? [] : styles.split(separator: ",").filter { HouseStyle.named(String($0)) == nil }
        guard unknown.isEmpty else {
            throw ValidationError("unknown house style \(unknown.joined(separator: ", ")); known: \(HouseStyle.all.map(\.name).joined(separator: ", "))")
        }
    }

    func run() throws {
        let generator = ScaleCorpusGenerator(source: URL(fileURLWithPath: from), count: count, pdfCount: pdf, seed: seed,
                                             styles: houseStyles)
        let started = Date()
        let summary: ScaleCorpusGenerator.Summary
        do {
            defer { ProgressLine.shared.clear() }
            summary = try generator.write(to: URL(fileURLWithPath: out)) { done, total in
                guard done == total || done % 25 == 0 else { return }
                ProgressLine.shared.show("[\(done)/\(total)] generating")
            }
        } catch {
            Console.error(out, error.localizedDescription)
            throw ExitCode.failure
        }
        Console.note(String(format: "%d documents (%d pages, %.1f MB of text), %d PDFs in %.1f s into %@",
                            summary.documents, summary.pages, Double(summary.textBytes) / 1_000_000, summary.pdfs,
                            Date().timeIntervalSince(started), out))
    }
}
