import AdviesModel
import AdviesText

/// Raised (superscript) runs of a PDF line: where footnote markers stand, as character
/// offsets into the line's trimmed text.
extension LineReader {
    static func raisedRuns(_ line: LayoutLine, trimmedTo text: String) -> [SourceLine.RaisedRun] {
        let leading = line.text.prefix { $0 == " " }.count
        var runs: [SourceLine.RaisedRun] = []
        var offset = 0
        for span in line.spans {
            let visible = span.text.trimming(.whitespaces)
            if span.raised, !visible.isEmpty {
                let start = offset + span.text.prefix { $0 == " " }.count - leading
                if start >= 0 && start < text.count { runs.append(.init(offset: start, text: visible)) }
            }
            offset += span.text.count
        }
        return runs
    }
}
