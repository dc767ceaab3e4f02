import AdviesModel
import AdviesExtraction
import Foundation
import Testing
import TestSupport

/// Every corpus PDF says what its text twin says.
@Suite("PDF and text twin")
struct TextTwinTests {
    static let ids = Repository.documentIDs

    @Test("PDF text matches the text export", arguments: ids)
    func pdfMatchesTextTwin(id: String) throws {
        let pdf = try PDFExtractor().extract(Repository.pdf(id))
        let twin = try TextExtractor().extract(Repository.text(id))
        let pdfText = pdf.pages.flatMap(\.lines).map(\.text).joined(separator: " ").collapsedWhitespace
        let twinText = twin.pages.flatMap(\.lines)
            .filter { !Self.isURLLine($0.text) && !Self.isLonePageNumber($0.text) }
            .map(\.text).joined(separator: " ").collapsedWhitespace
        let ratio = Similarity.ratio(pdfText, twinText)
        print("similarity \(id): \(String(format: "%.4f", ratio))")
        #expect(ratio >= 0.98, "\(id): similarity \(ratio)")
    }

    static func isURLLine(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return (t.hasPrefix("http://") || t.hasPrefix("https://")) && !t.contains(" ")
    }

    static func isLonePageNumber(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        return !t.isEmpty && t.count <= 3 && t.allSatisfy(\.isNumber)
    }
}

extension String {
    var collapsedWhitespace: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
