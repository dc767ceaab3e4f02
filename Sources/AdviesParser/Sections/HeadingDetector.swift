import Foundation
import AdviesModel
import AdviesText

/// Finds the headings of an advisory in its body lines.
///
/// A numbered heading ("3 Title", "3.4 Title", "5.4.1 Title") must continue the numbering
/// (a sibling or first child of the heading before it), open its title with a capital, not
/// read as a sentence, and, in a document whose headings are typeset, be bold or larger.
/// Unnumbered headings are the list and appendix headings of the genre ("Bronnen", "Eerdere
/// adviezen ...", "Bijlage: ...", "ACHTERGROND") and, in typeset documents, short bold lines.
/// A title wrapping onto a short, lower-case next line is joined. A table of contents
/// ("INHOUDSOPGAVE" and titles with page numbers) yields no headings.
struct HeadingDetector {
    let typography: Typography
    /// Headings in this document are set in bold or larger type.
    let styled: Bool

    struct Heading {
        var number: String?
        var title: String
        /// Indices of the body lines the heading occupies.
        var lines: [Int]
    }

    struct Result {
        var headings: [Heading] = []
        var tableOfContents: [Int] = []
        var diagnostics: [Diagnostic] = []
    }

    func detect(_ texts: [String], lines: [SourceLine]) -> Result {
        var result = Result()
        var current: [Int] = []
        var dotted: Bool?
        var index = 0
        while index < texts.count {
            if let tocEnd = tableOfContents(at: index, texts) {
                result.tableOfContents += Array(index..<tocEnd)
                result.diagnostics.append(Diagnostic(.info, .tableOfContentsSkipped,
                                                     "table of contents skipped (\(tocEnd - index) lines)",
                                                     at: lines[index].location))
                index = tocEnd
                continue
            }
            if let heading = numbered(at: index, texts, lines, current: current, dotted: dotted,
                                      previousHeadingEnd: result.headings.last?.lines.last, diagnostics: &result.diagnostics) {
                current = heading.number!.split(separator: ".").compactMap { Int($0) }
                dotted = dotted ?? Self.isDotted(texts[index])
                result.headings.append(heading)
                index = heading.lines.last! + 1
                continue
            }
            if let heading = unnumbered(at: index, texts, lines) {
                result.headings.append(heading)
                index = heading.lines.last! + 1
                continue
            }
            index += 1
        }
        return result
    }

    // MARK: - Numbered headings

