import AdviesModel

/// The document as readable Markdown: headings, paragraphs, bullets, footnotes as notes.
/// Text from the document is inert: characters that Markdown or HTML would read as markup
/// (a `<script>` a PDF prints, a stray `*`) are escaped.
public enum MarkdownRenderer {
    public static func render(_ document: ParsedDocument) -> String {
        var out: [String] = []
        out.append("# \(escape(document.metadata.title ?? document.id))")
        if let subtitle = document.metadata.subtitle { out.append("*\(escape(subtitle))*") }
        out.append("")
        let contents = SectionContents(document)
        func write(_ blocks: [Block]) {
            for block in blocks { out.append(block.kind == .bullet ? "- \(escape(block.text))" : "\(escape(block.text))\n") }
        }
        write(contents.outside.blocks)
        for section in document.sections {
            let hashes = String(repeating: "#", count: min(6, section.level + 1))
            out.append("\(hashes) \(escape(section.number.map { "\($0) " } ?? ""))\(escape(section.title))\n")
            let own = contents[section.id]
            write(own.blocks)
            out += own.tables.map(markdownTable)
        }
        if !document.metadata.signatories.isEmpty {
            out.append("")
            for signatory in document.metadata.signatories { out.append("\(escape(signatory.name)), \(escape(signatory.role ?? ""))  ") }
        }
        if !document.footnotes.isEmpty {
            out.append("")
            for note in document.footnotes { out.append("[^\(note.number)]: \(escape(note.text))") }
        }
        return out.joined(separator: "\n")
    }

    private static func markdownTable(_ table: DataTable) -> String {
        var rows = ["| \(escape(table.rowHeader ?? "")) | " + table.columns.map(escape).joined(separator: " | ") + " |",
                    "|" + String(repeating: " --- |", count: table.columns.count + 1)]
        for row in table.rows {
            rows.append("| \(escape(row.label)) | " + row.values.map(String.init).joined(separator: " | ") + " |")
        }
        rows += table.notes.map { "\n\(escape($0))" }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Markup characters as HTML entities or backslash escapes: `&`, `<` and `>` (HTML), and
    /// the Markdown characters that change what follows them (`*`, `_`, backticks, brackets,
    /// a leading `#`), so a document's text renders as the text it is.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "*", "_", "`", "[", "]", "\\": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        if out.hasPrefix("#") { out = "\\" + out }
        return TerminalText.visible(out)
    }
}
