import AdviesModel

/// A document as HTML for the web app: its metadata, its outline, its text with the
/// recommendations marked (strength and addressee) and the footnote markers linked to their
/// notes, and the parser's diagnostics. Every value is escaped (`HTML`).
///
/// Blocks are joined text without markers, so a marker is placed where its context (the words
/// before it) ends in a block of its section; a recommendation where its text stands in one.
/// What cannot be placed so is shown after the section's heading.
public enum DocumentHTML {
    /// Anchors on the page: `s-<position>` for sections, `rec-<n>`, `fn-<n>` and `fnref-<n>`.
    public static func sectionAnchor(_ id: SectionID) -> String { "s-\(id.position)" }
    public static func recommendationAnchor(_ id: RecommendationID) -> String { "rec-\(id.number)" }

    /// The facts the document states about itself, as a definition list.
    public static func metadata(_ document: ParsedDocument) -> String {
        let m = document.metadata
        let rows: [(String, String?)] = [
            ("Kind", document.kind.rawValue), ("Date", m.date), ("Council", m.council), ("Organisation", m.organisation),
            ("Reference", m.referenceNumber), ("Requester", m.requester), ("Issued by", m.issuedBy),
            ("Case officer", m.caseOfficer), ("Question", m.questionNumber), ("Asked by", m.askedBy),
            ("Addressed to", m.addressedTo),
            ("Signed", m.signatories.isEmpty ? nil : m.signatories.map { $0.name + ($0.role.map { ", \($0)" } ?? "") }
                .joined(separator: "; ")),
            ("From the manifest", m.fromManifest.isEmpty ? nil : m.fromManifest.joined(separator: ", ")),
        ]
        var out = rows.compactMap { label, value in value.map { "<dt>\(label)</dt><dd>\(HTML.escape($0))</dd>" } }
        if let url = m.url { out.append("<dt>Address</dt><dd>\(HTML.externalLink(url))</dd>") }
        return "<dl class=\"facts\">" + out.joined() + "</dl>"
    }

    /// The sections as a nested list of links to their headings.
    public static func outline(_ document: ParsedDocument) -> String {
        guard !document.sections.isEmpty else { return "" }
        var out = "<ol class=\"outline\">"
        var depth = 1
        for section in document.sections {
            let level = max(1, section.level)
            while depth < level { out += "<ol>"; depth += 1 }
            while depth > level { out += "</ol>"; depth -= 1 }
            out += "<li><a href=\"#\(sectionAnchor(section.id))\">\(HTML.escape(heading(section)))</a></li>"
        }
        while depth > 1 { out += "</ol>"; depth -= 1 }
        return out + "</ol>"
    }

    /// The text: sections as headings, their blocks and tables, then the notes. `trace` links a
    /// recommendation to its thread.
    public static func text(_ document: ParsedDocument, trace: (RecommendationID) -> String) -> String {
        let contents = SectionContents(document)
        let notes = NoteAnchors(document.footnotes)
        var out = render(contents.outside, heading: nil, notes: notes, trace: trace)
        for section in document.sections {
            out += render(contents[section.id], heading: section, notes: notes, trace: trace)
        }
        if !document.footnotes.isEmpty {
            out += "<section class=\"notes\"><h2 id=\"notes\">Notes</h2><ol class=\"notes\">"
            for (index, note) in document.footnotes.enumerated() {
                let urls = document.urls.filter { $0.belongs(to: note.number) }.map(\.url) + note.urls
                out += "<li id=\"\(notes.note(index))\" value=\"\(note.number)\">\(linking(note.text, urls: urls))"
                    + " <a class=\"back\" href=\"#\(notes.reference(index))\" title=\"back to the text\">↩</a></li>"
            }
            out += "</ol></section>"
        }
        return out
    }

    /// The parser's diagnostics as a list (empty when there are none).
    public static func diagnostics(_ document: ParsedDocument) -> String {
        guard !document.diagnostics.isEmpty else { return "" }
        return "<ul class=\"diagnostics\">" + document.diagnostics.map { d in
            "<li class=\"\(d.severity.rawValue)\"><span class=\"tag\">\(d.severity.rawValue)</span> <code>\(d.code.rawValue)</code>"
                + (d.location.map { " <span class=\"where\">\($0)</span>" } ?? "") + " \(HTML.escape(d.message))</li>"
        }.joined() + "</ul>"
    }

    // MARK: - Sections

    private static func heading(_ section: Section) -> String {
        (section.number.map { "\($0) " } ?? "") + section.title
    }

