import AdviesAnalysis
import Foundation
import Testing

@Suite("Dutch analysis")
struct DutchAnalyzerTests {
    @Test("Diacritics fold: creëert = creéert = creeert")
    func folding() {
        #expect(Set(["creëert", "creéert", "creeert", "CREËERT"].map(DutchAnalyzer.terms)).count == 1)
    }

    @Test("Snowball stems plural and singular together; the equivalence list closes its gaps")
    func stems() {
        #expect(DutchAnalyzer.term("leerwerkplekken") == DutchAnalyzer.term("leerwerkplek"))
        #expect(DutchAnalyzer.term("adviezen") == DutchAnalyzer.term("advies"))
        #expect(DutchAnalyzer.term("duale") == DutchAnalyzer.term("duaal"))
        #expect(DutchAnalyzer.term("premies") == DutchAnalyzer.term("premie"))
        #expect(DutchAnalyzer.terms("Vior") == DutchAnalyzer.terms("Vlor"))
    }

    @Test("Each thread has its own stemmer")
    func threads() async {
        let words = ["ondernemingen", "sectoren", "scholen", "leerwerkplekken"]
        let expected = words.map(DutchAnalyzer.term)
        await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { (0..<200).flatMap { _ in words.map(DutchAnalyzer.term) }.suffix(4).map { $0 } } }
            for await result in group { #expect(result == expected) }
        }
    }
}
