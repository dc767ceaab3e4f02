import AdviesExport
import AdviesModel

/// The `recs` listing as the URL states it: the CLI's options (`doc`, `council`, `addressee`,
/// `strength`, `limit`) and `page`.
struct RecommendationsState {
    static let names = ["doc", "council", "addressee", "strength", "limit", "page"]

    var filter: RecommendationFilter
    var offset: Int
    var page: Int

    init(_ parameters: Parameters, defaultLimit: Int, maxLimit: Int) throws(WebError) {
        filter = RecommendationFilter(document: try parameters.text("doc", maxLength: 400), council: try parameters.text("council"),
                                      addressee: try parameters.text("addressee"), strength: try parameters.choice("strength"))
        let paging = try parameters.paging(defaultLimit: defaultLimit, maxLimit: maxLimit, reach: 100_000)
        (offset, page) = (paging.offset, paging.page)
        filter.limit = paging.limit
    }

    /// The filter reaching through this page, and one more to tell whether a next page exists.
    var reaching: RecommendationFilter {
        var filter = filter
        filter.limit = offset + (filter.limit ?? 0) + 1
        return filter
    }

    func link(page: Int?) -> String {
        let f = filter
        return Links.path("recommendations", query: [
            ("doc", f.document), ("council", f.council), ("addressee", f.addressee), ("strength", f.strength?.rawValue),
            ("limit", f.limit == 50 ? nil : f.limit.map(String.init)), ("page", page.map(String.init)),
        ])
    }
}

extension WebApp {
    func recommendationsPage(_ query: String?) async throws -> WebResponse {
        let state = try RecommendationsState(Parameters(query, allowed: RecommendationsState.names), defaultLimit: 50, maxLimit: 500)
        let found = try await library.read { try $0.recommendations(state.reaching) }
        let limit = state.filter.limit ?? 50
        let shown = found.dropFirst(state.offset).prefix(limit)
        let f = state.filter
        var body = "<h1>Recommendations</h1><form class=\"filters\" id=\"filters\" action=\"/recommendations\" method=\"get\">"
            + Layout.field("doc", label: "Document id", value: f.document)
            + Layout.field("council", label: "Council or body", value: f.council, placeholder: "RSO")
            + Layout.field("addressee", label: "Addressee", value: f.addressee, placeholder: "Vlaamse Regering")
            + Layout.select("strength", label: "Strength", options: RecommendationStrength.allCases.map(\.rawValue), selected: f.strength?.rawValue)
            + "<button type=\"submit\">Filter</button></form>"
        body += "<p class=\"summary\" id=\"summary\">" + (shown.isEmpty ? "No recommendations match."
            : "\(state.offset + 1)–\(state.offset + shown.count)\(found.count > state.offset + limit ? "" : " of \(state.offset + shown.count)"), by date.")
            + "</p><ol class=\"hits\" id=\"recommendations\" start=\"\(state.offset + 1)\">"
        for r in shown {
            let strength = r.strength.map { "<span class=\"tag \($0.rawValue)\">\($0.rawValue)</span>" } ?? ""
            body += "<li class=\"card\">\(strength) \(r.addressee.map { "→ \(HTML.escape($0))" } ?? "")"
                + "<p>\(HTML.escape(r.text))</p><div class=\"meta\"><a href=\"\(HTML.escape(Links.recommendation(r.id)))\">\(HTML.escape(r.id.description))</a>"
                + "<span>\(Layout.date(r.date))</span><span>\(HTML.escape(r.council ?? "—"))</span>"
                + "<span>§\(HTML.escape(r.section ?? "-")) \(HTML.escape(r.sectionTitle ?? ""))</span>"
                + "<a href=\"\(HTML.escape(Links.trace(recommendation: r.id)))\">trace</a></div></li>"
        }
        body += "</ol>" + Self.pager(previous: state.page > 1 ? state.link(page: state.page - 1) : nil,
                                     next: found.count > state.offset + limit ? state.link(page: state.page + 1) : nil, page: state.page)
        return .html(Layout.page("Recommendations", json: "/api" + state.link(page: state.page == 1 ? nil : state.page), body: body))
    }
}