    private static func render(_ own: SectionContents.Contents, heading section: Section?, notes: NoteAnchors,
                               trace: (RecommendationID) -> String) -> String {
        var placements = own.blocks.map { _ in Placement() }
        var unplacedRecommendations: [Recommendation] = []
        for rec in own.recommendations {
            let found = own.blocks.indices.lazy.compactMap { i in
                own.blocks[i].text.range(of: rec.text).flatMap { placements[i].overlaps($0) ? nil : (i, $0) }
            }.first
            if let (i, range) = found { placements[i].recommendations.append((range, rec)) } else { unplacedRecommendations.append(rec) }
        }
        var unplacedNotes: [Int] = []
        for note in own.footnotes {
            guard let index = notes.index(of: note) else { continue }
            let found = note.markerContext.flatMap { context in
                own.blocks.indices.lazy.compactMap { i in own.blocks[i].text.range(of: context).map { (i, $0.upperBound) } }.first
            }
            if let (i, position) = found { placements[i].notes.append((position, index)) } else { unplacedNotes.append(index) }
        }

        var out = ""
        if let section {
            let level = min(6, max(2, section.level + 1))
            out += "<h\(level) id=\"\(sectionAnchor(section.id))\">\(HTML.escape(heading(section)))"
                + unplacedNotes.map { notes.marker($0) }.joined() + "</h\(level)>"
        } else if !unplacedNotes.isEmpty {
            out += "<p>" + unplacedNotes.map { notes.marker($0) }.joined() + "</p>"
        }
        for rec in unplacedRecommendations {
            out += "<p class=\"rec-apart\">" + mark(rec, HTML.escape(rec.text), trace: trace) + "</p>"
        }
        for (block, placement) in zip(own.blocks, placements) {
            let cls = block.kind == .bullet ? "bullet depth-\(min(block.depth ?? 1, 4))" : "para"
            let answer = block.turn?.isAnswer == true ? " answer" : ""
            out += "<p class=\"\(cls)\(answer)\">\(placement.render(block.text, notes: notes, trace: trace))</p>"
        }
        for table in own.tables { out += render(table) }
        return out
    }

    private static func render(_ table: DataTable) -> String {
        var out = "<div class=\"table\"><table><caption>\(HTML.escape(table.label)) \(HTML.escape(table.caption))</caption>"
        out += "<tr><th>\(HTML.escape(table.rowHeader ?? ""))</th>" + table.columns.map { "<th>\(HTML.escape($0))</th>" }.joined() + "</tr>"
        for row in table.rows {
            out += "<tr><th>\(HTML.escape(row.label))</th>" + row.values.map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        out += "</table>" + table.notes.map { "<p class=\"table-note\">\(HTML.escape($0))</p>" }.joined()
        return out + "</div>"
    }

    /// A recommendation's text marked with its strength and addressee.
    static func mark(_ rec: Recommendation, _ html: String, trace: (RecommendationID) -> String) -> String {
        let strength = rec.strength?.rawValue ?? "unrated"
        let tags = [rec.strength?.rawValue, rec.addressee.map { "→ \($0)" }].compactMap { $0 }.joined(separator: " ")
        return "<mark class=\"rec \(strength)\" id=\"\(recommendationAnchor(rec.id))\">\(html)</mark>"
            + "<a class=\"rec-tag \(strength)\" href=\"\(HTML.escape(trace(rec.id)))\" title=\"trace \(HTML.escape(rec.id.description))\">"
            + "\(HTML.escape(tags.isEmpty ? "recommendation" : tags))</a>"
    }

    /// Text with the given addresses as links (`HTML.externalLink`), the rest escaped.
    static func linking(_ text: String, urls: [String]) -> String {
        guard let url = urls.first(where: { !$0.isEmpty && text.contains($0) }) else { return HTML.escape(text) }
        let rest = urls.filter { $0 != url }
        return text.components(separatedBy: url).map { linking($0, urls: rest) }.joined(separator: HTML.externalLink(url))
    }
}

/// Where a block's recommendations and note markers stand in its text.
private struct Placement {
    var recommendations: [(Range<String.Index>, Recommendation)] = []
    var notes: [(String.Index, Int)] = []

    func overlaps(_ range: Range<String.Index>) -> Bool {
        recommendations.contains { $0.0.overlaps(range) }
    }

    func render(_ text: String, notes anchors: NoteAnchors, trace: (RecommendationID) -> String) -> String {
        var out = ""
        var position = text.startIndex
        let markers = notes.sorted { $0.0 < $1.0 }
        var next = 0
        func plain(upTo end: String.Index) -> String {
            var html = ""
            while next < markers.count && markers[next].0 <= end {
                html += HTML.escape(text[position..<markers[next].0]) + anchors.marker(markers[next].1)
                position = markers[next].0
                next += 1
            }
            html += HTML.escape(text[position..<end])
            position = end
            return html
        }
        for (range, rec) in recommendations.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            out += plain(upTo: range.lowerBound)
            out += DocumentHTML.mark(rec, plain(upTo: range.upperBound), trace: trace)
        }
        return out + plain(upTo: text.endIndex)
    }
}

/// Unique anchors for the notes (numbers repeat when an annex restarts them): `fn-3`, then
/// `fn-3-2`; `fnref-…` for the marker in the text.
private struct NoteAnchors {
    private let suffixes: [String]
    private let numbers: [Int]
    private let footnotes: [Footnote]

    init(_ footnotes: [Footnote]) {
        var seen: [Int: Int] = [:]
        suffixes = footnotes.map { note in
            seen[note.number, default: 0] += 1
            return seen[note.number]! == 1 ? "\(note.number)" : "\(note.number)-\(seen[note.number]!)"
        }
        numbers = footnotes.map(\.number)
        self.footnotes = footnotes
    }

    func index(of note: Footnote) -> Int? { footnotes.firstIndex(of: note) }
    func note(_ index: Int) -> String { "fn-\(suffixes[index])" }
    func reference(_ index: Int) -> String { "fnref-\(suffixes[index])" }

    func marker(_ index: Int) -> String {
        "<sup class=\"fn\"><a id=\"\(reference(index))\" href=\"#\(note(index))\">\(numbers[index])</a></sup>"
    }
}