    private func numbered(at index: Int, _ texts: [String], _ lines: [SourceLine], current: [Int], dotted: Bool?,
                          previousHeadingEnd: Int?, diagnostics: inout [Diagnostic]) -> Heading? {
        let text = texts[index]
        // Headings are short; a long line is never one (and is not worth matching).
        guard text.count <= 300, text.first?.isNumber == true, let match = Self.numbered.firstMatch(in: text),
              let digits = match[1], let rest = match[2] else { return nil }
        let number = digits.split(separator: ".").compactMap { Int($0) }
        var title = String(rest).trimming(.whitespaces)
        let line = lines[index]
        guard opensWithCapital(title), !readsAsSentence(title), title.count <= 160 else { return nil }
        if styled && !typography.isEmphasised(line) { return nil }
        if !styled {
            // A list ("1. Hoeveel ...") under a lead-in, or numbered in another style than the
            // headings so far, is not a heading.
            if let dotted, dotted != Self.isDotted(text) { return nil }
            if index > 0, texts[index - 1].hasSuffix(":"), previousHeadingEnd != index - 1 { return nil }
        }
        guard let step = Self.step(from: current, to: number) else { return nil }
        if step == .gap && !typography.isEmphasised(line) { return nil }
        if !styled && !standsApart(index, texts, lines) && previousHeadingEnd != index - 1 { return nil }
        var used = [index]
        if let next = continuation(after: index, title: title, texts, lines) {
            title += " " + texts[next]
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
    private func standsApart(_ index: Int, _ texts: [String], _ lines: [SourceLine]) -> Bool {
        guard index > 0 else { return true }
        if lines[index].breakBefore || lines[index].location.page != lines[index - 1].location.page { return true }
        guard let last = texts[index - 1].last else { return true }
        return ".?!:;)%’”".contains(last) || last.isNumber
    }

    /// The next line carries on a wrapped title: short, lower-case, not a sentence of its own.
    private func continuation(after index: Int, title: String, _ texts: [String], _ lines: [SourceLine]) -> Int? {
        let next = index + 1
        guard next < texts.count, let last = title.last, !".?!:".contains(last) else { return nil }
        let text = texts[next]
        guard let first = text.first, first.isLowercase, typography.isShort(lines[next]),
              !text.hasSuffix("."), !text.hasSuffix(";"), !text.hasSuffix(",") else { return nil }
        return next
    }

    // MARK: - Unnumbered headings

    /// List and appendix headings of Dutch policy documents.
    static let listHeading = TextPattern(#"(?i)^(?:bronnen|bronvermelding|geraadpleegde (?:bronnen|literatuur)|referenties|literatuur(?:lijst)?|bibliografie|(?:eerdere|vorige|gerelateerde|relevante) adviezen\b.*|bijlagen?\b.*|achtergrond(?:informatie)?|verantwoording|afkortingen(?:lijst)?|lijst (?:van|met) afkortingen|eindnoten)$"#)

    private func unnumbered(at index: Int, _ texts: [String], _ lines: [SourceLine]) -> Heading? {
        var text = texts[index].trimming(.whitespaces)
        if text.hasSuffix(":") { text.removeLast() }
        guard !text.isEmpty, text.count <= 90, !text.hasSuffix("."), opensWithCapital(text) else { return nil }
        let listed = Self.listHeading.isMatch(text)
        let typeset = styled && typography.isEmphasised(lines[index]) && !text.contains(where: \.isNumber)
            && text.split(separator: " ").count <= 10
        guard listed || typeset else { return nil }
        return Heading(number: nil, title: Self.cleanTitle(text), lines: [index])
    }

    // MARK: - Table of contents

    private static let contentsHeading = TextPattern(#"(?i)^(?:inhoud|inhoudsopgave|inhoudstafel|inhoudsoverzicht|table of contents)\s*:?$"#)
    private static let contentsEntry = TextPattern(#"^.*\S(?:\s*\.{2,}\s*|\s+)\d{1,3}$"#)
    private static let contentsNumberedEntry = TextPattern(#"^\d{1,2}(\.\d{1,2})*\.?\s+\p{Lu}[^.;]*\s\d{1,3}$"#)

    /// At a contents heading, or at three entries in a row: the index after the last entry.
    private func tableOfContents(at index: Int, _ texts: [String]) -> Int? {
        var end = index
        if texts[index].count < 40, Self.contentsHeading.isMatch(texts[index].trimming(.whitespaces)) {
            end += 1
        }
        var entries = 0
        while end < texts.count, isContentsEntry(texts[end]) {
            end += 1
            entries += 1
        }
        let opened = end > index + entries
        return entries >= (opened ? 1 : 3) ? end : nil
    }

    private func isContentsEntry(_ text: String) -> Bool {
        guard text.count <= 200, text.last?.isNumber == true, Self.contentsEntry.isMatch(text) else { return false }
        if text.containsBytes("..") { return true }
        // Without dot leaders: a numbered title ending in a page number, no sentence punctuation.
        return Self.contentsNumberedEntry.isMatch(text)
    }

    // MARK: - Helpers

    private func opensWithCapital(_ title: String) -> Bool {
        guard let first = title.first(where: { !"‘'\"“(".contains($0) }) else { return false }
        return first.isUppercase
    }

    /// A title does not end like a sentence of running text.
    private func readsAsSentence(_ title: String) -> Bool {
        guard let last = title.last else { return false }
        if ".;,".contains(last) { return !title.hasSuffix("...") }
        return false
    }

    /// No trailing colon, whitespace collapsed.
    static func cleanTitle(_ title: String) -> String {
        var t = title.collapsed
        while t.hasSuffix(":") { t.removeLast() }
        return t.trimming(.whitespaces)
    }
}
