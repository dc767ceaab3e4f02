import AdviesModel
import AdviesText

/// Lettered and roman headings: "a. Doelomschrijving", "a) Titel voorstel", "(a) Bevoegdheid",
/// "II Advies". Letters run in order from a under the numbered heading they stand in and are
/// numbered after it ("3.a", level one deeper); without a numbered heading, or when an
/// unnumbered heading stands between, a letter is a heading of its own ("a", level 1). Roman numerals run in order from I at the top level.
extension HeadingDetector {
    func lettered(at index: Int, _ body: Body, numbering: inout Numbering, previousHeadingEnd: Int?) -> Heading? {
        let text = body[index].text
        let lettered = Self.letteredPattern.firstMatch(in: text)
        guard text.count <= 200, let match = lettered ?? Self.romanPattern.firstMatch(in: text),
              let mark = lettered.map({ $0[1] ?? $0[2] }) ?? match[1], let rest = lettered == nil ? match[2] : match[3]
        else { return nil }
        var title = String(rest).trimming(.whitespaces)
        guard opensWithCapital(title), !readsAsSentence(title), title.count <= 140,
              !isNumberedParagraph(index, title: title, body), isSetApartAsTitle(index, body, previousHeadingEnd: previousHeadingEnd)
        else { return nil }
        let number: String
        if let letter = mark.first, mark.count == 1, letter.isLowercase {
            let expected = numbering.letter.flatMap { Character(UnicodeScalar($0.unicodeScalars.first!.value + 1)!) } ?? "a"
            guard letter == expected else { return nil }
            if letter == "a" { numbering.lettersAlone = numbering.underUnnumbered }
            numbering.letter = letter
            number = numbering.current.isEmpty || numbering.lettersAlone ? String(letter)
                : numbering.current.map(String.init).joined(separator: ".") + "." + String(letter)
        } else {
            guard let value = Self.romanValue(String(mark)), value == numbering.roman + 1 else { return nil }
            numbering.roman = value
            number = String(mark)
        }
        var used = [index]
        if let next = continuation(after: index, title: title, body, hanging: true) {
            title += " " + body[next].text
            used.append(next)
        }
        return Heading(number: number, title: Self.cleanTitle(title), lines: used)
    }

    /// A lettered line is a heading when set apart by type, or a paragraph of one line, and
    /// not an item of a list (letters on consecutive lines without a break between them).
    private func isSetApartAsTitle(_ index: Int, _ body: Body, previousHeadingEnd: Int?) -> Bool {
        if index > 0, !body[index].source.breakBefore, previousHeadingEnd != index - 1,
           Self.letteredPattern.isMatch(body[index - 1].text) { return false }
        if typography.bodySize != nil {
            return isTypeset(index, body, afterHeading: previousHeadingEnd == index - 1) || isOneLineParagraph(index, body)
        }
        return standsApart(index, body) && isOneLineParagraph(index, body)
    }

    /// "a. Titel", "a) Titel", "(a) Titel": the letter, then the title.
    private static let letteredPattern = TextPattern(#"^(?:\(([a-z])\)|([a-z])[.)])\s+(.+)$"#)
    /// "II Titel", "II. Titel", "IV) Titel".
    private static let romanPattern = TextPattern(#"^([IVX]{1,5})[.)]?\s+(.+)$"#)

    static func romanValue(_ numeral: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10]
        var total = 0, previous = 0
        for c in numeral.reversed() {
            guard let value = values[c] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }
}
