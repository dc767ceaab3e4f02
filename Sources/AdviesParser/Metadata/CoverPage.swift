import AdviesModel
import AdviesText

/// A cover page of a typeset document: a first page of a few lines and no running text,
/// with a title set well above the text size, before pages that carry the text. Its lines are
/// facts, never text or headings: the title is the run of its largest type, the date the first
/// it prints, the issuing body a line naming one.
struct CoverPage {
    var lines: [Int]
    var title: String?
    var date: DutchDate.Found?
    var body: String?

    /// Most lines a cover holds.
    static let mostLines = 15

    static func read(_ body: Body, typography: Typography) -> CoverPage? {
        guard let bodySize = typography.bodySize, body.count > 0 else { return nil }
        let page = body[0].location.page
        let lines = body.indices.prefix { body[$0].location.page == page }.filter { !body.isClaimed($0) }
        guard !lines.isEmpty, lines.count <= mostLines, body.indices.contains(where: { body[$0].location.page > page }),
              !lines.contains(where: { isRunningText(body[$0].source, typography: typography) }) else { return nil }
        let largest = lines.compactMap { body[$0].source.size }.max() ?? 0
        guard largest >= bodySize * 1.3 else { return nil }
        let titleLines = lines.drop { body[$0].source.size != largest }.prefix { body[$0].source.size == largest }
        let texts = lines.map { body[$0].text }
        return CoverPage(lines: lines, title: HeadingDetector.cleanTitle(titleLines.map { body[$0].text }.joined(separator: " ")),
                         date: texts.lazy.compactMap(DutchDate.first(in:)).first { $0.precision == .day },
                         body: Masthead.body(texts))
    }

    /// A full line of text-size type that is not set apart.
    private static func isRunningText(_ line: SourceLine, typography: Typography) -> Bool {
        !typography.isEmphasised(line) && !typography.isSmall(line) && line.text.count >= typography.fullLineLength * 7 / 10
    }
}
