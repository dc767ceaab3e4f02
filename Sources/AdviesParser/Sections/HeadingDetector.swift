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

    /// Walks the body once: at each line a table of contents, a numbered heading or an
    /// unnumbered one is tried, in that order; what matches is read past.
    func detect(_ body: Body) -> Result {
        var result = Result()
        var current: [Int] = []
        var dotted: Bool?
        var cursor = LineCursor(to: body.count)
        while let index = cursor.peek() {
            if let tocEnd = tableOfContents(at: index, body) {
                result.tableOfContents += Array(index..<tocEnd)
                result.diagnostics.append(Diagnostic(.info, .tableOfContentsSkipped,
                                                     "table of contents skipped (\(tocEnd - index) lines)",
                                                     at: body[index].location))
                cursor.advance(pastIndex: tocEnd - 1)
            } else if let heading = numbered(at: index, body, current: current, dotted: dotted,
                                             previousHeadingEnd: result.headings.last?.lines.last,
                                             diagnostics: &result.diagnostics) {
                current = heading.number!.split(separator: ".").compactMap { Int($0) }
                dotted = dotted ?? Self.isDotted(body[index].text)
                result.headings.append(heading)
                cursor.advance(pastIndex: heading.lines.last!)
            } else if let heading = unnumbered(at: index, body) {
                result.headings.append(heading)
                cursor.advance(pastIndex: heading.lines.last!)
            } else {
                cursor.advance()
            }
        }
        return result
    }

    // MARK: - Helpers

    func opensWithCapital(_ title: String) -> Bool {
        guard let first = title.first(where: { !"‘'\"“(".contains($0) }) else { return false }
        return first.isUppercase
    }

    /// A title does not end like a sentence of running text.
    func readsAsSentence(_ title: String) -> Bool {
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
