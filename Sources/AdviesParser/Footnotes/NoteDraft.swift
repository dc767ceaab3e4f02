import AdviesModel
import AdviesText

/// A footnote as cut from the page: its number and lines.
struct NoteDraft {
    var number: Int
    var lines: [SourceLine]
    /// The texts of its lines, the number taken off the first.
    var texts: [String]

    init(number: Int, lines: [SourceLine], firstLineText: String) {
        self.number = number
        self.lines = lines
        self.texts = [firstLineText]
    }

    mutating func append(_ line: SourceLine) {
        lines.append(line)
        texts.append(line.text)
    }
}
