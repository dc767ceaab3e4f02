import AdviesModel
import AdviesText
import Foundation

/// Turns what Tesseract read into the layout model, so the parser treats an OCR'd page like a
/// typeset one: a size estimated from each line's height above its baseline, words as spans
/// with their confidence, and superscripts (footnote markers) told apart by their boxes:
/// small characters ending a word and sitting well above the baseline.
enum OCRLayout {
    /// Cap and ascender height as a share of the type size, for common text faces.
    static let ascentShare = 0.72

    static func page(number: Int, width: Double, height: Double, lines: [OCRLine], image: GreyImage?,
                     links: [LinkAnnotation]) -> LayoutPage {
        let stray = strayClosingQuotes(lines)
        var built = lines.enumerated().compactMap { index, ocrLine in
            line(ocrLine, strayQuoteWords: stray[index] ?? [])
        }
        if let image { markBold(&built, image: image) }
        return LayoutPage(number: number, width: width, height: height, lines: built, links: links, hasTextLayer: false)
    }

    /// Bold words have thicker strokes for their size. LSTM recognition reports no font, so
    /// the stroke is measured in the image: the mean run of dark pixels along the rows of the
    /// word's box, over the type size; a word is bold when that stands well above the page's
    /// usual (most of a page is regular text).
    private static func markBold(_ lines: inout [LayoutLine], image: GreyImage) {
        var ratios: [[Double?]] = []
        for line in lines {
            ratios.append(line.spans.map { span in
                guard !span.raised, let box = span.box, let size = span.size, size > 0,
                      let stroke = strokeWidth(in: box, image: image) else { return nil }
                return stroke / size
            })
        }
        let all = ratios.flatMap { $0.compactMap { $0 } }.sorted()
        guard all.count >= 20 else { return }
        let usual = all[all.count / 2]
        for (l, lineRatios) in ratios.enumerated() {
            for (s, ratio) in lineRatios.enumerated() {
                guard let ratio else { continue }
                lines[l].spans[s].bold = ratio > usual * boldStroke
            }
        }
    }

    /// How much thicker than the page's usual stroke a bold word's is.
    static let boldStroke = 1.4

    /// Mean length, in points, of the runs of dark pixels along the rows of `box`.
    private static func strokeWidth(in box: Box, image: GreyImage) -> Double? {
        let x0 = max(0, Int(box.x0 * image.scale)), x1 = min(image.width, Int((box.x1 * image.scale).rounded(.up)))
        let y0 = max(0, Int(box.y0 * image.scale)), y1 = min(image.height, Int((box.y1 * image.scale).rounded(.up)))
        guard x1 - x0 >= 4, y1 - y0 >= 4 else { return nil }
        var dark = 0, runs = 0
        image.pixels.withUnsafeBufferPointer { pixels in
            for y in y0..<y1 {
                var inRun = false
                for x in x0..<x1 {
                    let isDark = pixels[y * image.width + x] < 128
                    if isDark { dark += 1; if !inRun { runs += 1 } }
                    inRun = isDark
                }
            }
        }
        return runs > 0 ? Double(dark) / Double(runs) / image.scale : nil
    }

    /// Closing quotes after a sentence end that no opening quote on the page pairs with, by
    /// line and word index: OCR's reading of a superscript marker ("morgen.7" as "morgen.”").
    private static func strayClosingQuotes(_ lines: [OCRLine]) -> [Int: Set<Int>] {
        var open = 0
        var stray: [Int: Set<Int>] = [:]
        for (l, line) in lines.enumerated() {
            for (w, word) in line.words.enumerated() {
                let characters = Array(word.text)
                for (i, c) in characters.enumerated() {
                    if c == "“" || c == "‘" { open += 1; continue }
                    guard c == "”" || c == "’" else { continue }
                    if open > 0 { open -= 1; continue }
                    if i == characters.count - 1, i > 0, ".,;:!?".contains(characters[i - 1]) {
                        stray[l, default: []].insert(w)
                    }
                }
            }
        }
        return stray
    }

