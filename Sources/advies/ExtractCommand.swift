import AdviesExport
import AdviesExtraction
import AdviesModel
import ArgumentParser
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the text or the layout (fonts, sizes, boxes, links) of a PDF or text file."
    )

    @Argument(help: "A .pdf or .txt file.")
    var file: String

    @Option(help: "text: the text, pages separated by form feeds; json: the layout model.")
    var format: ListingFormat = .text

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @OptionGroup var ocr: OCROptions

    func run() throws {
        let document: LayoutDocument
        do {
            defer { ProgressLine.shared.clear() }
            document = try DocumentReader(password: password, ocr: ocr.settings, progress: OCROptions.show)
                .read(URL(fileURLWithPath: file))
        } catch {
            Console.error(file, error.reason.description)
            throw ExitCode.failure
        }
        switch format {
        case .text: Console.out(document.plainText)
        case .json: Console.out(try JSONRenderer.render(document))
        }
        Console.report(file, document.diagnostics)
    }
}
