/// The document as readable Markdown: headings, paragraphs, bullets, footnotes as notes.
public enum MarkdownRenderer {
    public static func render(_ document: ParsedDocument) -> String {
        var out: [String] = []
        out.append("# \(document.metadata.title ?? document.id)")
        if let subtitle = document.metadata.subtitle { out.append("*\(subtitle)*") }
        out.append("")
        let grouped = document.blocksBySection
        func write(_ blocks: [Block]) {
            for block in blocks { out.append(block.kind == .bullet ? "- \(block.text)" : "\(block.text)\n") }
        }
        write(grouped.outside)
        for (index, section) in document.sections.enumerated() {
            let hashes = String(repeating: "#", count: min(6, section.level + 1))
            out.append("\(hashes) \(section.number.map { "\($0) " } ?? "")\(section.title)\n")
            write(grouped.bySection[index] ?? [])
            for answer in document.answers {
                for table in answer.tables where section.number?.hasSuffix(".\(table.label)") == true
                    && section.parent == "A.\(answer.number)" {
                    out.append(markdownTable(table))
                }
            }
        }
        if !document.metadata.signatories.isEmpty {
            out.append("")
            for signatory in document.metadata.signatories { out.append("\(signatory.name), \(signatory.role ?? "")  ") }
        }
        if !document.footnotes.isEmpty {
            out.append("")
            for note in document.footnotes { out.append("[^\(note.number)]: \(note.text)") }
        }
        return out.joined(separator: "\n")
    }

    private static func markdownTable(_ table: DataTable) -> String {
        var rows = ["| \(table.rowHeader ?? "") | " + table.columns.joined(separator: " | ") + " |",
                    "|" + String(repeating: " --- |", count: table.columns.count + 1)]
        for row in table.rows {
            rows.append("| \(row.label) | " + row.values.map(String.init).joined(separator: " | ") + " |")
        }
        rows += table.notes.map { "\n\($0)" }
        return rows.joined(separator: "\n") + "\n"
    }
}
