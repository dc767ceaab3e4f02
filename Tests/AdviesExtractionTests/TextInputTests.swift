import AdviesModel
import Foundation
import Testing
import TestSupport
@testable import AdviesExtraction

@Suite("Text input")
struct TextInputTests {
    private func write(_ bytes: [UInt8], name: String = "input.txt") throws -> URL {
        let url = try Repository.scratchDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test("UTF-8 with a byte-order mark")
    func utf8WithBOM() throws {
        let url = try write([0xEF, 0xBB, 0xBF] + Array("créëert één\n".utf8))
        let document = try TextExtractor().extract(url)
        #expect(document.pages[0].lines[0].text == "créëert één")
        #expect(document.info.encoding == "utf-8")
    }

    @Test("Windows-1252 is detected and converted")
    func windows1252() throws {
        // "Het kost 5 € – één keer" in Windows-1252: € = 0x80, – = 0x96, é = 0xE9.
        let bytes: [UInt8] = Array("Het kost 5 ".utf8) + [0x80, 0x20, 0x96] + Array(" ".utf8) + [0xE9, 0xE9, 0x6E] + Array(" keer\n".utf8)
        let document = try TextExtractor().extract(try write(bytes))
        #expect(document.pages[0].lines[0].text == "Het kost 5 € – één keer")
        #expect(document.info.encoding == "windows-1252")
        #expect(document.diagnostics.contains { $0.code == .encodingConverted })
    }

    @Test("UTF-8 with a few stray bytes stays UTF-8: the bad bytes become U+FFFD, one note counts them")
    func strayBytes() throws {
        // "oriënteren" (ë = C3 AB) three times, a Windows-1252 quote (92) and a cut-off sequence (E2 80).
        let word = Array("oriënteren ".utf8)
        let bytes = word + word + [0x92] + Array(" en ".utf8) + word + [0xE2, 0x80] + Array("!\n".utf8)
        for marked in [false, true] {
            let document = try TextExtractor().extract(try write((marked ? [0xEF, 0xBB, 0xBF] : []) + bytes))
            #expect(document.pages[0].lines[0].text == "oriënteren oriënteren \u{FFFD} en oriënteren \u{FFFD}!")
            #expect(document.info.encoding == "utf-8")
            #expect(document.diagnostics.map(\.message) == ["3 byte(s) not valid in UTF-8 replaced by U+FFFD (the rest read as UTF-8)"])
        }
        // More bad sequences than good ones: Windows-1252 ("één" is E9 E9 6E; C3 A9 is "Ã©" there, UTF-8's "é" by chance).
        let legacy = try TextExtractor().extract(try write(Array("Dit is ".utf8) + [0xE9, 0xE9, 0x6E, 0x20, 0xC3, 0xA9, 0x0A]))
        #expect(legacy.pages[0].lines[0].text == "Dit is één Ã©")
        #expect(legacy.info.encoding == "windows-1252")
    }

    @Test("UTF-16, with and without a byte-order mark")
    func utf16() throws {
        let text = "Advies over duaal leren\nTweede regel\n"
        let le = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [[0xFF, 0xFE] + le, le, [0xFE, 0xFF] + be, be] {
            let document = try TextExtractor().extract(try write(bytes))
            #expect(document.pages[0].lines.map(\.text) == ["Advies over duaal leren", "Tweede regel"])
        }
    }

    @Test("Form feeds split pages; a line opening with one space starts a page otherwise")
    func pageBreaks() {
        let fed = TextExtractor().layout("een\ntwee\u{0C}drie\n", source: "x")
        #expect(fed.pages.map { $0.lines.map(\.text) } == [["een", "twee"], ["drie"]])
        let body = String(repeating: "tekst\n", count: 6)
        let spaced = TextExtractor().layout(" eerste pagina\n" + body + " tweede pagina\n" + body, source: "x")
        #expect(spaced.pages.map { $0.lines.first?.text } == ["eerste pagina", "tweede pagina"])
    }

    @Test("A long run of spaces is the footnote rule; blank lines are counted, not kept")
    func ruleAndBlanks() {
        let document = TextExtractor().layout("tekst\n\n" + String(repeating: " ", count: 60) + "\n1 Noot.\n", source: "x")
        let lines = document.pages[0].lines
        #expect(lines.map(\.isRule) == [false, true, false])
        #expect(lines[1].blankLinesBefore == 1)
    }

    @Test("A page of nothing but URLs is the link list of the page before")
    func linkOnlyPage() {
        let text = " 1 Situering\ntekst\ntekst\ntekst\ntekst\ntekst\ntekst\n https://www.vlor.be/a\nhttp://www.vlor.be/b\n"
        #expect(TextExtractor().layout(text, source: "x").pages.count == 1)
    }

    @Test("Binary data is refused; stray NUL bytes are removed and reported")
    func binaryAndNUL() throws {
        var random = SystemRandomNumberGenerator()
        let noise = (0..<4000).map { _ in UInt8.random(in: 0...255, using: &random) }
        #expect(throws: ExtractionError.binary) { try TextExtractor().extract(try write(noise)) }
        let withNUL = Array("De raad vraagt een\u{0}twee dingen.\n".utf8)
        let document = try TextExtractor().extract(try write(withNUL))
        #expect(document.pages[0].lines[0].text == "De raad vraagt eentwee dingen.")
        #expect(document.diagnostics.contains { $0.code == .controlCharactersRemoved })
    }
}
