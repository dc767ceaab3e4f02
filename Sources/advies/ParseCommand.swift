import AdviesCore
import AdviesPipeline
import ArgumentParser
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse an advisory or written question into its document tree."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case outline, json, markdown
    }

    @Argument(help: "A .pdf or .txt file.")
    var file: String

    @Option(help: "outline: the tree at a glance; json: every element (Annotations field names); markdown: readable text.")
    var format: Format = .outline

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
            do {
                facts = try Manifest.load(URL(fileURLWithPath: manifest))
            } catch {
                Console.error(manifest, "not a readable manifest (\(error.localizedDescription))")
                throw ExitCode.failure
            }
        }
        let document: ParsedDocument
        do {
            let line = OCRProgressLine()
            defer { line.finish() }
            document = try DocumentLoader(password: password, manifest: facts, ocr: ocr.settings, progress: line.show)
                .load(URL(fileURLWithPath: file))
        } catch {
            Console.error(file, error.reason.description)
            throw ExitCode.failure
        }
        Console.report(file, document.diagnostics)
        if tables != nil {
            Console.out(TableCSV.render(document))
            return
        }
        switch format {
        case .json: try JSONOutput.print(document)
        case .outline: Console.out(OutlineRenderer.render(document))
        case .markdown: Console.out(MarkdownRenderer.render(document))
        }
    }
}
