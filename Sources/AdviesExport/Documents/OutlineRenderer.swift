import AdviesModel

/// The document tree at a glance: kind and metadata, then sections with their footnotes,
/// recommendations and references, indented by level.
public enum OutlineRenderer {
    public static func render(_ document: ParsedDocument) -> String {
        var out: [String] = []
        out.append("\(document.id) [\(document.kind.rawValue)]")
        let m = document.metadata
        for (label, value) in [("title", m.title), ("subtitle", m.subtitle), ("date", m.date), ("council", m.council),
                               ("reference", m.referenceNumber), ("requester", m.requester), ("issued by", m.issuedBy),
                               ("case officer", m.caseOfficer), ("question", m.questionNumber), ("asked by", m.askedBy),
                               ("addressed to", m.addressedTo), ("url", m.url)] {
            if let value { out.append("  \(label): \(value)") }
        }
        for signatory in m.signatories { out.append("  signed: \(signatory.name)\(signatory.role.map { ", \($0)" } ?? "")") }
        if !m.fromManifest.isEmpty { out.append("  (from manifest: \(m.fromManifest.joined(separator: ", ")))") }
        let contents = SectionContents(document)
        let referencesByNote = Dictionary(grouping: document.references.filter { $0.site.footnote != nil }, by: { $0.site.footnote! })
        let preamble = contents.outside.blocks
        if !preamble.isEmpty { out.append("  (\(preamble.count) block\(preamble.count == 1 ? "" : "s") before the first heading)") }
        for section in document.sections {
            let indent = String(repeating: "  ", count: section.level)
            let pages = section.span.map { $0.start.page == $0.end.page ? " (p. \($0.start.page))" : " (p. \($0.start.page)–\($0.end.page))" } ?? ""
            out.append("\(indent)\(section.number.map { "\($0) " } ?? "")\(section.title)\(pages)")
            let own = contents[section.id]
            if !own.blocks.isEmpty {
                let bullets = own.blocks.filter { $0.kind == .bullet }.count
                out.append("\(indent)  · \(own.blocks.count - bullets) paragraph(s), \(bullets) bullet(s)")
            }
            for rec in own.recommendations {
                let tags = [rec.strength?.rawValue, rec.addressee.map { "→ \($0)" }].compactMap { $0 }.joined(separator: " ")
                out.append("\(indent)  ★ [\(tags)] \(rec.text)")
            }
            for note in own.footnotes {
                out.append("\(indent)  [\(note.number)] \(note.text)")
                for reference in referencesByNote[note.number] ?? [] {
                    out.append("\(indent)      ↳ \(reference.workKey)")
                }
            }
            for reference in own.references { out.append("\(indent)  ↳ \(reference.workKey)") }
        }
        for note in contents.outside.footnotes { out.append("  [\(note.number)] \(note.text)") }
        if !document.questions.isEmpty {
            out.append("  questions: \(document.questions.count), answers: \(document.answers.count), tables: \(document.answers.flatMap(\.tables).count)")
        }
        if !document.urls.isEmpty { out.append("  urls: \(document.urls.count)") }
        for link in document.crossReferences { out.append("  cites \(link.target) (\(document.name(of: link.site)))") }
        for diagnostic in document.diagnostics {
            out.append("  ! \(diagnostic.severity.rawValue) \(diagnostic.code.rawValue)\(diagnostic.location.map { " @\($0)" } ?? ""): \(diagnostic.message)")
        }
        return TerminalText.visible(out.joined(separator: "\n"), keepingLineBreaks: true)
    }
}
