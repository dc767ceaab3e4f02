import Foundation
import AdviesModel

/// Link annotations and the making of lines: how `TypesetPage` turns runs of text into the
/// spans, boxes and baselines the PDF reader produces.
extension TypesetPage {
    /// A link annotation over lines of the page (by index), with the words under it as text.
    mutating func link(_ uri: String, over indices: [Int]) {
        let boxes = indices.compactMap { lines[$0].box }
        guard let first = boxes.first else { return }
        let box = boxes.dropFirst().reduce(first) { $0.union($1) }
        let text = indices.map { lines[$0].text }.joined(separator: " ").split(separator: " ").joined(separator: " ")
        links.append(LinkAnnotation(uri: uri, box: box, text: text))
    }

    /// A link annotation over the part of line `index` that prints `text` (PDFs put one
    /// annotation over each line a link wraps across).
    mutating func link(_ uri: String, on index: Int, text: String) {
        let line = lines[index]
        guard let range = line.text.range(of: text), let lineBox = line.box else { return }
        let start = line.text.distance(from: line.text.startIndex, to: range.lowerBound), end = start + text.count
        var x0 = lineBox.x0, x1 = lineBox.x1, offset = 0
        for span in line.spans {
            let width = (span.size ?? 11) * Typeset.em
            let origin = (span.box?.x0 ?? 0) - Double(span.text.prefix { $0 == " " }.count) * width
            if (offset..<offset + span.text.count).contains(start) { x0 = origin + Double(start - offset) * width }
            if (offset..<offset + span.text.count).contains(end - 1) { x1 = origin + Double(end - offset) * width }
            offset += span.text.count
        }
        links.append(LinkAnnotation(uri: uri, box: Box(x0: x0, y0: lineBox.y0, x1: x1, y1: lineBox.y1), text: text))
    }

    // MARK: - Building lines

    /// The text cut at "^n" markers into runs.
    static func runs(_ text: String, _ style: TypesetStyle, x: Double?) -> [TypesetRun] {
        var runs: [TypesetRun] = []
        var current = "", marker: String?
        func flush() {
            if let marker, !marker.isEmpty { runs.append(TypesetRun(text: marker, style: style, raised: true)) }
            else if !current.isEmpty { runs.append(TypesetRun(text: current, style: style)) }
            current = ""
            marker = nil
        }
        for c in text {
            if c == "^" { flush(); marker = ""; continue }
            if marker != nil {
                if c.isNumber { marker!.append(c); continue }
                flush()
            }
            current.append(c)
        }
        flush()
        if !runs.isEmpty { runs[0].x = x }
        return runs
    }

    /// A line as the reader builds it: spans of one style each, spaces put into gaps, boxes
    /// over the visible characters, the line's baseline that of its main text.
    static func build(_ runs: [TypesetRun], main: TypesetStyle, baseline: Double) -> LayoutLine {
        var spans: [TextSpan] = []
        var x = Typeset.left
        for run in runs {
            let style = run.style ?? main
            let size = run.raised ? style.size * 0.6 : style.size
            let base = run.raised ? baseline - style.size * 0.35 : baseline
            let width = size * Typeset.em
            if let start = run.x {
                // The reader puts one space in a word gap, three at a tab stop or column gap.
                let gap = start - x
                if !spans.isEmpty, gap >= size * 0.3 { spans[spans.count - 1].text += gap >= size * 1.5 ? "   " : " " }
                x = start
            }
            let leading = Double(run.text.prefix { $0 == " " }.count), visible = run.text.trimmingCharacters(in: .whitespaces)
            let x0 = x + leading * width
            let box = Box(x0: x0, y0: base - size * 0.9, x1: x0 + Double(visible.count) * width, y1: base + size * 0.21)
            spans.append(TextSpan(text: run.text, font: style.font, size: size, bold: style.bold, italic: style.italic,
                                  box: visible.isEmpty ? nil : box, baseline: base, raised: run.raised))
            x += Double(run.text.count) * width
        }
        let boxes = spans.compactMap(\.box)
        let box = boxes.dropFirst().reduce(boxes.first) { $0?.union($1) }
        // The reader trims the line's trailing spaces.
        let text = spans.map(\.text).joined()
        var trimmed = text
        while trimmed.last == " " { trimmed.removeLast() }
        return LayoutLine(text: trimmed, spans: spans, box: box, baseline: baseline)
    }
}
