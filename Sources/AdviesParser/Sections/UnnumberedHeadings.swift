import AdviesModel
import AdviesText

/// Unnumbered headings: the list and appendix headings of the genre, and short emphasised lines.
extension HeadingDetector {
    /// List and appendix headings of Dutch policy documents.
    static let listHeading = TextPattern(#"(?i)^(?:bronnen|bronvermelding|geraadpleegde (?:bronnen|literatuur)|referenties|literatuur(?:lijst)?|bibliografie|(?:eerdere|vorige|gerelateerde|relevante) adviezen\b.*|bijlagen?\b.*|achtergrond(?:informatie)?|verantwoording|afkortingen(?:lijst)?|lijst (?:van|met) afkortingen|eindnoten)$"#)

    /// A list or appendix heading of the genre anywhere; in a typeset document, a short line
    /// set apart by type that stands alone (a break before it, or it ends its page's text
    /// before one) and is not a label of something else ("Reactie:", "Aanbeveling:"), a
    /// table's cell, a field or an item of a run of lines in its own type (`HeadingNeighbours`).
    func unnumbered(at index: Int, _ body: Body, previousHeadingEnd: Int?) -> Heading? {
        var text = body[index].text.trimming(.whitespaces)
        let labelled = text.hasSuffix(":")
        if labelled { text.removeLast() }
        guard !text.isEmpty, text.count <= 120, !text.hasSuffix("."), !text.hasSuffix(","), !text.hasSuffix(";"),
              opensWithCapital(text) else { return nil }
        if Self.listHeading.isMatch(text) { return Heading(number: nil, title: Self.cleanTitle(text), lines: [index]) }
        // The PDF's outline names it a title: no more evidence needed.
        let outlined = body[index].source.outlined
        guard typography.bodySize != nil, !labelled, !Self.notHeading.isMatch(text) else { return nil }
        guard outlined || (!Self.endsInBrokenWord(text) && !Self.isRowOfCells(text) && !isTableCell(index, body)) else { return nil }
        guard outlined || (!text.contains(where: \.isNumber) && text.split(separator: " ").count <= 16
                           && isTypeset(index, body, afterHeading: previousHeadingEnd == index - 1)
                           && (styled || body[index].source.breakBefore || index == 0 || previousHeadingEnd == index - 1
                               || opensPageAfterSentence(index, body))) else { return nil }
        var title = text
        var used = [index]
        if outlined {
            while let last = used.last, last + 1 < body.count, body[last + 1].source.outlineEntry == body[index].source.outlineEntry {
                title += " " + body[last + 1].text
                used.append(last + 1)
            }
        } else if let next = continuation(after: index, title: title, body) {
            title += " " + body[next].text
            used.append(next)
        } else if index + 1 < body.count, !body[index + 1].source.breakBefore, body[index + 1].text.first?.isLowercase == true {
            // Running on into a lower-case line it does not title: a sentence.
            return nil
        }
        if !outlined && isInRunOfSameType(used, body, afterHeading: previousHeadingEnd == index - 1) { return nil }
        // A sentence is no title: no finite verb in it ("De Afdeling adviseert …"), unless a question.
        let words = title.split(separator: " ").map { $0.lowercased().trimming(.punctuationCharacters) }
        guard outlined || title.hasSuffix("?") || !words.dropFirst().contains(where: Self.finiteVerbs.contains) else { return nil }
        return Heading(number: nil, title: Self.cleanTitle(title), lines: used)
    }

    /// Short set-apart lines that label what follows rather than title it.
    private static let notHeading = TextPattern(#"(?i)^(?:reactie|aanbeveling(?:en)?|opmerking|noot|bron|toelichting|antwoord|vraag)$"#)
}
