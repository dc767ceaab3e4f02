import AdviesModel
import AdviesText

/// Turns the extractor's pages into source lines: drops empty lines, marks paragraph breaks
/// (vertical gaps in a PDF, blank lines in a text export) and raised runs.
enum LineReader {
    static func read(_ document: LayoutDocument) -> [[SourceLine]] {
        let usualBlanks = usualBlankLines(document)
        let usualGap = usualLineGap(document)
        let marksParagraphEnds = marksParagraphEndsWithSpaces(document)
        var pages = document.pages.map { page in
            var lines: [SourceLine] = []
            var above: [Box] = []
            var previousEndedParagraph = false
            for (index, line) in page.lines.enumerated() {
                let location = SourceLocation(page: page.number, line: line.sourceLine ?? index + 1)
                if line.isRule {
                    lines.append(SourceLine(text: "", location: location, size: nil, bold: false, box: nil,
                                            isRule: true, breakBefore: true, raised: []))
                    continue
                }
                let text = line.text.trimming(.whitespaces)
                guard !text.isEmpty else { continue }
                var breakBefore = line.blankLinesBefore > usualBlanks || previousEndedParagraph
                previousEndedParagraph = marksParagraphEnds && line.trailingSpaces >= 2
                if let box = line.box, let bottom = Self.bottomAbove(box, among: above), let usualGap {
                    breakBefore = box.y0 - bottom > max(usualGap * 1.8, usualGap + 2.5)
                }
                if let box = line.box { above.append(box) }
                lines.append(SourceLine(text: text, location: location, size: line.dominantSize,
                                        bold: line.isMostlyBold, italic: Self.isItalic(line), family: Self.family(of: line),
                                        box: line.box, isRule: false, breakBefore: breakBefore,
                                        raised: raisedRuns(line, trimmedTo: text)))
            }
            return lines
        }
        OutlineMarks.mark(&pages, outline: document.outline)
        return pages
    }

    /// The bottom of the line before this one in its column: the last of the recent lines that
    /// shares some of its width (a margin column or letterhead beside it is no line above it).
    private static func bottomAbove(_ box: Box, among above: [Box]) -> Double? {
        above.suffix(12).last { $0.x0 < box.x1 && box.x0 < $0.x1 }.map(\.y1) ?? above.last?.y1
    }

    /// The number of blank lines that usually separates two lines of a text export.
    private static func usualBlankLines(_ document: LayoutDocument) -> Int {
        // Counted inside sentences only: a line that carries on the line above (which ends no
        // sentence) in lower case. A text with one paragraph per line has none, and its blank
        // lines are breaks.
        var counts: [Int: Int] = [:]
        for page in document.pages {
            for (above, line) in zip(page.lines, page.lines.dropFirst()) where !line.isRule && !above.isRule {
                let text = above.text.trimming(.whitespaces)
                guard let last = text.last, !".?!:;".contains(last), line.text.trimming(.whitespaces).first?.isLowercase == true
                else { continue }
                counts[line.blankLinesBefore, default: 0] += 1
            }
        }
        return counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key ?? 0
    }

    /// Some exporters end a paragraph's last line with two spaces and other lines with one.
    private static func marksParagraphEndsWithSpaces(_ document: LayoutDocument) -> Bool {
        let lines = document.pages.flatMap(\.lines).filter { !$0.isRule }
        let one = lines.filter { $0.trailingSpaces == 1 }.count
        let two = lines.filter { $0.trailingSpaces >= 2 }.count
        return two > 0 && one > two
    }

    /// The usual vertical gap between two consecutive lines of a PDF page.
    private static func usualLineGap(_ document: LayoutDocument) -> Double? {
        var gaps: [Double] = []
        for page in document.pages {
            var previous: Box?
            for line in page.lines {
                guard let box = line.box else { continue }
                if let previous, box.y0 > previous.y1 - 1 { gaps.append(box.y0 - previous.y1) }
                previous = box
            }
        }
        guard !gaps.isEmpty else { return nil }
        let sorted = gaps.sorted()
        return sorted[sorted.count / 2]
    }

    /// Nine in ten visible characters are italic.
    static func isItalic(_ line: LayoutLine) -> Bool {
        var italic = 0, all = 0
        for span in line.spans {
            let visible = span.text.count(where: { !$0.isSpace })
            all += visible
            if span.italic { italic += visible }
        }
        return all > 0 && italic * 10 >= all * 9
    }

    /// The family of the font most visible characters are set in: the name before its style
    /// ("Verdana-BoldItalic", "Arial,Bold", "TimesNewRomanPS-ItalicMT" -> "Verdana", "Arial",
    /// "TimesNewRomanPS").
    static func family(of line: LayoutLine) -> String? {
        var weight: [String: Int] = [:]
        for span in line.spans { if let font = span.font { weight[font, default: 0] += span.text.count(where: { !$0.isSpace }) } }
        guard let font = weight.max(by: { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value })?.key else { return nil }
        var family = String(font.prefix { $0 != "-" && $0 != "," })
        // Vendors suffix the roman font only ("ArialMT" beside "Arial-ItalicMT",
        // "TimesNewRomanPSMT" beside "TimesNewRomanPS-BoldMT"): one family.
        for suffix in ["PSMT", "MT", "PS"] where family.hasSuffix(suffix) && family.count > suffix.count + 2 {
            family.removeLast(suffix.count)
            break
        }
        return family
    }
}
