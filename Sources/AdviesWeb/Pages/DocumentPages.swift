import AdviesExport
import AdviesModel

extension WebApp {
    /// Every stored document by date (`advies list`), a page at a time.
    func documentsPage(_ query: String?) async throws -> WebResponse {
        let parameters = try Parameters(query, allowed: ["limit", "page"])
        let paging = try parameters.paging(defaultLimit: 50, maxLimit: 500, reach: 100_000)
        let documents = try await library.documents()
        let shown = documents.dropFirst(paging.offset).prefix(paging.limit)
        var body = "<h1>Documents</h1><p class=\"summary\">\(documents.count) documents, by date.</p><div class=\"table\"><table class=\"list\" id=\"documents\">"
        body += "<tr><th>Date</th><th>Document</th><th>Kind</th><th>Council or body</th><th>Recs</th><th>Notes</th></tr>"
        for d in shown {
            body += "<tr><td>\(Layout.date(d.date))</td><td><a href=\"\(HTML.escape(Links.document(d.id)))\">\(HTML.escape(d.title ?? d.id))</a></td>"
                + "<td>\(d.kind.rawValue)</td><td>\(HTML.escape(d.council ?? "—"))</td><td>\(d.recommendations)</td><td>\(d.footnotes)</td></tr>"
        }
        body += "</table></div>"
        let limit = paging.limit == 50 ? nil : String(paging.limit)
        let previous = paging.page > 1 ? Links.path("documents", query: [("limit", limit), ("page", String(paging.page - 1))]) : nil
        let next = paging.offset + shown.count < documents.count
            ? Links.path("documents", query: [("limit", limit), ("page", String(paging.page + 1))]) : nil
        body += Self.pager(previous: previous, next: next, page: paging.page)
        return .html(Layout.page("Documents", json: "/api/documents", body: body))
    }

    /// One document: metadata, outline, text with recommendations and notes, what it cites and
    /// who cites it (with the citing sentence), the parser's diagnostics.
    func documentPage(_ id: String, query: String?) async throws -> WebResponse {
        _ = try Parameters(query, allowed: [])
        let (document, cites, citedBy) = try await library.read { kb in (try kb.document(id), try kb.cites(id), try kb.citedBy(id)) }
        let m = document.metadata
        var body = "<article class=\"document\"><h1 id=\"title\">\(HTML.escape(m.title ?? document.id))</h1>"
        if let subtitle = m.subtitle { body += "<p class=\"subtitle\">\(HTML.escape(subtitle))</p>" }
        // The contents beside the text on a wide screen, folded above it on a phone.
        let contents = DocumentHTML.outline(document)
            + "<p><a href=\"#references\">References (\(cites.count))</a><br><a href=\"#cited-by\">Cited by (\(citedBy.count))</a>"
            + "<br><a href=\"#diagnostics\">Diagnostics (\(document.diagnostics.count))</a></p>"
        body += "<div class=\"doc\"><aside><h2>Contents</h2>\(contents)</aside><div>"
            + "<details class=\"toc\"><summary>Contents</summary>\(contents)</details>"
        body += DocumentHTML.metadata(document)
        body += "<p class=\"downloads\"><a href=\"\(HTML.escape(Links.graph(around: id)))\">Citation graph</a>"
            + "<a href=\"\(HTML.escape(Links.path("recommendations", query: [("doc", id)])))\">Recommendations (\(document.recommendations.count))</a></p>"
        body += Layout.downloads("doc", id, label: "Cite this document")
        body += "<div class=\"text\" id=\"text\">\(DocumentHTML.text(document, trace: Links.trace(recommendation:)))</div>"
        body += "<section id=\"references\"><h2>References</h2>" + Layout.downloads("references-of", id, label: "As a citation list")
        body += cites.isEmpty ? "<p class=\"muted\">The parser found no references.</p>" : "<ol class=\"references\">" + cites.map { entry in
            let source = entry.site.footnote.map { "<a href=\"#fn-\($0)\">footnote \($0)</a>" } ?? HTML.escape(entry.source)
            let stored = entry.work.documentId.map { _ in " <span class=\"chip\">in the knowledge base</span>" } ?? ""
            return "<li><span class=\"muted\">\(source):</span> <a href=\"\(HTML.escape(Links.cited(entry.work)))\">"
                + "\(HTML.escape(entry.work.title ?? entry.work.id))</a>\(stored)<br><span class=\"muted\">\(HTML.escape(entry.raw))</span></li>"
        }.joined() + "</ol>"
        body += "</section><section id=\"cited-by\"><h2>Cited by</h2>" + Self.citers(citedBy, of: id) + "</section>"
        body += "<section id=\"diagnostics\"><h2>Diagnostics</h2>"
            + (document.diagnostics.isEmpty ? "<p class=\"muted\">None.</p>" : DocumentHTML.diagnostics(document)) + "</section>"
        body += "</div></div></article>"
        return .html(Layout.page(m.title ?? document.id, json: Links.path("api", "documents", id), body: body))
    }

    /// Who cites a document or work: the citing document, where, and the citing sentence.
    static func citers(_ entries: [CitationEntry], of id: String) -> String {
        guard !entries.isEmpty else { return "<p class=\"muted\">Nothing in the knowledge base cites it.</p>" }
        return Layout.downloads("cited-by", id, label: "The citing documents as a citation list")
            + "<ol class=\"citers\">" + entries.map { entry in
                let section = entry.section.map { " in §\(HTML.escape($0))" } ?? ""
                let anchor = entry.site.footnote.map { "fn-\($0)" }
                return "<li><a href=\"\(HTML.escape(Links.document(entry.citingDocument, anchor: anchor)))\">\(HTML.escape(entry.citingDocument))</a>"
                    + " <span class=\"muted\">(\(Layout.date(entry.citingDate))) · \(HTML.escape(entry.source))\(section)</span>"
                    + (entry.context.map { "<blockquote>“\(HTML.escape($0))”</blockquote>" } ?? "") + "</li>"
            }.joined() + "</ol>"
    }

    static func pager(previous: String?, next: String?, page: Int) -> String {
        guard previous != nil || next != nil else { return "" }
        return "<nav class=\"pager\">" + (previous.map { "<a rel=\"prev\" href=\"\(HTML.escape($0))\">← previous</a>" } ?? "")
            + "<span>page \(page)</span>" + (next.map { "<a rel=\"next\" id=\"next\" href=\"\(HTML.escape($0))\">next →</a>" } ?? "") + "</nav>"
    }
}
