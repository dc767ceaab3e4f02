import Foundation
import AdviesModel
import AdviesText

/// Builds the document tree from extracted pages: kind, metadata, sections, paragraphs and
/// bullets, footnotes with their markers, URLs; for written questions also the questions,
/// answers and tables. Any input gives a tree; what could not be made sense of is reported
/// in `diagnostics`.
public struct DocumentParser: Sendable {
    public init() {}

    public func parse(_ layout: LayoutDocument, id: String? = nil) -> ParsedDocument {
        let (layout, repairs) = OCRRepair.apply(to: RowMerging.merge(HangingMarkers.attach(to: layout.numberingLines())))
        let input = ParserInput(layout)
        let documentID = id ?? Self.documentID(for: layout.source)
        var document: ParsedDocument
        switch KindDetector.detect(input.zoned.body.map(\.text), letterhead: input.zoned.letterhead.map(\.text)) {
        case .writtenQuestion:
            document = WrittenQuestionParser(input: input).parse(id: documentID)
        case let kind:
            document = AdvisoryParser(input: input).parse(id: documentID, kind: kind)
            if kind == .unknown {
                document.diagnostics.insert(Diagnostic(.warning, .unknownKind,
                    "no kind told: no advice, letter, note or report apparatus, no numbered sections, no question header"), at: 0)
            }
        }
        SemanticLayer.apply(to: &document)
        document.sourceFile = layout.source
        document.diagnostics = layout.diagnostics + repairs + document.diagnostics
        return document
    }

    /// The id a document gets from its file name: "Corpus/pdf/x-y.pdf" -> "x-y".
    public static func documentID(for path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }
}

/// What every part of the parser works from: the lines, their typography, the zones.
struct ParserInput {
    let layout: LayoutDocument
    let pages: [[SourceLine]]
    let typography: Typography
    /// The document marks superscripts, so markers are raised runs.
    let typographic: Bool
    let zoned: PageSplitter.Result
    let joiner: LineJoiner

    init(_ layout: LayoutDocument) {
        self.layout = layout
        pages = LineReader.read(layout)
        let lines = pages.flatMap { $0 }.filter { !$0.isRule }
        typography = Typography(lines: lines)
        typographic = lines.contains { !$0.raised.isEmpty }
        zoned = PageSplitter(typography: typography, typographic: typographic, ocr: layout.info.ocr).zone(pages)
        joiner = LineJoiner(vocabulary: Vocabulary(lines: lines.map(\.text)))
    }

    /// The PDF link annotations of every page, each at the line it sits on (or the page's end).
    var annotations: [URLCollector.Annotation] {
        layout.pages.flatMap { page in
            page.links.map { link in
                let line = page.lines.first { $0.box.map { $0.y1 >= link.box.y0 && $0.y0 <= link.box.y1 } ?? false }
                let number = line?.sourceLine ?? (page.lines.last?.sourceLine ?? page.lines.count) + 1
                return URLCollector.Annotation(link: link, location: SourceLocation(page: page.number, line: number))
            }
        }
    }

    /// Footnotes as the URL collector sees them.
    func collectorNotes(_ footnotes: [Footnote]) -> [URLCollector.Note] {
        zip(zoned.notes, footnotes).map { draft, note in
            let first = draft.lines.first?.location ?? SourceLocation(page: 0, line: 0)
            return URLCollector.Note(number: note.number, page: first.page, text: note.text,
                                     boxes: draft.lines.compactMap(\.box), location: first)
        }
    }

    /// Blocks as the URL collector sees them: text and where it starts; and the page
    /// furniture, whose addresses (a letterhead's or footer's web site) are the document's too.
    func collectorBody(_ blocks: [Block]) -> [(text: String, location: SourceLocation?)] {
        blocks.map { ($0.text, $0.span?.start) } + (zoned.furniture + zoned.letterhead).map { ($0.text, $0.location) }
    }
}
