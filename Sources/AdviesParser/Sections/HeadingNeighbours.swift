import AdviesModel

/// What stands beside or against a candidate heading and shows it is part of something else:
/// a table row, a list of names, a form field, a word broken at the line's end.
extension HeadingDetector {
    /// Two lines set in the same type: size, weight, slant and family.
    static func sameType(_ a: SourceLine, _ b: SourceLine) -> Bool {
        a.bold == b.bold && a.italic == b.italic && abs((a.size ?? 0) - (b.size ?? 0)) < 0.5 && a.family == b.family
    }

    /// A cell of a table row: another short line of the page stands on the same baseline,
    /// apart from it in x. (A heading in one column of a two-column page shares its baseline
    /// with running text, which is not short.)
    func isTableCell(_ index: Int, _ body: Body) -> Bool {
        guard let box = body[index].source.box else { return false }
        let page = body[index].location.page
        let near = max(0, index - 12)..<min(body.count, index + 13)
        return near.contains { i in
            guard i != index, body[i].location.page == page, let other = body[i].source.box else { return false }
            let apart = other.x0 > box.x1 + 2 || other.x1 < box.x0 - 2
            return apart && abs(other.y1 - box.y1) < 1.5 && typography.isShort(body[i].source)
        }
    }

    /// Joined from cells set a tab apart ("Auteurs   Jan Peeters", a label and its
    /// value): row merging leaves the gap as three spaces; a title is one run of text.
    static func isRowOfCells(_ text: String) -> Bool {
        text.contains("   ")
    }

    /// Ends in a word broken across lines ("Detecteer-", "Voor-"): a title is never hyphenated.
    static func endsInBrokenWord(_ text: String) -> Bool {
        guard text.hasSuffix("-"), text.count >= 2 else { return false }
        return text.dropLast().last?.isLetter == true
    }

    /// One line of a run set in one type with no gap between its lines: a list of names, an
    /// item of a column, not a title standing apart from what it heads. `lines` are the
    /// candidate's own (a wrapped title); a heading just before does not count as the run.
    func isInRunOfSameType(_ lines: [Int], _ body: Body, afterHeading: Bool) -> Bool {
        guard let first = lines.first, let last = lines.last else { return false }
        let line = body[first].source
        let below = last + 1
        if below < body.count, !body.isClaimed(below), !body[below].source.breakBefore,
           body[below].location.page == line.location.page, Self.sameType(body[below].source, line) {
            return true
        }
        let above = first - 1
        return !afterHeading && above >= 0 && !body.isClaimed(above) && !line.breakBefore
            && body[above].location.page == line.location.page && Self.sameType(body[above].source, line)
    }
}
