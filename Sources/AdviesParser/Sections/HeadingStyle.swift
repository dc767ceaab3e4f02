import AdviesModel
import AdviesText

/// How a heading line stands apart from the running text around it.
extension HeadingDetector {
    /// Set apart by type: bold, larger or another family (`Typography.isEmphasised`), or
    /// italic where the text around it is roman.
    func isTypeset(_ index: Int, _ body: Body, afterHeading: Bool = false) -> Bool {
        body[index].source.outlined || typography.isEmphasised(body[index].source)
            || isItalicAmongRoman(index, body, afterHeading: afterHeading)
    }

    /// An italic line heading roman text: a break (or a heading) before it and roman type
    /// before or after it (in an italic text an italic line is just text; inside a paragraph
    /// it is emphasis).
    func isItalicAmongRoman(_ index: Int, _ body: Body, afterHeading: Bool = false) -> Bool {
        let line = body[index].source
        guard line.italic, line.breakBefore || index == 0 || afterHeading else { return false }
        let before = (0..<index).last { !body.isClaimed($0) }
        // The text it heads: past the title's own wrapped tail (italic, lower-case).
        let after = (index + 1..<body.count).first { i in
            !body.isClaimed(i) && !(body[i].source.italic && body[i].text.first?.isLowercase == true && i <= index + 2)
        }
        return [before, after].contains { $0.map { !body[$0].source.italic } ?? true }
    }

    /// The first line of a page after a page whose text ended a sentence (or ended in lines read
    /// as facts, a signature): a page break hides the gap a heading would have before it.
    func opensPageAfterSentence(_ index: Int, _ body: Body) -> Bool {
        guard index > 0, body[index - 1].location.page != body[index].location.page else { return false }
        guard let previous = (0..<index).last(where: { !body.isClaimed($0) }) else { return true }
        return previous < index - 1 || body[previous].text.last.map { ".!?:".contains($0) } ?? true
    }

    /// A paragraph of its own: a break before it and one after it (or the end of the page).
    func isOneLineParagraph(_ index: Int, _ body: Body) -> Bool {
        guard body[index].source.breakBefore || index == 0 || opensPageAfterSentence(index, body) else { return false }
        guard index + 1 < body.count else { return true }
        let next = body[index + 1].source
        return next.breakBefore || next.location.page != body[index].location.page
    }

    /// In an untyped source a heading stands on its own: the line before it ends a sentence,
    /// a table row or a page, is a fact of the head (a field, an address), or a paragraph
    /// break separates them.
    func standsApart(_ index: Int, _ body: Body) -> Bool {
        guard index > 0, !body[index].source.outlined, !body.isClaimed(index - 1) else { return true }
        if body[index].source.breakBefore || body[index].location.page != body[index - 1].location.page { return true }
        guard let last = body[index - 1].text.last else { return true }
        return ".?!:;)%’”".contains(last) || last.isNumber
    }

    /// A numbered paragraph of running text, not a heading: after its number comes a clause
    /// (a finite verb among its first words) that runs on into the next line.
    func isNumberedParagraph(_ index: Int, title: String, _ body: Body) -> Bool {
        guard !body[index].source.outlined else { return false }
        let words = title.split(separator: " ").prefix(6).map { $0.lowercased().trimming(.punctuationCharacters) }
        guard words.dropFirst().contains(where: Self.finiteVerbs.contains) else { return false }
        guard index + 1 < body.count else { return false }
        let next = body[index + 1]
        guard !next.source.breakBefore, next.location.page == body[index].location.page else { return false }
        let runsToTheEdge = typography.column.map { column in (body[index].source.box?.x1 ?? 0) >= column.x1 - 15 } ?? false
        return runsToTheEdge || next.text.first?.isLowercase == true || !typography.isShort(body[index].source)
    }

    /// Finite verbs that open the clause of a numbered paragraph ("De Afdeling verwijst",
    /// "Wij stellen voorop", "De minister heeft"); a title has none of them among its first words.
    static let finiteVerbs: Set<String> = [
        "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had", "hadden",
        "kan", "kunnen", "moet", "moeten", "mag", "mogen", "zal", "zullen", "zou", "zouden", "wil", "willen",
        "blijkt", "geldt", "gaat", "staat", "stelt", "stellen", "merkt", "wijst", "verwijst", "acht", "achten",
        "vindt", "meent", "menen", "adviseert", "vraagt", "geeft", "komt", "ligt", "bepaalt", "betreft", "bevat",
        "constateert", "concludeert", "onderschrijft", "benadrukt", "beveelt", "dient", "dienen",
    ]

    /// The next line carries on a wrapped title. It opens with no enumerator and ends no
    /// sentence; and it is short and lower-case (a title's tail, whatever its type), or, in a
    /// typeset document, set like the title, starting where the title's text does (indented
    /// past the enumerator of a `hanging` title), under a title line that fills most of the
    /// measure (it wrapped).
    func continuation(after index: Int, title: String, _ body: Body, hanging: Bool = false) -> Int? {
        let next = index + 1
        guard next < body.count, !body.isClaimed(next), let last = title.last, !".?!:".contains(last) else { return nil }
        let text = body[next].text, line = body[index].source, candidate = body[next].source
        guard !text.hasSuffix("."), !text.hasSuffix(";"), !text.hasSuffix(","), !Self.enumerated.isMatch(text),
              candidate.location.page == line.location.page, let first = text.first else { return nil }
        if first.isLowercase && typography.isShort(candidate) { return next }
        guard let box = line.box, let nextBox = candidate.box, let column = typography.column, !candidate.breakBefore
        else { return nil }
        let sameStyle = candidate.bold == line.bold && candidate.italic == line.italic
            && abs((candidate.size ?? 0) - (line.size ?? 0)) < 0.5 && candidate.family == line.family
        let aligned = nextBox.x0 >= box.x0 + (hanging ? 4 : -2) && nextBox.x0 <= box.x0 + 45
        let wrapped = box.width >= (column.x1 - column.x0) * 0.6
        return sameStyle && aligned && wrapped ? next : nil
    }

    /// A line opening with an enumerator: a number, a letter or roman numeral with its mark,
    /// or a bullet.
    static let enumerated = TextPattern(#"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s|\(?[a-z]\)\s|[a-z]\.\s|[IVX]{1,5}[.)]?\s|[-–•¬▪●◦]\s?)"#)
}
