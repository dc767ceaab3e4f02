import Foundation
import AdviesModel
import AdviesParser

/// Builds typeset documents inline, shaped as the PDF reader (`PopplerPageReader`) hands them
/// to the parser: A4 pages (595 × 842 pt, origin top-left, y down) of lines made of styled
/// spans, each with a box and a baseline; optional link annotations.
///
///     let document = Typeset.parse { doc in
///         doc.page { page in
///             page.line("1 Inleiding", .heading)
///             page.line("De raad vraagt de minister om meer middelen voor de scholen.^1")
///             page.gap()                                   // a paragraph break
///             page.row([(72, "Datum"), (200, "3 maart 2021")])
///             page.notes(["1 Zie het jaarverslag van 2020."])
///             page.footer("Pagina \(page.number) van 2")
///         }
///     }
///
/// - Lines follow each other at 1.2 × their size (baseline to baseline); `gap(_:)` adds space
///   before the next line, which the parser reads as a paragraph break.
/// - "^1" in a text is a raised marker: a superscript span at 0.6 × the size, above the baseline.
/// - Widths are approximate: every character is 0.5 × its size wide. A glyph box runs from
///   0.9 × size above the baseline to 0.21 × size below it (the reader's own assumption).
/// - `row` sets runs at given x positions as one line, with the spaces the reader puts in a
///   gap (three at a tab's width, one at a word space); `columns` sets them as separate lines
///   on one baseline, as poppler hands out runs far apart in x.
/// - `place`, `header`, `footer` and `notes` set lines at a fixed height and leave the
///   running position alone.
/// - `link(_:on:text:)` puts a link annotation over the words of a line (one per line a link
///   wraps across, as word processors write them); `ocr = true` marks a page read by OCR.
/// - Line building is in `TypesetLines.swift`.
enum Typeset {
    static let pageWidth = 595.0, pageHeight = 842.0
    static let left = 72.0, top = 72.0, bottom = 782.0
    /// Width of a character in ems.
    static let em = 0.5

    static func layout(ocr: Bool = false, _ build: (inout TypesetDocument) -> Void) -> LayoutDocument {
        var document = TypesetDocument()
        build(&document)
        return document.layout(ocr: ocr)
    }

    static func parse(ocr: Bool = false, _ build: (inout TypesetDocument) -> Void) -> ParsedDocument {
        DocumentParser().parse(layout(ocr: ocr, build), id: "typeset")
    }

    /// A line of running text of about the width of the text column (80 characters at 11 pt).
    static let filler = "De raad heeft de vraag van de minister grondig besproken met alle betrokkenen."

    /// Invented running text, one full line each, different at every height of every page
    /// (so that no body line recurs as a running header would).
    static func prose(page: Int, lines: Int = 3) -> [String] {
        let subjects = ["De scholen", "De ouders", "De vervoerders", "De gemeenten", "De centra", "De leerkrachten",
                        "De directies", "De inspecteurs", "De begeleiders", "De besturen"]
        let predicates = ["vragen meer duidelijkheid over de planning van het komende schooljaar",
                          "wijzen op de lange wachtlijsten in het buitengewoon onderwijs",
                          "zien dat de middelen voor de begeleiding niet volstaan",
                          "willen betrokken worden bij de uitwerking van het nieuwe decreet",
                          "merken dat de administratieve last elk jaar toeneemt",
                          "pleiten voor een stabiel kader zonder jaarlijkse wijzigingen",
                          "stellen vast dat de samenwerking met de lokale partners verbetert"]
        return (0..<lines).map { k in
            subjects[(page + k) % subjects.count] + " " + predicates[(page * 3 + k) % predicates.count] + "."
        }
    }
}

/// A font as the reader reports it: name (family before "-" or ","), size, weight, slant.
struct TypesetStyle: Sendable {
    var font: String
    var size: Double
    var bold = false
    var italic = false

    static let body = TypesetStyle(font: "Arial", size: 11)
    static let bold = TypesetStyle(font: "Arial-Bold", size: 11, bold: true)
    static let italic = TypesetStyle(font: "Arial-Italic", size: 11, italic: true)
    static let heading = TypesetStyle(font: "Arial-Bold", size: 14, bold: true)
    static let subheading = TypesetStyle(font: "Arial-Bold", size: 12, bold: true)
    static let footnote = TypesetStyle(font: "Arial", size: 8)
    /// A letterhead's or margin column's small print.
    static let small = TypesetStyle(font: "Arial", size: 7.5)
    static let serif = TypesetStyle(font: "TimesNewRomanPS", size: 11)
    static let serifItalic = TypesetStyle(font: "TimesNewRomanPS-Italic", size: 11, italic: true)

    func sized(_ size: Double) -> TypesetStyle {
        var copy = self
        copy.size = size
        return copy
    }