    static func line(_ line: OCRLine, strayQuoteWords: Set<Int> = []) -> LayoutLine? {
        let words = line.words.filter { !$0.text.allSatisfy(\.isWhitespace) }
        guard !words.isEmpty else { return nil }
        let ascent = ascent(of: line, words: words)
        let size = ascent.map { round($0 / ascentShare, to: 0.5) }
        var spans: [TextSpan] = []
        for (index, word) in line.words.enumerated() where !word.text.allSatisfy(\.isWhitespace) {
            let space = spans.isEmpty ? "" : " "
            let raisedCount = strayQuoteWords.contains(index) && word.symbols.last.map({ ["”", "’"].contains($0.text) }) == true
                ? 1 : ascent.map { raisedTail(of: word, line: line, ascent: $0) } ?? 0
            let symbols = word.symbols
            if raisedCount > 0, raisedCount <= symbols.count {
                let base = symbols.dropLast(raisedCount)
                let raised = symbols.suffix(raisedCount)
                if !base.isEmpty {
                    spans.append(span(space + base.map(\.text).joined(), boxes: base.map(\.box), size: size,
                                      line: line, confidence: word.confidence, raised: false))
                }
                let raisedBox = union(raised.map(\.box))
                spans.append(span((base.isEmpty ? space : "") + raised.map(\.text).joined(), boxes: raised.map(\.box),
                                  size: raisedBox.map { round($0.height / ascentShare, to: 0.5) }, line: line,
                                  confidence: word.confidence, raised: true))
            } else {
                spans.append(span(space + word.text, boxes: [word.box], size: size, line: line,
                                  confidence: word.confidence, raised: false))
            }
        }
        let text = spans.map(\.text).joined()
        let baseline = line.baselineY(at: line.box.midX)
        return LayoutLine(text: text, spans: spans, box: line.box.rounded, baseline: baseline.map { round($0, to: 0.01) })
    }

    /// Height of the line's capitals and ascenders above its baseline: the tallest of its
    /// characters that stand on the baseline.
    private static func ascent(of line: OCRLine, words: [OCRWord]) -> Double? {
        var heights: [Double] = []
        for word in words {
            for symbol in word.symbols where symbol.text.unicodeScalars.allSatisfy(\.properties.isAlphabetic)
                || symbol.text.allSatisfy(\.isNumber) {
                guard let base = line.baselineY(at: symbol.box.midX), abs(symbol.box.y1 - base) < symbol.box.height * 0.25 else { continue }
                heights.append(base - symbol.box.y0)
            }
        }
        guard !heights.isEmpty else { return line.baseline == nil ? nil : max(1, line.box.height * 0.75) }
        // The 90th percentile: capitals and ascenders, not one misplaced box.
        let sorted = heights.sorted()
        return sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
    }

    /// How many characters at the end of a word are superscript: small, and bottoms well
    /// above the baseline. Quotes and apostrophes sit high by nature and never count.
    private static func raisedTail(of word: OCRWord, line: OCRLine, ascent: Double) -> Int {
        var count = 0
        for symbol in word.symbols.reversed() {
            guard let base = line.baselineY(at: symbol.box.midX),
                  !symbol.text.contains(where: { highByNature.contains($0) }),
                  base - symbol.box.y1 > ascent * 0.28, symbol.box.height < ascent * 0.85 else { break }
            count += 1
        }
        // A marker is short; a whole raised phrase is a misread line, not a superscript.
        return count <= 3 ? count : 0
    }

    private static let highByNature: Set<Character> = ["'", "‘", "’", "\"", "“", "”", "`", "´", "^", "~", "°", "-", "–", "—", "="]

    private static func span(_ text: String, boxes: [Box], size: Double?, line: OCRLine, confidence: Double,
                             raised: Bool) -> TextSpan {
        let box = union(boxes)
        let baseline = raised ? box.map(\.y1) : line.baselineY(at: box?.midX ?? line.box.midX)
        return TextSpan(text: text, size: size, box: box?.rounded, baseline: baseline.map { round($0, to: 0.01) },
                        raised: raised, confidence: round(confidence, to: 0.1))
    }

    private static func union(_ boxes: [Box]) -> Box? {
        boxes.dropFirst().reduce(boxes.first) { $0?.union($1) }
    }

    private static func round(_ value: Double, to step: Double) -> Double { (value / step).rounded() * step }
}
