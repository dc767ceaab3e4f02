import AdviesModel
import AdviesText

/// A table of contents ("INHOUDSOPGAVE" and titles with page numbers) yields no headings.
extension HeadingDetector {
    private static let contentsHeading = TextPattern(#"(?i)^(?:inhoud|inhoudsopgave|inhoudstafel|inhoudsoverzicht|table of contents)\s*:?$"#)
    private static let contentsEntry = TextPattern(#"^.*\S(?:\s*\.{2,}\s*|\s+)\d{1,3}$"#)
    private static let contentsNumberedEntry = TextPattern(#"^\d{1,2}(\.\d{1,2})*\.?\s+\p{Lu}[^.;]*\s\d{1,3}$"#)

    /// At a contents heading, or at three entries in a row: the index after the last entry.
    func tableOfContents(at index: Int, _ body: Body) -> Int? {
        var end = index
        if body[index].text.count < 40, Self.contentsHeading.isMatch(body[index].text.trimming(.whitespaces)) {
            end += 1
        }
        var entries = 0
        while end < body.count, isContentsEntry(body[end].text) {
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
}