    /// Set in another font of the same weight and slant.
    func font(_ name: String) -> TypesetStyle {
        var copy = self
        copy.font = name
        return copy
    }

    var leading: Double { size * 1.2 }
    var ascent: Double { size * 0.9 }
    var descent: Double { size * 0.21 }
}

/// A run of one style in a line: text, where it starts (nil: right after the run before),
/// and whether it is a superscript.
struct TypesetRun {
    var text: String
    var style: TypesetStyle? = nil
    var x: Double? = nil
    var raised = false
}

struct TypesetDocument {
    var pages: [TypesetPage] = []
    var info = DocumentInfo()

    /// Adds a page, numbered from 1.
    mutating func page(_ build: (inout TypesetPage) -> Void) {
        var page = TypesetPage(number: pages.count + 1)
        build(&page)
        pages.append(page)
    }

    func layout(ocr: Bool = false) -> LayoutDocument {
        var info = self.info
        info.pageCount = pages.count
        info.ocr = info.ocr || ocr
        return LayoutDocument(source: "typeset.pdf", format: .pdf, info: info, pages: pages.map(\.layout))
    }
}

struct TypesetPage {
    let number: Int
    var lines: [LayoutLine] = []
    var links: [LinkAnnotation] = []
    /// Words read by OCR: every span carries a confidence.
    var ocr = false
    /// The baseline of the last line set in the flow.
    private(set) var baseline: Double?
    private var pendingGap = 0.0

    init(number: Int) {
        self.number = number
    }

    var layout: LayoutPage {
        var lines = self.lines
        if ocr { for l in lines.indices { for s in lines[l].spans.indices { lines[l].spans[s].confidence = 91 } } }
        return LayoutPage(number: number, width: Typeset.pageWidth, height: Typeset.pageHeight, lines: lines, links: links)
    }

    // MARK: - The flow

    /// Extra space before the next line: a paragraph break (the reader's threshold is about
    /// 3.5 pt over the usual gap between lines).
    mutating func gap(_ points: Double = 10) {
        pendingGap += points
    }

    /// A line in the flow; "^n" marks a raised marker. Returns its index on the page.
    @discardableResult
    mutating func line(_ text: String, _ style: TypesetStyle = .body, indent: Double = 0) -> Int {
        line(Self.runs(text, style, x: Typeset.left + indent), style)
    }

    /// Several lines in the flow, one style.
    mutating func lines(_ texts: [String], _ style: TypesetStyle = .body, indent: Double = 0) {
        for text in texts { line(text, style, indent: indent) }
    }

    /// A line of runs at given x positions (a form field and its value at a tab, table cells).
    @discardableResult
    mutating func row(_ cells: [(x: Double, text: String)], _ style: TypesetStyle = .body) -> Int {
        line(cells.flatMap { Self.runs($0.text, style, x: $0.x) }, style)
    }

    /// Runs on one baseline as separate lines of the page, in the order given (poppler's lines
    /// for text set far apart in x, not always next to each other).
    mutating func columns(_ cells: [(x: Double, text: String)], _ style: TypesetStyle = .body) {
        let base = advance(style)
        for cell in cells { lines.append(Self.build(Self.runs(cell.text, style, x: cell.x), main: style, baseline: base)) }
    }

    @discardableResult
    mutating func line(_ runs: [TypesetRun], _ style: TypesetStyle = .body) -> Int {
        let base = advance(style)
        lines.append(Self.build(runs, main: style, baseline: base))
        return lines.count - 1
    }

    private mutating func advance(_ style: TypesetStyle) -> Double {
        let base = baseline.map { $0 + style.leading + pendingGap } ?? Typeset.top + style.ascent + pendingGap
        baseline = base
        pendingGap = 0
        return base
    }

    // MARK: - Fixed heights

    /// A line at a given baseline, outside the flow.
    @discardableResult
    mutating func place(_ text: String, _ style: TypesetStyle = .body, x: Double = Typeset.left, baseline: Double) -> Int {
        lines.append(Self.build(Self.runs(text, style, x: x), main: style, baseline: baseline))
        return lines.count - 1
    }

    /// A running header at the top of the page.
    mutating func header(_ text: String, _ style: TypesetStyle = .footnote, x: Double = Typeset.left) {
        place(text, style, x: x, baseline: 40)
    }

    /// A running footer (or page number) at the bottom of the page.
    mutating func footer(_ text: String, _ style: TypesetStyle = .footnote, x: Double = Typeset.left, baseline: Double = 815) {
        place(text, style, x: x, baseline: baseline)
    }

    /// Notes in small type, their last line at the bottom margin.
    mutating func notes(_ texts: [String], _ style: TypesetStyle = .footnote, indent: Double = 0) {
        var base = Typeset.bottom - Double(texts.count - 1) * style.leading
        for text in texts {
            place(text, style, x: Typeset.left + indent, baseline: base)
            base += style.leading
        }
    }
}
