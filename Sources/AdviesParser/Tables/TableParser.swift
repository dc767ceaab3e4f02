import AdviesModel
import AdviesText

/// Reads a table of figures laid out as lines: the row header (what the rows count), column
/// headers (a header wrapped after a hyphen, "2019-" + "2020", is joined), rows ending in one
/// integer per column (a label wrapping over lines is joined), and the notes under it
/// ("*Onvolledige cijfers ...").
struct TableParser {
    let typography: Typography
    let joiner: LineJoiner

    struct Result {
        var rowHeader: String?
        var columns: [String]
        var rows: [DataTable.Row]
        var notes: [String]
        /// Lines before the row header that are running text, not table.
        var leadingText: [Int]
        /// Index just past the table.
        var end: Int
    }

    /// Parses the table whose first line (after its caption) is `start`; nil when no column
    /// headers and rows follow.
    func parse(_ body: Body, from start: Int, until limit: Int) -> Result? {
        guard let columnStart = (start..<limit).first(where: { isColumnHeader(body[$0].text) }) else { return nil }
        var columns: [String] = []
        var index = columnStart
        var pending: [String] = []
        while index < limit, isColumnHeader(body[index].text) {
            pending.append(body[index].text)
            if !body[index].text.hasSuffix("-") {
                columns.append(joiner.join(pending))
                pending = []
            }
            index += 1
        }
        guard columns.count >= 1 else { return nil }
        let headerStart = rowHeaderStart(body, from: start, before: columnStart)
        let rowHeader = headerStart < columnStart ? joiner.join(body.texts(headerStart..<columnStart)) : nil

        var rows: [DataTable.Row] = []
        var label: [String] = []
        while index < limit {
            let text = body[index].text
            if text.hasPrefix("*") { break }
            if let (rowLabel, values) = Self.row(text, columns: columns.count) {
                rows.append(DataTable.Row(label: joiner.join(label + (rowLabel.isEmpty ? [] : [rowLabel])), values: values))
                label = []
            } else if label.count < 3, text.count < typography.fullLineLength {
                label.append(text)
            } else {
                break
            }
            index += 1
        }
        guard !rows.isEmpty else { return nil }
        if !label.isEmpty { index -= label.count }
        var notes: [[String]] = []
        while index < limit {
            let text = body[index].text
            if text.hasPrefix("*") {
                notes.append([text])
            } else if let last = notes.last?.last, !(last.last.map { ".!?".contains($0) } ?? true) {
                notes[notes.count - 1].append(text)
            } else {
                break
            }
            index += 1
        }
        return Result(rowHeader: rowHeader, columns: columns, rows: rows, notes: notes.map { joiner.join($0) },
                      leadingText: Array(start..<headerStart), end: index)
    }

    /// A column header line: one short token ("2019-", "2020", "2022-2023*", "%").
    private func isColumnHeader(_ text: String) -> Bool {
        !text.contains(" ") && text.count <= 14 && text.contains(where: \.isNumber)
            && text.allSatisfy { $0.isNumber || "-–/*%.".contains($0) || $0.isLetter }
    }

    /// Where the row header starts: the run of table lines just above the column headers
    /// (narrow lines that do not finish a wider paragraph).
    private func rowHeaderStart(_ body: Body, from start: Int, before end: Int) -> Int {
        var first = end
        while first > start, isTableLine(body[first - 1].source) { first -= 1 }
        // A narrow line finishing a paragraph of full-width lines is not part of the table.
        while first < end, endsParagraphTail(body, first, start: start) { first += 1 }
        return first
    }

    /// Table cells are narrow: a line well short of the full text width.
    private func isTableLine(_ line: SourceLine) -> Bool {
        line.text.count < typography.fullLineLength * 6 / 10
    }

    /// The line at `index` completes a sentence begun on a full-width line before it.
    private func endsParagraphTail(_ body: Body, _ index: Int, start: Int) -> Bool {
        guard index > start else { return false }
        let previous = body[index - 1].text
        return previous.count >= typography.fullLineLength * 7 / 10 && !(previous.last.map { ".:?!".contains($0) } ?? true)
    }

    /// "Provincie Antwerpen 976 1272 2622 2841" -> label and values; "8 16 31 32" -> "" and values.
    static func row(_ text: String, columns: Int) -> (String, [Int])? {
        var tokens = text.split(separator: " ").map(String.init)
        var values: [Int] = []
        while values.count < columns, let last = tokens.last, let value = integer(last) {
            values.insert(value, at: 0)
            tokens.removeLast()
        }
        guard values.count == columns else { return nil }
        return (tokens.joined(separator: " "), values)
    }

    /// "1272", "10.225", "10 225" (as one token) -> integer.
    private static func integer(_ token: String) -> Int? {
        let digits = token.filter { $0 != "." && $0 != "\u{202F}" && $0 != "\u{00A0}" }
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) || (digits.first == "-" && digits.dropFirst().allSatisfy(\.isNumber)) else { return nil }
        return Int(digits)
    }
}
