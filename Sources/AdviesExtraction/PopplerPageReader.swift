import AdviesModel
import AdviesText
import CPoppler
import Foundation

/// Reads one `PopplerPage*` into a `LayoutPage`. Everything poppler hands out (text, glyph
/// rectangles, attribute and link lists) is freed before `read()` returns.
struct PopplerPageReader {
    let page: OpaquePointer

    /// One character of the page text with its box and its attribute run.
    struct Glyph {
        var scalar: Unicode.Scalar
        var box: Box
        var style: Int?
    }

    struct Style {
        var font: String
        var size: Double
        var bold: Bool
        var italic: Bool
    }

    func read() -> LayoutPage {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        let scalars = pageText()
        let boxes = glyphBoxes()
        let (styles, styleOfIndex) = textStyles(count: scalars.count)
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            // Poppler gives one rectangle per character of the page text; guard anyway.
            let box = i < boxes.count ? boxes[i] : (glyphs.last?.box ?? Box(x0: 0, y0: 0, x1: 0, y1: 0))
            glyphs.append(Glyph(scalar: scalar, box: box, style: styleOfIndex[i]))
        }
        let lines = splitLines(glyphs).compactMap { buildLine($0, styles: styles) }
        let links = linkAnnotations(pageHeight: height, glyphs: glyphs)
        let hasText = lines.contains { !$0.text.allSatisfy(\.isSpace) }
        return LayoutPage(number: 0, width: width, height: height, lines: lines, links: links, hasTextLayer: hasText)
    }

    // MARK: - Poppler calls

    private func pageText() -> [Unicode.Scalar] {
        guard let text = poppler_page_get_text(page) else { return [] }
        defer { g_free(text) }
        return Array(String(cString: text).unicodeScalars)
    }

    /// Glyph rectangles, top-down page coordinates, one per character of `pageText()`.
    private func glyphBoxes() -> [Box] {
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        return (0..<Int(count)).map { i in
            let r = rectangles[i]
            return Box(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2)
        }
    }

    /// Attribute runs; offsets count Unicode scalars and `end_index` is inclusive.
    private func textStyles(count: Int) -> ([Style], [Int?]) {
        var styles: [Style] = []
        var styleOfIndex = [Int?](repeating: nil, count: count)
        guard let list = poppler_page_get_text_attributes(page) else { return (styles, styleOfIndex) }
        defer { poppler_page_free_text_attributes(list) }
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let raw = current.pointee.data {
                let attributes = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = attributes.font_name.map { String(cString: $0) } ?? ""
                styles.append(Self.style(fontName: name, size: attributes.font_size))
                let start = max(0, Int(attributes.start_index))
                let end = min(count - 1, Int(attributes.end_index))
                if start <= end {
                    for i in start...end { styleOfIndex[i] = styles.count - 1 }
                }
            }
            node = current.pointee.next
        }
        return (styles, styleOfIndex)
    }

    private func linkAnnotations(pageHeight: Double, glyphs: [Glyph]) -> [LinkAnnotation] {
        guard let list = poppler_page_get_link_mapping(page) else { return [] }
        defer { poppler_page_free_link_mapping(list) }
        var links: [LinkAnnotation] = []
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            defer { node = current.pointee.next }
            guard let raw = current.pointee.data else { continue }
            let mapping = raw.assumingMemoryBound(to: PopplerLinkMapping.self).pointee
            guard let action = mapping.action, action.pointee.type == POPPLER_ACTION_URI,
                  let uri = action.pointee.uri.uri else { continue }
            // Link areas are in PDF space, y from the bottom; the model is top-down.
            let a = mapping.area
            let box = Box(x0: a.x1, y0: pageHeight - a.y2, x1: a.x2, y1: pageHeight - a.y1)
            links.append(LinkAnnotation(uri: String(cString: uri), box: box.rounded,
                                        text: Self.text(under: box, in: glyphs)))
        }
        return links
    }

    // MARK: - Building lines

    private func splitLines(_ glyphs: [Glyph]) -> [[Glyph]] {
        var lines: [[Glyph]] = [[]]
        for glyph in glyphs {
            if glyph.scalar == "\n" { lines.append([]) } else { lines[lines.count - 1].append(glyph) }
        }
        return lines
    }

    private func buildLine(_ glyphs: [Glyph], styles: [Style]) -> LayoutLine? {
        var glyphs = Self.spacedAtGaps(glyphs, styles: styles)
        while let last = glyphs.last, Self.isSpace(last.scalar) { glyphs.removeLast() }
        guard !glyphs.isEmpty else { return nil }
        let visible = glyphs.filter { !Self.isSpace($0.scalar) && $0.box.height > 0 }
        // The line's body size: the size most visible characters are set in.
        var sizeWeight: [Double: Int] = [:]
        for g in visible { if let s = g.style { sizeWeight[styles[s].size, default: 0] += 1 } }
        let bodySize = sizeWeight.max { $0.value == $1.value ? $0.key < $1.key : $0.value < $1.value }?.key
        let bodyBottoms = visible.filter { g in g.style.map { styles[$0].size } == bodySize }.map(\.box.y1)
        let bodyBottom = Self.median(bodyBottoms) ?? Self.median(visible.map(\.box.y1))

        var spans: [TextSpan] = []
        var run: [Glyph] = []
        var runRaised = false
        func flush() {
            guard !run.isEmpty else { return }
            spans.append(makeSpan(run, styles: styles, raised: runRaised))
            run = []
        }
        for glyph in glyphs {
            let raised = isRaised(glyph, styles: styles, bodySize: bodySize, bodyBottom: bodyBottom)
            if let last = run.last, last.style != glyph.style || raised != runRaised,
               !(Self.isSpace(glyph.scalar) && !raised && !runRaised) {
                flush()
            }
            if run.isEmpty { runRaised = raised }
            run.append(glyph)
        }
        flush()
        let boxes = visible.map(\.box)
        let box = boxes.dropFirst().reduce(boxes.first) { $0?.union($1) }
        let text = String(String.UnicodeScalarView(glyphs.map(\.scalar)))
        let baseline = bodyBottom.flatMap { bottom in bodySize.map { Self.baseline(bottom: bottom, size: $0) } }
        return LayoutLine(text: text, spans: spans, box: box?.rounded, baseline: baseline.map(Self.round))
    }

    /// A superscript: visibly smaller than the line's body and sitting above its baseline.
    private func isRaised(_ glyph: Glyph, styles: [Style], bodySize: Double?, bodyBottom: Double?) -> Bool {
        guard let s = glyph.style, let bodySize, let bodyBottom,
              !Self.isSpace(glyph.scalar) else { return false }
        let size = styles[s].size
        return size < bodySize * 0.9 && glyph.box.y1 < bodyBottom - bodySize * 0.15
    }

    private func makeSpan(_ glyphs: [Glyph], styles: [Style], raised: Bool) -> TextSpan {
        let text = String(String.UnicodeScalarView(glyphs.map(\.scalar)))
        let style = glyphs.first(where: { !Self.isSpace($0.scalar) })?.style ?? glyphs.first?.style
        let visible = glyphs.filter { !Self.isSpace($0.scalar) && $0.box.height > 0 }.map(\.box)
        let box = visible.dropFirst().reduce(visible.first) { $0?.union($1) }
        guard let style else { return TextSpan(text: text, box: box?.rounded, raised: raised) }
        let s = styles[style]
        let bottom = Self.median(visible.map(\.y1))
        return TextSpan(text: text, font: s.font, size: Self.round(s.size), bold: s.bold, italic: s.italic,
                        box: box?.rounded, baseline: bottom.map { Self.round(Self.baseline(bottom: $0, size: s.size)) },
                        raised: raised)
    }

    /// Poppler joins text set apart on one line without a space between ("1Inleiding" for a
    /// number hanging in the margin, "datum12 augustus 2020" for a form field and its value).
    /// Where the gap between two glyphs is a word space or wider, a space is put in; where it
    /// is a tab stop or a column gap (1.5 em or more), three, as a text export shows it.
    static func spacedAtGaps(_ glyphs: [Glyph], styles: [Style]) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(glyphs.count)
        for glyph in glyphs {
            defer { out.append(glyph) }
            guard let previous = out.last, !isSpace(previous.scalar), !isSpace(glyph.scalar),
                  previous.box.height > 0, glyph.box.height > 0 else { continue }
            let size = glyph.style.map { styles[$0].size } ?? glyph.box.height
            let gap = glyph.box.x0 - previous.box.x1
            guard size > 0, gap >= size * 0.3 else { continue }
            let space = Glyph(scalar: " ", box: Box(x0: previous.box.x1, y0: glyph.box.y0, x1: glyph.box.x0, y1: glyph.box.y1),
                              style: glyph.style)
            out.append(contentsOf: Array(repeating: space, count: gap >= size * 1.5 ? 3 : 1))
        }
        return out
    }

    // MARK: - Helpers

    /// Unicode White_Space, with ASCII answered without the property tables (most glyphs).
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (9...13).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private static func style(fontName: String, size: Double) -> Style {
        // Embedded subsets carry a six-letter tag: "AAAAAA+DejaVuSans-Bold".
        var name = fontName
        if let plus = name.firstIndex(of: "+"), name.distance(from: name.startIndex, to: plus) == 6 {
            name = String(name[name.index(after: plus)...])
        }
        let lower = name.lowercased()
        let bold = ["bold", "black", "heavy", "semibold", "demi"].contains { lower.contains($0) }
        let italic = lower.contains("italic") || lower.contains("oblique")
        return Style(font: name, size: size, bold: bold, italic: italic)
    }

    /// The text a link sits on. A link whose box the text under it does not fill (an
    /// annotation placed over unrelated lines) has none.
    private static func text(under box: Box, in glyphs: [Glyph]) -> String {
        let inside = glyphs.filter { g in
            g.scalar != "\n" && box.contains(x: g.box.midX, y: g.box.midY)
        }
        let boxes = inside.filter { !Self.isSpace($0.scalar) }.map(\.box)
        guard let first = boxes.first else { return "" }
        let covered = boxes.reduce(first) { $0.union($1) }
        guard covered.width >= box.width * 0.6 || box.width < 40 else { return "" }
        return String(String.UnicodeScalarView(inside.map(\.scalar)))
            .split(whereSeparator: \.isSpace).joined(separator: " ")
    }

    /// Glyph boxes span the font's descent below the baseline; about a fifth of the size for
    /// common text faces.
    private static func baseline(bottom: Double, size: Double) -> Double {
        bottom - size * 0.21
    }

    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    private static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
