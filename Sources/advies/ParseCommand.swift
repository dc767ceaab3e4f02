import AdviesExport
import AdviesModel
import AdviesPipeline
import ArgumentParser
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse a document (advisory, written question, letter, note, report) into its tree."
    )

    @Argument(help: "A .pdf or .txt file.")
    var file: String

    @Option(help: "outline: the tree at a glance; json: every element (Annotations field names); markdown: readable text.")
    var format: DocumentFormat = .outline

    @Option(help: "A manifest.json whose facts fill in what the text does not state.")
    var manifest: String?

    @Option(help: "Print the document's tables instead (csv).")
    var tables: TableFormat?

    enum TableFormat: String, ExpressibleByArgument { case csv }

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @OptionGroup var ocr: OCROptions

    func run() throws {
        var facts: Manifest?
        if let manifest {
            let (read, problems) = try reporting { try ManifestReader.read(URL(fileURLWithPath: manifest)) }
            for problem in problems { Console.error(problem.file, problem.reason) }
            facts = read
        }
        let document: ParsedDocument
        do {
            defer { ProgressLine.shared.clear() }
            document = try DocumentLoader(password: password, manifest: facts, ocr: ocr.settings, progress: OCROptions.show)
                .load(URL(fileURLWithPath: file))
        } catch {
            Console.error(file, error.reason.description)
            throw ExitCode.failure
        }
        Console.report(file, document.diagnostics)
        if tables != nil { return Console.out(TableCSV.render(document)) }
        switch format {
        case .json: Console.out(try JSONRenderer.render(document))
        case .outline: Console.out(OutlineRenderer.render(document))
        case .markdown: Console.out(MarkdownRenderer.render(document))
        }
    }
}
