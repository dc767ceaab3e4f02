import AdviesCore
import AdviesExtraction
import ArgumentParser
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the text or the layout (fonts, sizes, boxes, links) of a PDF or text file."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "A .pdf or .txt file.")
    var file: String

    @Option(help: "text: the text, pages separated by form feeds; json: the layout model.")
    var format: Format = .text

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @OptionGroup var ocr: OCROptions

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let document: LayoutDocument
        do {
            let line = OCRProgressLine()
            defer { line.finish() }
            document = try DocumentReader(password: password, ocr: ocr.settings, progress: line.show).read(url)
        } catch {
            Console.error(file, error.reason.description)
            throw ExitCode.failure
        }
        switch format {
        case .text: Console.out(document.plainText)
        case .json: try JSONOutput.print(document)
        }
        Console.report(file, document.diagnostics)
    }
}
