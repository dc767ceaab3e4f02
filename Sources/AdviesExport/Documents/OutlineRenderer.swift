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
        if let manifest = m.fromManifest { out.append("  (from manifest: \(manifest.joined(separator: ", ")))") }
        let membership = SectionMembership(document.sections)
        let blocks = document.blocksBySection
        let recommendations = membership.group(document.recommendations, label: \.section, start: { $0.span?.start }).bySection
        let notes = membership.group(document.footnotes, label: \.section, start: { $0.marker.map { SourceLocation(page: $0.page, line: $0.line) } })
        let referencesBySource = Dictionary(grouping: document.references, by: \.source)
        let preamble = blocks.outside
        if !preamble.isEmpty { out.append("  (\(preamble.count) block\(preamble.count == 1 ? "" : "s") before the first heading)") }
        for (index, section) in document.sections.enumerated() {
            let indent = String(repeating: "  ", count: section.level)
            let pages = section.span.map { $0.start.page == $0.end.page ? " (p. \($0.start.page))" : " (p. \($0.start.page)–\($0.end.page))" } ?? ""
            out.append("\(indent)\(section.number.map { "\($0) " } ?? "")\(section.title)\(pages)")
            let own = blocks.bySection[index] ?? []
            if !own.isEmpty {
                let bullets = own.filter { $0.kind == .bullet }.count
                out.append("\(indent)  · \(own.count - bullets) paragraph(s), \(bullets) bullet(s)")
            }
            for rec in (recommendations[index] ?? []).map({ document.recommendations[$0] }) {
                let tags = [rec.strength?.rawValue, rec.addressee.map { "→ \($0)" }].compactMap { $0 }.joined(separator: " ")
                out.append("\(indent)  ★ [\(tags)] \(rec.text)")
            }
            for note in (notes.bySection[index] ?? []).map({ document.footnotes[$0] }) {
                out.append("\(indent)  [\(note.number)] \(note.text)")
                for reference in referencesBySource["footnote \(note.number)"] ?? [] {
                    out.append("\(indent)      ↳ \(reference.workKey)")
                }
            }
            if ReferenceExtractor.isReferenceList(section) {
                for reference in referencesBySource[section.title] ?? [] { out.append("\(indent)  ↳ \(reference.workKey)") }
            }
        }
        for note in notes.outside.map({ document.footnotes[$0] }) { out.append("  [\(note.number)] \(note.text)") }
        if !document.questions.isEmpty {
            out.append("  questions: \(document.questions.count), answers: \(document.answers.count), tables: \(document.answers.flatMap(\.tables).count)")
        }
        if !document.urls.isEmpty { out.append("  urls: \(document.urls.count)") }
        for link in document.crossReferences { out.append("  cites \(link.target) (\(link.via))") }
        for diagnostic in document.diagnostics {
            out.append("  ! \(diagnostic.severity.rawValue) \(diagnostic.code.rawValue)\(diagnostic.location.map { " @\($0)" } ?? ""): \(diagnostic.message)")
        }
        return out.joined(separator: "\n")
    }
}
