import AdviesModel
import AdviesText

/// Unnumbered headings: the list and appendix headings of the genre, and short emphasised lines.
extension HeadingDetector {
    /// List and appendix headings of Dutch policy documents.
    static let listHeading = TextPattern(#"(?i)^(?:bronnen|bronvermelding|geraadpleegde (?:bronnen|literatuur)|referenties|literatuur(?:lijst)?|bibliografie|(?:eerdere|vorige|gerelateerde|relevante) adviezen\b.*|bijlagen?\b.*|achtergrond(?:informatie)?|verantwoording|afkortingen(?:lijst)?|lijst (?:van|met) afkortingen|eindnoten)$"#)

    func unnumbered(at index: Int, _ body: Body) -> Heading? {
        var text = body[index].text.trimming(.whitespaces)
        if text.hasSuffix(":") { text.removeLast() }
        guard !text.isEmpty, text.count <= 90, !text.hasSuffix("."), opensWithCapital(text) else { return nil }
        let listed = Self.listHeading.isMatch(text)
        let typeset = styled && typography.isEmphasised(body[index].source) && !text.contains(where: \.isNumber)
            && text.split(separator: " ").count <= 10
        guard listed || typeset else { return nil }
        return Heading(number: nil, title: Self.cleanTitle(text), lines: [index])
    }
}
