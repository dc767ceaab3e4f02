import AdviesModel

/// Every table of a document as CSV: one header row per table, then its rows, a blank line
/// between tables. Fields are quoted when they hold a comma, quote or line break.
public enum TableCSV {
    public static func render(_ document: ParsedDocument) -> String {
        var out: [String] = []
        for answer in document.answers {
            for table in answer.tables {
                if !out.isEmpty { out.append("") }
                out.append(row(["answer", "table", table.rowHeader ?? table.caption] + table.columns))
                for data in table.rows {
                    out.append(row(["\(answer.number)", table.label, data.label] + data.values.map(String.init)))
                }
            }
        }
        return out.joined(separator: "\n")
    }

    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
