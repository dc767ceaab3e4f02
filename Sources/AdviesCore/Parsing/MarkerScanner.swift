import Foundation

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

    static func textCandidates(_ text: String) -> [Candidate] {
        var found: [Candidate] = []
        func add(_ range: Range<String.Index>, number: Int?) {
            let offset = text.distance(from: text.startIndex, to: range.lowerBound)
            guard !found.contains(where: { $0.offset == offset }) else { return }
            found.append(Candidate(offset: offset, text: String(text[range]), number: number))
        }
        // Glued to a word: "situatie2", "werken15 bleek", "uit3:". Not acronym codes ("BK2").
        for match in text.matches(of: /(\p{L}+)(\d{1,3})(?=[\s.,;:!?)]|$)/) {
            let word = match.output.1
            if word.count >= 2, word.allSatisfy(\.isUppercase) { continue }
            add(match.output.2.startIndex..<match.output.2.endIndex, number: Int(match.output.2))
        }
        // Glued to punctuation, ending the token: "leren.1 Er", "18.2.2 Na", "systeem.’4". Not
        // the decimals of "55,2 %" or "4.3", but after a numbered point ("actie 18.2." + "2").
        for match in text.matches(of: /(\S*?)([.,;:!?)’'”\]])(\d{1,3})(?=\s|$)/) {
            let before = match.output.1, mark = match.output.2
            if let last = before.last, last.isNumber, mark == "," || (mark == "." && !before.contains(".")) { continue }
            add(match.output.3.startIndex..<match.output.3.endIndex, number: Int(match.output.3))
        }
        // After a sentence end, set apart: "werkplek. 7 In de".
        for match in text.matches(of: /[.!?’”] (\d{1,3})(?=\s+\p{Lu}|\s*$)/) {
            add(match.output.1.startIndex..<match.output.1.endIndex, number: Int(match.output.1))
        }
        // OCR-garbled: one symbol or lowercase letter glued after a sentence end.
        for match in text.matches(of: /\p{L}[.!?]([^\s\p{L}\p{N}]|\p{Ll})(?=\s|$)/) {
            add(match.output.1.startIndex..<match.output.1.endIndex, number: nil)
        }
        // A section number opening the line ("2.1 Architectuur") holds no marker.
        if let number = text.prefixMatch(of: /\d{1,2}(?:\.\d{1,2})+\.?(?=\s)/) {
            let end = text.distance(from: text.startIndex, to: number.range.upperBound)
            found.removeAll { $0.offset < end }
        }
        return found.sorted { $0.offset < $1.offset }
    }
}
