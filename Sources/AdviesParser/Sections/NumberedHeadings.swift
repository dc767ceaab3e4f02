import AdviesModel
import AdviesText

/// Numbered headings: "3 Title", "3.4. Title", "1   Title", continuing the numbering of
/// the headings before; and items numbered again under a numbered section.
extension HeadingDetector {
    /// The heading starting at `index`, if the line is one: numbered in step, titled like a
    /// heading, set apart (emphasised where the document's headings are), not a numbered
    /// paragraph of running text.
    func numbered(at index: Int, _ body: Body, numbering: inout Numbering, previousHeadingEnd: Int?,
                  diagnostics: inout [Diagnostic]) -> Heading? {
        let text = body[index].text
        // Headings are short; a long line is never one (and is not worth matching).
        guard text.count <= 300, text.first?.isNumber == true, let match = Self.numbered.firstMatch(in: text),
              let digits = match[1], let rest = match[2] else { return nil }
        var number = digits.split(separator: ".").compactMap { Int($0) }
        var title = String(rest).trimming(.whitespaces)
        let line = body[index].source
        guard opensWithCapital(title), !readsAsSentence(title), title.count <= 160,
              !isNumberedParagraph(index, title: title, body) else { return nil }
        let dotted = Self.isDotted(text)
        // "1." set apart under an unnumbered heading, far from the old numbering: a list of
        // titled items of that heading, numbered from one, not items of a section before it.
        if numbering.underUnnumbered, number == [1], numbering.current.count == 1 || numbering.item > 0,
           Self.step(from: numbering.current, to: number) == nil, isTypeset(index, body) || isOneLineParagraph(index, body) {
            numbering = Numbering(dotted: numbering.dotted)
        }
        var step = Self.step(from: numbering.current, to: number)
        if step == nil, let item = item(number, dotted: dotted, index: index, body, numbering: numbering) {
            // "1. …" again under section 5, set as a title: item 5.1.
            let parent = numbering.itemParent ?? numbering.current
            number = parent + [item]
            step = .next
            numbering.item = item
            numbering.itemParent = parent
        } else {
            let setApart = typography.isEmphasised(line) || line.outlined
            if styled && !setApart { return nil }
            if !styled {
                // A list ("1. Hoeveel ...") under a lead-in, or numbered in another style than
                // the headings so far, is not a heading.
                // Only top-level numbers show the style ("2." over "2.1" is one style).
                if number.count == 1, let known = numbering.dotted, known != dotted { return nil }
                if index > 0, body[index - 1].text.hasSuffix(":"), previousHeadingEnd != index - 1 { return nil }
            }
            guard let found = step else { return nil }
            if found == .gap && !setApart { return nil }
            if !styled && !standsApart(index, body) && previousHeadingEnd != index - 1 { return nil }
            if number.count == 1 { numbering.dotted = numbering.dotted ?? dotted }
            numbering.item = 0
            numbering.itemParent = nil
        }
        var used = [index]
        if let next = continuation(after: index, title: title, body, hanging: true) {
            title += " " + body[next].text
            used.append(next)
        }
        if step == .gap {
            diagnostics.append(Diagnostic(.warning, .sectionNumberGap,
                                          "section \(number.map(String.init).joined(separator: ".")) skips a number",
                                          at: line.location))
        }
        numbering.current = number
        numbering.letter = nil
        numbering.lettersAlone = false
        numbering.roman = 0
        return Heading(number: number.map(String.init).joined(separator: "."), title: Self.cleanTitle(title), lines: used)
    }

    /// The item number of "k. Title" under the current numbered section, when it is the next
    /// item (from 1) and set apart as a title, not as the next top-level section.
    private func item(_ number: [Int], dotted: Bool, index: Int, _ body: Body, numbering: Numbering) -> Int? {
        guard number.count == 1, dotted, !numbering.current.isEmpty, number[0] == numbering.item + 1,
              isTypeset(index, body) || isOneLineParagraph(index, body) else { return nil }
        return number[0]
    }

    enum Step { case next, gap }

    /// "1. Titel" rather than "1 Titel" (a level-one number followed by a period).
    static func isDotted(_ text: String) -> Bool {
        dotted.isMatch(text)
    }

    private static let numbered = TextPattern(#"^(\d{1,2}(?:\.\d{1,2}){0,11})\.?\s+(.+)$"#)
    private static let dotted = TextPattern(#"^\d{1,2}\.\s"#)
    /// A line opening like a numbered heading: "3 Title", "3.4. Title".
    static let numberedStart = TextPattern(#"^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}"#)

    /// How `number` follows `current`: the next sibling at some level, or a first child.
    static func step(from current: [Int], to number: [Int]) -> Step? {
        guard !number.isEmpty else { return nil }
        if current.isEmpty {
            return number[0] <= 2 && number.dropFirst().allSatisfy { $0 <= 1 } ? .next : nil
        }
        if number.count == current.count + 1, Array(number.dropLast()) == current, number.last! == 1 { return .next }
        guard number.count <= current.count, Array(number.dropLast()) == Array(current.prefix(number.count - 1))
        else { return nil }
        let previous = current[number.count - 1]
        if number.last! == previous + 1 { return .next }
        if number.last! == previous + 2 { return .gap }
        return nil
    }
}
