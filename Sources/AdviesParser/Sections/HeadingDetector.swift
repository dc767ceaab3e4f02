import Foundation
import AdviesModel
import AdviesText

/// Finds the headings of a document in its body lines.
///
/// A heading is a line set apart as a title (GUIDE.md §3, GUIDE-wild §2): it carries an
/// enumerator or none, reads as a title (a capital first, no sentence end, short), and stands
/// out from the running text around it by typography (bold, larger, another family, italic
/// among roman) or, without typography, by standing alone as a paragraph of one line.
/// - Numbered headings ("3 Title", "3.4. Title", "1   Title") continue the numbering: a
///   sibling or first child of the heading before. Items numbered 1, 2 … again under a
///   numbered section, set as titles, are its children ("5.1").
/// - Lettered and roman headings ("a. Doelomschrijving", "a) Titel", "(a) Bevoegdheid",
///   "II Advies") follow their letters in order; a lettered one is a child of the numbered
///   section it stands in ("3.a"), or at the top level without one.
/// - Unnumbered headings are the list and appendix headings of the genre ("Bronnen",
///   "Bijlage: ...", "ACHTERGROND") and, in a typeset document, short lines set apart by type.
/// Not headings: numbered paragraphs of running text ("8. De Afdeling verwijst naar …": a
/// clause that runs on), items of a list, lines claimed as cover, fields or signature, tables
/// of contents. A title wrapping onto a next line of its own style is joined.
struct HeadingDetector {
    let typography: Typography
    /// Numbered headings in this document are set in bold or larger type.
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

    /// Where the walk stands in the numbering.
    struct Numbering {
        /// The number of the last numbered heading, as integers.
        var current: [Int] = []
        /// Whether the document's level-one numbers carry a period ("1. Titel").
        var dotted: Bool?
        /// The last letter (or roman numeral) heading under the current numbered heading.
        var letter: Character?
        var roman: Int = 0
        /// Items numbered again under a numbered section ("5.1", "5.2"), and that section.
        var item: Int = 0
        var itemParent: [Int]?
        /// The last heading was unnumbered: a "1." under it starts a numbering of its own.
        var underUnnumbered = false
        /// The letters run under an unnumbered heading: "a", not the old section's "3.a".
        var lettersAlone = false
    }

    /// Walks the body once: at each line a table of contents, a numbered, lettered or
    /// unnumbered heading is tried, in that order; what matches is read past.
    func detect(_ body: Body) -> Result {
        var result = Result()
        var numbering = Numbering()
        var cursor = LineCursor(to: body.count)
        while let index = cursor.peek() {
            let previousEnd = result.headings.last?.lines.last
            if body.isClaimed(index) {
                cursor.advance()
            } else if let tocEnd = tableOfContents(at: index, body) {
                result.tableOfContents += Array(index..<tocEnd)
                result.diagnostics.append(Diagnostic(.info, .tableOfContentsSkipped,
                                                     "table of contents skipped (\(tocEnd - index) lines)",
                                                     at: body[index].location))
                cursor.advance(pastIndex: tocEnd - 1)
            } else if let heading = numbered(at: index, body, numbering: &numbering, previousHeadingEnd: previousEnd,
                                             diagnostics: &result.diagnostics)
                        ?? lettered(at: index, body, numbering: &numbering, previousHeadingEnd: previousEnd)
                        ?? unnumbered(at: index, body, previousHeadingEnd: previousEnd) {
                result.headings.append(heading)
                numbering.underUnnumbered = heading.number == nil
                cursor.advance(pastIndex: heading.lines.last!)
            } else {
                cursor.advance()
            }
        }
        return result
    }

    // MARK: - Titles

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
