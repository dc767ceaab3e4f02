import AdviesModel

/// Text set on one baseline but in separate columns of a row comes out of poppler as
/// separate lines, not always next to each other: a form label and its value ("Datum" and
/// "1 maart 2011"), a chapter number hanging in the margin and its title ("3" and
/// "Conclusie"), a footer and its page number. Lines that share a baseline and stand within
/// a tab's reach of each other are one line, the gap shown as three spaces (as a text export
/// shows it). Lines further apart are separate columns (a letterhead beside an address) and
/// stay apart.
enum RowMerging {
    /// The widest gap, in ems of the text, that still joins two runs into one line.
    static let reach = 12.0

    static func merge(_ layout: LayoutDocument) -> LayoutDocument {
        var layout = layout
        for p in layout.pages.indices where !layout.pages[p].isOCR {
            layout.pages[p].lines = merge(layout.pages[p].lines)
        }
        return layout
    }

    static func merge(_ lines: [LayoutLine]) -> [LayoutLine] {
        var lines = lines
        var index = 0
        while index < lines.count {
            guard let right = partner(rightOf: index, in: lines) else {
                index += 1
                continue
            }
            lines[index] = joined(lines[index], lines[right])
            lines.remove(at: right)
            if right < index { index -= 1 }
        }
        return lines
    }

    /// The nearest line starting right of line `index` on the same baseline, within reach.
    private static func partner(rightOf index: Int, in lines: [LayoutLine]) -> Int? {
        guard let box = lines[index].box, let base = lines[index].baseline, !lines[index].isRule else { return nil }
        let size = lines[index].dominantSize ?? box.height
        var best: (index: Int, gap: Double)?
        for (i, line) in lines.enumerated() where i != index && !line.isRule {
            guard let other = line.box, let otherBase = line.baseline else { continue }
            let gap = other.x0 - box.x1
            guard gap >= -0.5, gap < reach * size, abs(otherBase - base) <= max(1.0, size * 0.2) else { continue }
            if best == nil || gap < best!.gap { best = (i, gap) }
        }
        return best?.index
    }

    private static func joined(_ left: LayoutLine, _ right: LayoutLine) -> LayoutLine {
        let size = left.dominantSize ?? left.box?.height ?? 10
        let gap = (right.box?.x0 ?? 0) - (left.box?.x1 ?? 0)
        let spacer = gap >= size * 1.5 ? "   " : " "
        var result = left
        result.text = left.text + spacer + right.text
        result.spans = left.spans + [TextSpan(text: spacer, font: left.spans.last?.font, size: left.spans.last?.size)] + right.spans
        result.box = right.box.map { left.box?.union($0) ?? $0 }
        return result
    }
}
