import AdviesExport
import AdviesModel
import Foundation

extension WebApp {
    /// What the knowledge base holds (`advies stats`) and a chart of documents per year and council.
    func statsPage(_ query: String?) async throws -> WebResponse {
        _ = try Parameters(query, allowed: [])
        let (stats, counts) = try await library.cached("stats") { kb in (try kb.statistics(), try kb.documentCounts()) }
        let years = [stats.firstYear, stats.lastYear].compactMap { $0.map(String.init) }.joined(separator: "–")
        var body = "<h1>What the knowledge base holds</h1><p class=\"summary\" id=\"summary\">\(stats.documents) documents"
            + (years.isEmpty ? "" : ", \(years)") + "; \(ByteCountFormatter.string(fromByteCount: stats.fileBytes, countStyle: .file)).</p>"
        body += "<h2>Documents per year and council or body</h2><div class=\"figure\" id=\"chart\">\(DocumentChart.render(counts))</div>"
        func table(_ id: String, _ title: String, _ rows: [(String, Int)]) -> String {
            "<div class=\"card\"><h2>\(title)</h2><table class=\"list\" id=\"\(id)\">" + rows.map {
                "<tr><td>\(HTML.escape($0.0))</td><td>\($0.1)</td></tr>"
            }.joined() + "</table></div>"
        }
        body += "<div class=\"layout stats\">"
        body += table("parts", "Parts", [("sections", stats.sections), ("paragraphs", stats.paragraphs), ("footnotes", stats.footnotes),
                                         ("recommendations", stats.recommendations), ("references", stats.references),
                                         ("distinct works", stats.distinctWorks), ("URLs", stats.urls), ("table cells", stats.tableCells),
                                         ("diagnostics", stats.diagnostics)])
        body += "<div>" + table("kinds", "By kind", stats.byKind.sorted { $0.value > $1.value }.map { ($0.key.rawValue, $0.value) })
        body += table("councils", "By council or body", stats.byCouncil.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) })
        body += table("strengths", "Recommendations by strength", RecommendationStrength.allCases.map { ($0.rawValue, stats.recommendationsByStrength[$0] ?? 0) })
        body += "</div></div>"
        return .html(Layout.page("Stats", json: "/api/stats", body: body))
    }
}
