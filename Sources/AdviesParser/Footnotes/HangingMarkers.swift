import AdviesModel
import AdviesText

/// Poppler puts a short run set apart in x (a footnote number hanging left of its note, a
/// marker in its own column) on a line of its own, often before the lines it belongs to.
/// This joins such a fragment to the line it shares a row with, as that line's first span.
enum HangingMarkers {
    /// Longest fragment (visible characters) treated as a hanging marker.
    static let maxLength = 3

    /// Every page with its fragments joined; pages read by OCR are left as they are (OCR
    /// builds its lines from word boxes and has no such fragments).
    static func attach(to layout: LayoutDocument) -> LayoutDocument {
        var layout = layout
        for p in layout.pages.indices where !layout.pages[p].isOCR {
            layout.pages[p].lines = attach(layout.pages[p].lines)
        }
        return layout
    }

    static func attach(_ lines: [LayoutLine]) -> [LayoutLine] {
        var lines = lines
        // Decided once per line (not once per pair): a joined line is no fragment.
        var fragments = lines.map(isFragment)
        guard fragments.contains(true) else { return lines }
        var index = 0
        while index < lines.count {
            let fragment = lines[index]
            guard fragments[index], let target = rowPartner(of: index, in: lines, fragments: fragments) else {
                index += 1
                continue
            }
            lines[target] = joined(fragment, before: lines[target])
            fragments[target] = isFragment(lines[target])
            lines.remove(at: index)
            fragments.remove(at: index)
        }
        return lines
    }

    /// One to `maxLength` visible characters; stops counting past that.
    private static func isFragment(_ line: LayoutLine) -> Bool {
        guard line.box != nil else { return false }
        var visible = 0
        for character in line.text where !character.isSpace {
            visible += 1
            if visible > maxLength { return false }
        }
        return visible > 0
    }

    /// The line that starts just right of the fragment and overlaps it vertically the most.
    private static func rowPartner(of index: Int, in lines: [LayoutLine], fragments: [Bool]) -> Int? {
        guard let box = lines[index].box else { return nil }
        var best: (index: Int, overlap: Double)?
        for (i, line) in lines.enumerated() where i != index {
            guard let other = line.box, !fragments[i] else { continue }
            let gap = other.x0 - box.x1
            guard gap >= -0.5, gap < max(box.height, other.height) * 2 else { continue }
            let overlap = min(box.y1, other.y1) - max(box.y0, other.y0)
            guard overlap > min(box.height, other.height) * 0.4 else { continue }
            if best == nil || overlap > best!.overlap { best = (i, overlap) }
        }
        return best?.index
    }

    private static func joined(_ fragment: LayoutLine, before line: LayoutLine) -> LayoutLine {
        var marker = fragment.spans
        let lineSize = line.dominantSize ?? 0
        for i in marker.indices {
            let size = marker[i].size ?? lineSize
            let bottom = marker[i].box?.y1 ?? 0
            let lineBottom = line.box?.y1 ?? 0
            marker[i].raised = size < lineSize * 0.9 && bottom < lineBottom - lineSize * 0.15
        }
        let gap = (line.box?.x0 ?? 0) - (fragment.box?.x1 ?? 0)
        var spans = marker
        var text = fragment.text
        if gap > 1 {
            spans.append(TextSpan(text: " ", font: marker.last?.font, size: marker.last?.size))
            text += " "
        }
        spans += line.spans
        var result = line
        result.text = text + line.text
        result.spans = spans
        result.box = fragment.box.map { line.box?.union($0) ?? $0 }
        return result
    }
}

extension LayoutPage {
    /// Read by OCR: its words carry confidences.
    var isOCR: Bool {
        lines.contains { $0.spans.contains { $0.confidence != nil } }
    }
}
