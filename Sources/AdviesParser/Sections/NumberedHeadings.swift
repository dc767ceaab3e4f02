import AdviesModel
import AdviesText

/// Numbered headings: "3 Title", "3.4. Title", continuing the numbering of the headings before.
extension HeadingDetector {
    /// The heading starting at `index`, if the line is one: numbered in step, titled like a
    /// heading, set apart (or emphasised where the document's headings are).
    func numbered(at index: Int, _ body: Body, current: [Int], dotted: Bool?,
                  previousHeadingEnd: Int?, diagnostics: inout [Diagnostic]) -> Heading? {
        let text = body[index].text
        // Headings are short; a long line is never one (and is not worth matching).
        guard text.count <= 300, text.first?.isNumber == true, let match = Self.numbered.firstMatch(in: text),
              let digits = match[1], let rest = match[2] else { return nil }
        let number = digits.split(separator: ".").compactMap { Int($0) }
        var title = String(rest).trimming(.whitespaces)
        let line = body[index].source
        guard opensWithCapital(title), !readsAsSentence(title), title.count <= 160 else { return nil }
        if styled && !typography.isEmphasised(line) { return nil }
        if !styled {
            // A list ("1. Hoeveel ...") under a lead-in, or numbered in another style than the
            // headings so far, is not a heading.
            if let dotted, dotted != Self.isDotted(text) { return nil }
            if index > 0, body[index - 1].text.hasSuffix(":"), previousHeadingEnd != index - 1 { return nil }
        }
        guard let step = Self.step(from: current, to: number) else { return nil }
        if step == .gap && !typography.isEmphasised(line) { return nil }
        if !styled && !standsApart(index, body) && previousHeadingEnd != index - 1 { return nil }
        var used = [index]
        if let next = continuation(after: index, title: title, body) {
            title += " " + body[next].text
            used.append(next)
        }
        if step == .gap {
            diagnostics.append(Diagnostic(.warning, .sectionNumberGap,
                                          "section \(number.map(String.init).joined(separator: ".")) skips a number",
                                          at: line.location))
        }
        return Heading(number: number.map(String.init).joined(separator: "."), title: Self.cleanTitle(title), lines: used)
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

    /// In an untyped source a heading stands on its own: the line before it ends a sentence,
    /// a table row or a page, or a paragraph break separates them.
    func standsApart(_ index: Int, _ body: Body) -> Bool {
        guard index > 0 else { return true }
        if body[index].source.breakBefore || body[index].source.location.page != body[index - 1].source.location.page { return true }
        guard let last = body[index - 1].text.last else { return true }
        return ".?!:;)%’”".contains(last) || last.isNumber
    }

    /// The next line carries on a wrapped title: short, lower-case, not a sentence of its own.
    func continuation(after index: Int, title: String, _ body: Body) -> Int? {
        let next = index + 1
        guard next < body.count, let last = title.last, !".?!:".contains(last) else { return nil }
        let text = body[next].text
        guard let first = text.first, first.isLowercase, typography.isShort(body[next].source),
              !text.hasSuffix("."), !text.hasSuffix(";"), !text.hasSuffix(",") else { return nil }
        return next
    }
}
