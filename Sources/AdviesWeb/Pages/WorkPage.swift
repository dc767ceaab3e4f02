import AdviesExport
import AdviesModel

extension WebApp {
    /// A cited work: what the knowledge base knows of it, the document it is, who cites it.
    func workPage(_ id: String, query: String?) async throws -> WebResponse {
        _ = try Parameters(query, allowed: [])
        // `citedBy` of an unknown id throws with the ids that look like it.
        let (work, citedBy) = try await library.read { kb in (try kb.work(id), try kb.citedBy(id)) }
        guard let work else { throw WebError.notFound("\(id): no such work") }
        var body = "<h1 id=\"title\">\(HTML.escape(work.title ?? work.url ?? work.id))</h1>"
        if let subtitle = work.subtitle { body += "<p class=\"subtitle\">\(HTML.escape(subtitle))</p>" }
        let rows: [(String, String?)] = [
            ("Work", work.id), ("Type", work.type?.rawValue), ("Organisation", work.organisation), ("Council", work.council),
            ("Authors", work.authors.isEmpty ? nil : work.authors.joined(separator: "; ")), ("Date", work.date),
            ("Series", work.series), ("Work key", work.workKey),
        ]
        body += "<dl class=\"facts\">" + rows.compactMap { label, value in value.map { "<dt>\(label)</dt><dd>\(HTML.escape($0))</dd>" } }.joined()
        if let url = work.url { body += "<dt>Address</dt><dd>\(HTML.externalLink(url))</dd>" }
        if let document = work.documentId {
            body += "<dt>In the knowledge base</dt><dd><a href=\"\(HTML.escape(Links.document(document)))\">\(HTML.escape(document))</a></dd>"
        }
        body += "</dl><p class=\"downloads\"><a href=\"\(HTML.escape(Links.graph(around: work.documentId ?? work.id)))\">Citation graph</a></p>"
        body += Layout.downloads("doc", work.id, label: "Cite this work")
        body += "<h2 id=\"cited-by\">Cited by</h2>" + Self.citers(citedBy, of: work.id)
        return .html(Layout.page(work.title ?? work.id, json: Links.path("api", "works", work.id), body: body))
    }
}
