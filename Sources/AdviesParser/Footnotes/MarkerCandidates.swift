import Foundation
import AdviesModel
import AdviesText

/// Finds what may be a footnote marker in a body line. In a PDF a marker is a raised run; in
/// text it is a number glued to the word or punctuation before it ("leren.1", "situatie2",
/// "uit3:") or set after a sentence end ("werkplek. 7 In"). OCR turns some markers into a
/// symbol or letter glued after punctuation ("volgen.t", "gerealiseerd.¢"). Which candidate
/// is a marker is decided later, against the notes that exist.
enum MarkerScanner {
    struct Candidate: Equatable {
        /// Character offset of the marker in the line.
        var offset: Int
        var text: String
        /// The number it reads as; nil for a garbled (OCR) marker.
        var number: Int?
    }

    static func candidates(in line: SourceLine, typographic: Bool) -> [Candidate] {
        if typographic {
            return line.raised.compactMap { run in
                guard run.text.count <= 3 else { return nil }
                return Candidate(offset: run.offset, text: run.text, number: Int(run.text))
            }
        }
        return textCandidates(line.text)
    }

    /// One pass over the line (no backtracking, so a long line costs what it is long).
    static func textCandidates(_ text: String) -> [Candidate] {
        let c = Array(text.unicodeScalars)
        var found: [Candidate] = []
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        let gluePunctuation: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "’", "'", "”", "]"]
        let sentenceEnd: Set<Unicode.Scalar> = [".", "!", "?", "’", "”"]
        let after: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")"]
        // Character offsets count Characters; build the map from scalar index once.
        var characterOffset = [Int](repeating: 0, count: c.count + 1)
        var offset = 0, scalarIndex = 0
        for character in text {
            for _ in character.unicodeScalars { characterOffset[scalarIndex] = offset; scalarIndex += 1 }
            offset += 1
        }
        characterOffset[c.count] = offset
        func add(_ start: Int, _ end: Int, number: Int?) {
            let at = characterOffset[start]
            guard !found.contains(where: { $0.offset == at }) else { return }
            found.append(Candidate(offset: at, text: String(String.UnicodeScalarView(c[start..<end])), number: number))
        }

        var i = 0
        while i < c.count {
            guard isDigit(c[i]) else { i += 1; continue }
            var j = i
            while j < c.count, isDigit(c[j]) { j += 1 }
            defer { i = j }
            guard j - i <= 5, i > 0, let number = Int(String(String.UnicodeScalarView(c[i..<j]))) else { continue }
            let next = j < c.count ? c[j] : nil
            let before = c[i - 1]
            if isLetter(before) {
                // Glued to a word: "situatie2", "werken15 bleek", "uit3:". Not codes such as "BK2".
                guard next == nil || isSpace(next!) || after.contains(next!) else { continue }
                var start = i - 1
                while start > 0, isLetter(c[start - 1]), i - start < 40 { start -= 1 }
                let word = c[start..<i]
                if word.count >= 2, word.allSatisfy({ $0.properties.isUppercase }) { continue }
                add(i, j, number: number)
            } else if gluePunctuation.contains(before) {
                // Glued to punctuation, ending the token: "leren.1 Er", "18.2.2 Na". Not the decimals
                // of "55,2 %" or "4.3", but after a numbered point ("actie 18.2." + "2").
                guard next == nil || isSpace(next!) else { continue }
                if i >= 2, isDigit(c[i - 2]) {
                    if before == "," { continue }
                    if before == "." {
                        var k = i - 2, dots = 0
                        while k >= 0, i - k < 12, !isSpace(c[k]) { if c[k] == "." { dots += 1 }; k -= 1 }
                        if dots == 0 { continue }
                    }
                }
                add(i, j, number: number)
            } else if isSpace(before), i >= 2, sentenceEnd.contains(c[i - 2]) {
                // After a sentence end, set apart: "werkplek. 7 In de".
                var k = j
                while k < c.count, isSpace(c[k]) { k += 1 }
                guard k == c.count || (k > j && c[k].properties.isUppercase) else { continue }
                add(i, j, number: number)
            }
        }
        // OCR-garbled: one symbol or lowercase letter glued after a letter and a sentence end.
        if c.count >= 3 {
            for m in 2..<c.count where [".", "!", "?"].contains(c[m - 1]) && isLetter(c[m - 2]) {
                let s = c[m]
                guard !isSpace(s), !isDigit(s), !isLetter(s) || s.properties.isLowercase else { continue }
                guard m + 1 == c.count || isSpace(c[m + 1]) else { continue }
                add(m, m + 1, number: nil)
            }
        }
        // A section number opening the line ("2.1 Architectuur") holds no marker.
        if text.first?.isNumber == true, let number = sectionNumber.firstMatch(in: text) {
            let end = text.distance(from: text.startIndex, to: number.range.upperBound)
            found.removeAll { $0.offset < end }
        }
        return found.sorted { $0.offset < $1.offset }
    }

    private static let sectionNumber = TextPattern(#"^\d{1,2}(?:\.\d{1,2})+\.?(?=\s)"#)
}
